package org.drawdown.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;

import org.drawdown.domain.DrawdownPlan;
import org.drawdown.domain.Flight;
import org.drawdown.domain.Load;

/**
 * The first phase of a replan: keeps each future flight of the plan in force, with each of its loads, wherever the
 * plan still obeys every rule with it, and takes the rest off. What it starts from is what {@link Replanner} made of
 * the plan in force: its future flights on pool flights with their aircraft and departures, their loads on them.
 * <p>
 * Every movable load is taken off; then, flight by flight in order of departure, each load is put back and kept only
 * if the hard score (history, held flights and what was kept before) gets no worse. A flight that breaks a rule on
 * its own (after its origin closes, without a valid clearance, past its aircraft's availability) keeps nothing;
 * one that now clashes with history or an earlier flight (turnaround, ramp, a daily cap) likewise; a load whose
 * {@code readyAt} moved past its flight leaves it alone. Flights left with nothing lose their aircraft and
 * departure, so that the construction that follows sees only real flights. No wall time and no random number
 * decides anything, so the same inputs give the same start at any machine speed.
 */
public class PlanInForceRepair implements PhaseCommand<DrawdownPlan> {

    @Override
    public void changeWorkingSolution(ScoreDirector<DrawdownPlan> director, BooleanSupplier isPhaseTerminated) {
        WorkingPlan working = new WorkingPlan(director);
        DrawdownPlan plan = working.plan();
        Map<Flight, List<Load>> planned = new TreeMap<>(Comparator.comparingLong(Flight::getSequenceKey));
        Stream.concat(plan.getCargo().stream(), plan.getPersonnel().stream())
                .filter(load -> !load.isPinned() && load.getFlight() != null)
                .forEach(load -> planned.computeIfAbsent(load.getFlight(), flight -> new ArrayList<>()).add(load));
        planned.values().forEach(loads -> loads.forEach(load -> working.assign(load, null)));
        long hardBefore = working.score().hardScore();
        Map<Flight, Integer> kept = new LinkedHashMap<>();
        for (Map.Entry<Flight, List<Load>> entry : planned.entrySet()) {
            if (isPhaseTerminated.getAsBoolean()) {
                break;
            }
            Flight flight = entry.getKey();
            for (Load load : entry.getValue().stream().sorted(Load.MUST_FLY_FIRST).toList()) {
                working.assign(load, flight);
                if (working.score().hardScore() >= hardBefore) {
                    kept.merge(flight, 1, Integer::sum);
                } else {
                    working.assign(load, null);
                }
            }
        }
        for (Flight flight : plan.getFlights()) {
            if (!flight.isPinned() && flight.getAircraft() != null && !kept.containsKey(flight)) {
                working.schedule(flight, null, null);
            }
        }
    }
}
