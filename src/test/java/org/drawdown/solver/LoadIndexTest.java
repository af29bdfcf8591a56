package org.drawdown.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.impl.localsearch.scope.LocalSearchStepScope;
import ai.timefold.solver.core.impl.phase.event.PhaseLifecycleListenerAdapter;
import ai.timefold.solver.core.impl.phase.scope.AbstractStepScope;
import ai.timefold.solver.core.impl.solver.DefaultSolver;
import org.junit.jupiter.api.Test;

import org.drawdown.domain.Aircraft;
import org.drawdown.domain.DrawdownPlan;
import org.drawdown.domain.Flight;
import org.drawdown.domain.Load;
import org.drawdown.domain.PositioningLeg;
import org.drawdown.io.ScenarioValidator;
import org.drawdown.problem.ProblemFactory;

/**
 * The index, kept as loads, aircraft and departures change, against the working plan counted afresh after every step
 * of a real local search: each flight's loads and sums, from which the move factories decide which load moves to
 * score at all, and each aircraft's flown flights, from which they decide which retimings, changes of aircraft and
 * new sorties to score (answered as the legs that rules 10 and 14 score, {@link PositioningLeg}).
 */
class LoadIndexTest {

    private static final int[] SHIFTS_MINUTES = {0, -60, 60, -1440, 1440};

    @Test
    void everyFlightsLoadsAndSumsMatchThePlanAfterEveryStep() throws Exception {
        AtomicInteger compared = new AtomicInteger();
        afterEveryStep((plan, index) -> {
            compared.incrementAndGet();
            return differences(plan, index);
        });
        assertTrue(compared.get() > 1_000, compared + " steps");
    }

    @Test
    void theItinerariesAnswerAsTheScoredLegsAfterEveryStep() throws Exception {
        AtomicInteger compared = new AtomicInteger();
        afterEveryStep((plan, index) -> itineraryDifferences(plan, index, compared));
        assertTrue(compared.get() > 10_000, compared + " placements compared");
    }

    /** Solves gen-s briefly and asserts after every local search step that the comparison finds no difference. */
    private static void afterEveryStep(BiFunction<DrawdownPlan, LoadIndex, List<String>> comparison)
            throws Exception {
        SolverConfig config = new SolverSettings.RunLimits(null, null, 20_000L, 1L, null)
                .applyTo(SolverSettings.load(null));
        DefaultSolver<DrawdownPlan> solver =
                (DefaultSolver<DrawdownPlan>) SolverFactory.<DrawdownPlan>create(config).buildSolver();
        solver.addPhaseLifecycleListener(new PhaseLifecycleListenerAdapter<>() {
            @Override
            public void stepEnded(AbstractStepScope<DrawdownPlan> step) {
                if (step instanceof LocalSearchStepScope) {
                    LoadIndex index = LoadIndex.demand(step.getScoreDirector());
                    assertEquals(List.of(), comparison.apply(step.getScoreDirector().getWorkingSolution(), index),
                            "at step " + step.getStepIndex());
                    index.release(step.getScoreDirector());
                }
            }
        });
        solver.solve(ProblemFactory.build(ScenarioValidator.read(Path.of("datasets/gen-s.json"))));
    }

    private static List<String> differences(DrawdownPlan plan, LoadIndex index) {
        List<String> differences = new ArrayList<>();
        List<Load> loads = new ArrayList<>(plan.getCargo());
        loads.addAll(plan.getPersonnel());
        for (Flight flight : plan.getFlights()) {
            List<Load> aboard = loads.stream().filter(load -> load.getFlight() == flight).toList();
            if (!Set.copyOf(aboard).equals(new HashSet<>(index.loadsOn(flight)))
                    || aboard.size() != index.loadsOn(flight).size()) {
                differences.add(flight + " carries " + aboard + ", indexed " + index.loadsOn(flight));
            }
            List<Load> boarding = loads.stream().filter(load -> load.getLane() == flight.getLane()).toList();
            compare(flight, aboard, null, boarding, index, differences);
            aboard.forEach(leaving -> compare(flight, aboard, leaving, boarding, index, differences));
        }
        return differences;
    }

