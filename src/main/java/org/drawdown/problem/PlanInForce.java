package org.drawdown.problem;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.drawdown.domain.Aircraft;
import org.drawdown.domain.DrawdownPlan;
import org.drawdown.domain.Flight;
import org.drawdown.domain.Lane;
import org.drawdown.domain.Load;
import org.drawdown.domain.PriorAssignment;
import org.drawdown.io.InputException;
import org.drawdown.io.PlanJson;
import org.drawdown.io.ScenarioJson;

/**
 * The plan in force put into the scenario as it stands now, as a replan starts from it (docs/contract.md). Flights
 * that departed before now are history: pinned with their loads, outside every pool, and they must still fit the
 * scenario. The other flights are where the search starts, wherever they still fit (aircraft, lane, slot window);
 * their loads remember where they flew, so that a change costs {@code changeCostUsd}.
 */
public final class PlanInForce {

    /**
     * The replan's problem, whether the scenario has loads the plan in force does not mention at all, and what
     * putting the plan in force into the scenario changed that the user should know of.
     */
    public record Start(DrawdownPlan problem, boolean newLoads, List<String> notes) {
    }

    private final Path planFile;
    private final ScenarioJson scenario;
    private final PlanJson inForce;
    private final int nowMinute;
    private final ProblemFactory.Builder builder;
    private final List<String> notes = new ArrayList<>();

    public PlanInForce(Path planFile, ScenarioJson scenario, PlanJson inForce, int nowMinute) {
        this.planFile = planFile;
        this.scenario = scenario;
        this.inForce = inForce;
        this.nowMinute = nowMinute;
        this.builder = ProblemFactory.builder(scenario, nowMinute);
    }

    /** Builds the replan's start; call it once. */
    public Start start() throws InputException {
        List<Flight> history = new ArrayList<>();
        List<PlanJson.FlightJson> future = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (PlanJson.FlightJson entry : inForce.flights()) {
            if (!ids.add(entry.id())) {
                // The new plan keeps the plan in force's ids: they must name one flight each.
                throw new InputException(planFile, "flights \"" + entry.id() + "\"", "another flight has this id too;"
                        + " flight ids must be unique");
            }
            if (builder.window().minuteOf(entry.departure()) < nowMinute) {
                history.add(historyFlight(entry));
            } else {
                future.add(entry);
            }
        }
        DrawdownPlan problem = builder.build(history);
        Map<Lane, Integer> usedPerLane = new HashMap<>();
        for (PlanJson.FlightJson entry : future) {
            startFrom(problem, usedPerLane, entry);
        }
        return new Start(problem, hasNewLoads(), List.copyOf(notes));
    }

    private boolean hasNewLoads() {
        Set<String> mentioned = new HashSet<>(inForce.leftBehind());
        mentioned.addAll(inForce.unassigned());
        inForce.flights().forEach(flight -> {
            mentioned.addAll(flight.cargo());
            mentioned.addAll(flight.personnel());
        });
        return !mentioned.containsAll(scenario.cargo().stream().map(ScenarioJson.CargoJson::id).toList())
                || !mentioned.containsAll(scenario.personnel().stream().map(ScenarioJson.PersonnelJson::id).toList());
    }

    /** A flight that flew: it must still be expressible in the scenario, since it stays in the plan as it was. */
    private Flight historyFlight(PlanJson.FlightJson entry) throws InputException {
        String where = "flights \"" + entry.id() + "\"";
        EnumSet<Misfit> misfits = builder.misfits(entry);
        if (misfits.contains(Misfit.UNKNOWN_AIRCRAFT)) {
            throw new InputException(planFile, where, "flew before now on aircraft \"" + entry.aircraft()
                    + "\", which the scenario no longer has; keep the aircraft and end its availableTo instead");
        }
        if (misfits.contains(Misfit.UNKNOWN_ROUTE)) {
            throw new InputException(planFile, where, "flew before now on route " + entry.origin() + "-"
                    + entry.destination() + ", which the scenario no longer has");
        }
        Flight flight = builder.fixedFlight(entry.id(), entry.origin(), entry.destination());
        PlanLoader.place(builder, entry, flight);
        flight.setHistory(true);
        for (Load load : loadsOf(entry)) {
            if (load == null) {
                throw new InputException(planFile, where, "carried a load before now that the scenario no longer"
                        + " has; keep every load that has flown in the scenario");
            }
            load.setFlight(flight);
            load.setHistory(true);
        }
        return flight;
    }

