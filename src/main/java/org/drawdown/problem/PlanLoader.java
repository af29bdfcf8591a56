package org.drawdown.problem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.drawdown.domain.CargoItem;
import org.drawdown.domain.DrawdownPlan;
import org.drawdown.domain.Flight;
import org.drawdown.domain.Lane;
import org.drawdown.domain.PersonnelGroup;
import org.drawdown.domain.PlanningWindow;
import org.drawdown.io.InputException;
import org.drawdown.io.PlanJson;
import org.drawdown.io.ScenarioJson;

/**
 * Puts a plan file back into the planning model, to explain it, report on it, benchmark moves on it or replan
 * from it. The plan must fit the scenario (known ids, departures on the slot grid); whether it obeys the rules
 * is for the constraints (or {@code drawdown check}) to say.
 */
public final class PlanLoader {

    private final Path planFile;
    private final ScenarioJson scenario;
    private final PlanJson plan;
    /** The loads some flight of the plan already carries: a load may ride one flight only. */
    private final Set<String> assigned = new HashSet<>();

    public PlanLoader(Path planFile, ScenarioJson scenario, PlanJson plan) {
        this.planFile = planFile;
        this.scenario = scenario;
        this.plan = plan;
    }

    /**
     * Only the plan's flights, each as the plan has it: for reading a plan, not for searching from it. Every flight
     * and load is held still, so that its value is its whole value range: Timefold scores nothing whose values lie
     * outside their ranges, and a plan that breaks a rule (a departure after the deadline, a type that cannot fly
     * the lane) must still be scored to say what it breaks.
     */
    public DrawdownPlan asIs() throws InputException {
        ProblemFactory.Builder builder = ProblemFactory.builder(scenario, 0);
        List<Flight> flights = new ArrayList<>();
        for (PlanJson.FlightJson entry : plan.flights()) {
            validate(builder, entry);
            Flight flight = builder.fixedFlight(entry.id(), entry.origin(), entry.destination());
            place(builder, entry, flight);
            flight.setFrozen(true);
            flights.add(flight);
        }
        DrawdownPlan loaded = builder.buildWithoutPools(flights);
        assignLoads(builder, flights);
        loaded.getCargo().forEach(item -> item.setFrozen(true));
        loaded.getPersonnel().forEach(group -> group.setFrozen(true));
        return loaded;
    }

    /**
     * The whole problem with its pools, the plan's flights placed on pool flights of their lanes, as a starting
     * point for the solver. A lane with more flights in the plan than its pool gets the extra ones added to it.
     */
    public DrawdownPlan asStart() throws InputException {
        ProblemFactory.Builder builder = ProblemFactory.builder(scenario, 0);
        for (PlanJson.FlightJson entry : plan.flights()) {
            validate(builder, entry);
        }
        DrawdownPlan loaded = builder.build(List.of());
        Map<Lane, Integer> usedPerLane = new HashMap<>();
        for (PlanJson.FlightJson entry : plan.flights()) {
            Flight flight = poolFlight(builder, loaded, usedPerLane, entry);
            place(builder, entry, flight);
            assignLoads(builder, entry, flight);
        }
        return loaded;
    }

    /** The next unused pool flight of the entry's lane, adding one to the pool when all are used. */
    static Flight poolFlight(ProblemFactory.Builder builder, DrawdownPlan loaded, Map<Lane, Integer> usedPerLane,
            PlanJson.FlightJson entry) {
        Lane lane = builder.lane(entry.origin(), entry.destination());
        int used = usedPerLane.merge(lane, 1, Integer::sum);
        return used <= lane.getFlights().size() ? lane.getFlights().get(used - 1)
                : builder.extraPoolFlight(loaded, lane);
    }

    /** Refuses a flight that does not fit the scenario: unknown aircraft or route, or off the slot grid. */
    private void validate(ProblemFactory.Builder builder, PlanJson.FlightJson entry) throws InputException {
        String where = "flights \"" + entry.id() + "\"";
        EnumSet<Misfit> misfits = builder.misfits(entry);
        if (misfits.contains(Misfit.UNKNOWN_AIRCRAFT)) {
            throw new InputException(planFile, where, "aircraft \"" + entry.aircraft() + "\" is not in the scenario");
        }
        if (misfits.contains(Misfit.UNKNOWN_ROUTE)) {
            throw new InputException(planFile, where, "no route " + entry.origin() + "-" + entry.destination()
                    + " in the scenario");
        }
        if (misfits.contains(Misfit.OFF_SLOT_GRID)) {
            throw new InputException(planFile, where, "departure " + entry.departure()
                    + " is not on the scenario's slot grid of " + builder.window().slotMinutes() + " minutes");
        }
    }

    /** Sets a flight's aircraft and slot from its (validated) plan entry. */
    static void place(ProblemFactory.Builder builder, PlanJson.FlightJson entry, Flight flight) {
        PlanningWindow window = builder.window();
        flight.setAircraft(builder.aircraft(entry.aircraft()));
        flight.setDepartureSlot(window.minuteOf(entry.departure()) / window.slotMinutes());
    }

    private void assignLoads(ProblemFactory.Builder builder, List<Flight> flights) throws InputException {
        Map<String, PlanJson.FlightJson> entries = new HashMap<>();
        plan.flights().forEach(entry -> entries.put(entry.id(), entry));
        for (Flight flight : flights) {
            assignLoads(builder, entries.get(flight.getId()), flight);
        }
    }

    private void assignLoads(ProblemFactory.Builder builder, PlanJson.FlightJson entry, Flight flight)
            throws InputException {
        Map<String, CargoItem> cargo = builder.cargoById();
        Map<String, PersonnelGroup> personnel = builder.personnelById();
        String where = "flights \"" + entry.id() + "\"";
        for (String id : entry.cargo()) {
            CargoItem item = cargo.get(id);
            if (item == null) {
                throw new InputException(planFile, where, "cargo \"" + id + "\" is not in the scenario");
            }
            claim(id, where);
            item.setFlight(flight);
        }
        for (String id : entry.personnel()) {
            PersonnelGroup group = personnel.get(id);
            if (group == null) {
                throw new InputException(planFile, where, "personnel \"" + id + "\" is not in the scenario");
            }
            claim(id, where);
            group.setFlight(flight);
        }
    }

    private void claim(String loadId, String where) throws InputException {
        if (!assigned.add(loadId)) {
            throw new InputException(planFile, where, "load \"" + loadId + "\" is on more than one flight");
        }
    }
}