    /**
     * The indexed sortie against one loaded afresh, with the flight's own type: their totals, whether each holds its
     * loads, and which loads of the lane each has room for (rule 12 reads who is aboard, not the totals).
     */
    private static void compare(Flight flight, List<Load> aboard, Load leaving, List<Load> boarding, LoadIndex index,
            List<String> differences) {
        Sortie afresh = new Sortie(flight);
        aboard.stream().filter(load -> load != leaving).forEach(afresh::add);
        Sortie indexed = index.sortieOf(flight, flight.getType(), leaving);
        if (!afresh.totals().equals(indexed.totals()) || afresh.holdsItsLoads() != indexed.holdsItsLoads()
                || boarding.stream().anyMatch(load -> afresh.hasRoomFor(load) != indexed.hasRoomFor(load))) {
            differences.add(flight + " without " + leaving + ": " + afresh.totals() + " counted afresh, "
                    + indexed.totals() + " indexed");
        }
    }

    private static List<String> itineraryDifferences(DrawdownPlan plan, LoadIndex index, AtomicInteger compared) {
        List<String> differences = new ArrayList<>();
        List<Flight> flown = plan.getFlights().stream().filter(index::isFlown).toList();
        for (Flight flight : flown) {
            List<Aircraft> candidates = flight.getCandidateAircraft();
            Aircraft another = candidates.get((candidates.indexOf(flight.getAircraft()) + 1) % candidates.size());
            for (Aircraft flownBy : List.of(flight.getAircraft(), another)) {
                for (int shift : SHIFTS_MINUTES) {
                    int departure = flight.getDepartureMinute() + shift;
                    int slot = flight.getWindow().firstSlotAtOrAfter(departure);
                    if (!flight.getSlotRange().contains(slot) || flight.getWindow().minuteOfSlot(slot) != departure) {
                        continue;
                    }
                    boolean expected = keepsLegsAfresh(flown, flight, flownBy, slot);
                    if (index.fitsItinerary(flight, flownBy, departure, null) != expected) {
                        differences.add(flight + " on " + flownBy + " at minute " + departure + ": legs kept afresh "
                                + expected);
                    }
                    compared.incrementAndGet();
                }
            }
        }
        return differences;
    }

    /** Rules 10 and 14 on the legs into and out of the flight, put there, with its itinerary sorted afresh. */
    private static boolean keepsLegsAfresh(List<Flight> flown, Flight flight, Aircraft flownBy, int slot) {
        Aircraft originalAircraft = flight.getAircraft();
        int originalSlot = flight.getDepartureSlot();
        flight.setAircraft(flownBy);
        flight.setDepartureSlot(slot);
        try {
            List<Flight> others = flown.stream()
                    .filter(other -> other != flight && other.getAircraft() == flownBy)
                    .sorted(Comparator.comparingLong(Flight::getSequenceKey)).toList();
            Flight previous = others.stream().filter(other -> other.getSequenceKey() < flight.getSequenceKey())
                    .reduce((a, b) -> b).orElse(null);
            Flight next = others.stream().filter(other -> other.getSequenceKey() > flight.getSequenceKey())
                    .findFirst().orElse(null);
            List<PositioningLeg> legs = new ArrayList<>();
            legs.add(previous == null ? PositioningLeg.fromBase(flight) : PositioningLeg.between(previous, flight));
            if (next != null) {
                legs.add(PositioningLeg.between(flight, next));
            }
            return legs.stream().allMatch(leg -> leg.getMinutesShort() == 0 && !leg.lacksRoute()
                    && leg.getRangeOverNm() == 0);
        } finally {
            flight.setAircraft(originalAircraft);
            flight.setDepartureSlot(originalSlot);
        }
    }
}