    /**
     * Puts a future flight of the plan in force on a pool flight where it still fits, with those of its loads that
     * still travel its lane; every load of it remembers where it flew either way.
     */
    private void startFrom(DrawdownPlan problem, Map<Lane, Integer> usedPerLane, PlanJson.FlightJson entry) {
        PriorAssignment prior = new PriorAssignment(builder.window().minuteOf(entry.departure()), entry.origin(),
                entry.destination(), entry.aircraft());
        List<Load> loads = new ArrayList<>();
        for (Load load : loadsOf(entry)) {
            if (load != null && load.getFlight() == null) {
                load.setPriorAssignment(prior);
                loads.add(load);
            }
        }
        EnumSet<Misfit> misfits = builder.misfits(entry);
        Aircraft aircraft = builder.aircraft(entry.aircraft());
        if (misfits.remove(Misfit.UNKNOWN_AIRCRAFT) && !misfits.contains(Misfit.UNKNOWN_ROUTE)) {
            aircraft = substitute(entry);
        }
        if (aircraft == null || !misfits.isEmpty() || !fliesInLaneWindow(entry, aircraft)) {
            notes.add("flight " + entry.id() + " no longer fits the scenario; its loads are planned afresh");
            return;
        }
        Flight flight = PlanLoader.poolFlight(builder, problem, usedPerLane, entry);
        PlanLoader.place(builder, entry, flight);
        flight.setAircraft(aircraft);
        for (Load load : loads) {
            if (load.getLane() == flight.getLane()) {
                load.setFlight(flight);
            }
        }
    }

    /**
     * For a flight whose aircraft the scenario no longer has: another aircraft of the same type (the type whose
     * flight time and cost on the lane are what the plan states), else of any type that flies the lane. The repair
     * then moves the flight if that aircraft is busy.
     */
    private Aircraft substitute(PlanJson.FlightJson entry) {
        Lane lane = builder.lane(entry.origin(), entry.destination());
        long minutes = Duration.between(entry.departure(), entry.arrival()).toMinutes();
        List<Aircraft> candidates = lane.getCandidateAircraft();
        Aircraft sameType = candidates.stream()
                .filter(a -> lane.flightMinutes(a.getType()) == minutes && lane.costUsd(a.getType()) == entry.costUsd())
                .findFirst().orElse(null);
        Aircraft chosen = sameType != null ? sameType : candidates.isEmpty() ? null : candidates.get(0);
        if (chosen != null) {
            notes.add("flight " + entry.id() + " loses aircraft " + entry.aircraft() + "; it starts on "
                    + chosen.getId());
        }
        return chosen;
    }

    /** Whether the aircraft flies the flight's lane and its departure is in the lane's window. */
    private boolean fliesInLaneWindow(PlanJson.FlightJson entry, Aircraft aircraft) {
        Lane lane = builder.lane(entry.origin(), entry.destination());
        int slot = builder.window().minuteOf(entry.departure()) / builder.window().slotMinutes();
        return lane.getCandidateAircraft().contains(aircraft) && lane.getSlotRange().contains(slot);
    }

    /** The scenario's loads the entry names, null for each id the scenario no longer has. */
    private List<Load> loadsOf(PlanJson.FlightJson entry) {
        List<Load> loads = new ArrayList<>();
        for (String id : entry.cargo()) {
            loads.add(builder.cargoById().get(id));
        }
        for (String id : entry.personnel()) {
            loads.add(builder.personnelById().get(id));
        }
        return loads;
    }
}
