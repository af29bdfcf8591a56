package org.drawdown.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import ai.timefold.solver.core.impl.domain.variable.descriptor.BasicVariableDescriptor;
import ai.timefold.solver.core.impl.heuristic.move.Move;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.ChangeMove;

import org.drawdown.domain.Aircraft;
import org.drawdown.domain.CargoItem;
import org.drawdown.domain.DrawdownPlan;
import org.drawdown.domain.Flight;
import org.drawdown.domain.PersonnelGroup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of one incremental move evaluation (do the move, compute the score, undo it) per planning variable, on
 * datasets of growing size, so that the growth of the per-move cost with problem size shows.
 * <p>
 * Each move changes one variable as Timefold's change move would: a load onto a uniformly chosen flight of its
 * lane's pool (often an unflown one, which opens a sortie), a flown flight's departure by up to two days, or a flown
 * flight's aircraft. The moves are drawn beforehand with a fixed seed and replayed in a cycle.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-XX:+UseParallelGC"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class MoveEvaluationBenchmark {

    private static final int MOVES = 1 << 14;

    @Param({"gen-s", "gen-m", "gen-l"})
    public String dataset;

    @Param({"cargoFlight", "personnelFlight", "flightSlot", "flightAircraft"})
    public String variable;

    private SolvedDataset solved;
    private List<Move<DrawdownPlan>> moves;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        solved = SolvedDataset.load(dataset);
        moves = drawMoves(new Random(20240519L));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        solved.scoreDirector.close();
    }

    @Benchmark
    public Object evaluateMove() {
        Move<DrawdownPlan> move = moves.get(next);
        next = (next + 1) & (MOVES - 1);
        return solved.scoreDirector.executeTemporaryMove(move, false);
    }

    private List<Move<DrawdownPlan>> drawMoves(Random random) {
        DrawdownPlan plan = solved.plan;
        List<Flight> flown = plan.manifests().keySet().stream().filter(flight -> !flight.isPinned()).toList();
        List<Move<DrawdownPlan>> drawn = new ArrayList<>(MOVES);
        while (drawn.size() < MOVES) {
            switch (variable) {
                case "cargoFlight" -> {
                    CargoItem item = plan.getCargo().get(random.nextInt(plan.getCargo().size()));
                    drawn.add(change(CargoItem.class, "flight", item, anyOf(item.getLane().getFlights(), random)));
                }
                case "personnelFlight" -> {
                    PersonnelGroup group = plan.getPersonnel().get(random.nextInt(plan.getPersonnel().size()));
                    drawn.add(change(PersonnelGroup.class, "flight", group,
                            anyOf(group.getLane().getFlights(), random)));
                }
                case "flightSlot" -> {
                    Flight flight = anyOf(flown, random);
                    int shift = (1 + random.nextInt(48)) * (random.nextBoolean() ? 1 : -1);
                    int slot = flight.getDepartureSlot() + shift;
                    if (flight.getSlotRange().contains(slot)) {
                        drawn.add(change(Flight.class, "departureSlot", flight, slot));
                    }
                }
                case "flightAircraft" -> {
                    Flight flight = anyOf(flown, random);
                    Aircraft aircraft = anyOf(flight.getCandidateAircraft(), random);
                    if (aircraft != flight.getAircraft()) {
                        drawn.add(change(Flight.class, "aircraft", flight, aircraft));
                    }
                }
                default -> throw new IllegalArgumentException("Unknown variable " + variable);
            }
        }
        return drawn;
    }

    private static <T> T anyOf(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    private Move<DrawdownPlan> change(Class<?> entityClass, String variableName, Object entity, Object value) {
        var descriptor = (BasicVariableDescriptor<DrawdownPlan>) solved.scoreDirector.getSolutionDescriptor()
                .findEntityDescriptorOrFail(entityClass).getGenuineVariableDescriptor(variableName);
        return new ChangeMove<>(descriptor, entity, value);
    }
}
