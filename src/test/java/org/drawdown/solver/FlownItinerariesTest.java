package org.drawdown.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

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
import org.drawdown.domain.PositioningLeg;
import org.drawdown.io.ScenarioValidator;
import org.drawdown.problem.ProblemFactory;

/**
 * The itineraries that the load index keeps as loads, aircraft and departures change answer as the legs that rules
 * 10 and 14 score ({@link PositioningLeg}), on each aircraft's itinerary built afresh from the working plan after
 * every step of a real local search: for every flown flight where it is, and an hour and a day either way. The move
 * factories ask them before they draw a retiming, a change of aircraft or a new sortie.
 */
class FlownItinerariesTest {

    private static final int[] SHIFTS_MINUTES = {0, -60, 60, -1440, 1440};

    @Test
    void theItineraryCheckAgreesWithTheScoredLegsAfterSteps() throws Exception {
        SolverConfig config = new SolverSettings.RunLimits(null, null, 20_000L, 1L, null)
                .applyTo(SolverSettings.load(null));
        DefaultSolver<DrawdownPlan> solver =
                (DefaultSolver<DrawdownPlan>) SolverFactory.<DrawdownPlan>create(config).buildSolver();
        AtomicInteger compared = new AtomicInteger();
        solver.addPhaseLifecycleListener(new PhaseLifecycleListenerAdapter<>() {
            @Override
            public void stepEnded(AbstractStepScope<DrawdownPlan> step) {
                if (step instanceof LocalSearchStepScope) {
                    LoadIndex index = LoadIndex.demand(step.getScoreDirector());
                    assertEquals(List.of(), differences(step.getScoreDirector().getWorkingSolution(), index,
                            compared), "at step " + step.getStepIndex());
                    index.release(step.getScoreDirector());
                }
            }
        });
        solver.solve(ProblemFactory.build(ScenarioValidator.read(Path.of("datasets/gen-s.json"))));
        assertTrue(compared.get() > 10_000, compared + " placements compared");
    }

    private static List<String> differences(DrawdownPlan plan, LoadIndex index, AtomicInteger compared) {
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
