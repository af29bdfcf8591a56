package org.drawdown.io;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import org.drawdown.domain.CargoItem;
import org.drawdown.domain.DrawdownPlan;
import org.drawdown.domain.Flight;
import org.drawdown.domain.Load;
import org.drawdown.domain.Manifest;
import org.drawdown.domain.PersonnelGroup;
import org.drawdown.domain.PlanningWindow;
import org.drawdown.io.PlanJson.FlightJson;

/**
 * Turns a solved plan into the contract's plan file. Flights are listed by departure and numbered F0001, F0002, ...
 * in that order, except when replanning: a flight kept from the plan in force, or carrying one of its flights on,
 * keeps its id, and new numbers skip ids already taken. Loads appear in scenario order.
 */
public final class PlanExporter {

    private PlanExporter() {
    }

    /** Orders flown flights as the plan file lists them. */
    public static final Comparator<Flight> FILE_ORDER = Comparator
            .comparingInt(Flight::getDepartureMinute)
            .thenComparing(flight -> flight.getOrigin().getCode())
            .thenComparing(flight -> flight.getAircraft().getId())
            .thenComparingInt(Flight::getIndex);

    public static PlanJson export(DrawdownPlan plan) {
        return export(plan, null, null);
    }

    /**
     * As {@link #export(DrawdownPlan)}, for a plan replanned from {@code inForce} at {@code now}: a history flight is
     * written as the plan in force has it, byte for byte (it flew, and stays as it was whatever the scenario says
     * now), and a flight that carries on a flight of the plan in force ({@link PlanChanges#successors}) keeps its
     * id, so that a planner finds the same sortie under the same name in both plans. The file records {@code now} as
     * {@code replannedAt}.
     */
    public static PlanJson export(DrawdownPlan plan, PlanJson inForce, Instant now) {
        Map<String, FlightJson> history = new HashMap<>();
        if (inForce != null) {
            inForce.flights().stream().filter(flight -> flight.departure().isBefore(now))
                    .forEach(flight -> history.put(flight.id(), flight));
        }
        Map<Flight, Manifest> manifests = plan.manifests();
        PlanningWindow window = plan.getWindow();
        Map<String, Integer> order = new HashMap<>();
        plan.getCargo().forEach(item -> order.put(item.getId(), order.size()));
        plan.getPersonnel().forEach(group -> order.put(group.getId(), order.size()));
        Comparator<Load> scenarioOrder = Comparator.comparingInt(load -> order.get(load.getId()));
        List<FlightJson> flights = new ArrayList<>();
        for (Flight flight : manifests.keySet().stream().sorted(FILE_ORDER).toList()) {
            if (flight.isHistory() && history.containsKey(flight.getId())) {
                flights.add(history.get(flight.getId()));
                continue;
            }
            Manifest manifest = manifests.get(flight);
            // A flight the plan makes now has no id until numbered().
            flights.add(new FlightJson(flight.isHistory() ? flight.getId() : null, flight.getAircraft().getId(),
                    flight.getOrigin().getCode(), flight.getDestination().getCode(),
                    window.instantOf(flight.getDepartureMinute()), window.instantOf(flight.getArrivalMinute()),
                    manifest.cargo().stream().sorted(scenarioOrder).map(CargoItem::getId).toList(),
                    manifest.personnel().stream().sorted(scenarioOrder).map(PersonnelGroup::getId).toList(),
                    manifest.weightKg(), manifest.palletPositionsUsed(flight.getType()), manifest.passengers(),
                    flight.getFlyingCostUsd()));
        }
        List<String> leftBehind = plan.getCargo().stream()
                .filter(item -> item.getFlight() == null && !item.isMandatory())
                .map(CargoItem::getId).toList();
        List<String> unassigned = new ArrayList<>();
        plan.getCargo().stream().filter(item -> item.getFlight() == null && item.isMandatory())
                .forEach(item -> unassigned.add(item.getId()));
        plan.getPersonnel().stream().filter(group -> group.getFlight() == null)
                .forEach(group -> unassigned.add(group.getId()));
        HardMediumSoftLongScore score = plan.getScore();
        boolean feasible = DrawdownPlan.isFeasible(score);
        return new PlanJson(plan.getName(), now, score.toString(), feasible, -score.softScore(),
                numbered(flights, inForce), leftBehind, unassigned);
    }

    /**
     * Gives each flight without an id the id of the flight of the plan in force it carries on, if any, else the next
     * number F0001, F0002, ... in file order that neither plan uses: a cancelled flight's id is not given to another.
     */
    private static List<FlightJson> numbered(List<FlightJson> flights, PlanJson inForce) {
        Set<String> taken = new HashSet<>();
        flights.stream().map(FlightJson::id).filter(Objects::nonNull).forEach(taken::add);
        Map<FlightJson, String> ids = new IdentityHashMap<>();
        if (inForce != null) {
            inForce.flights().forEach(flight -> taken.add(flight.id()));
            PlanChanges.successors(inForce.flights(), flights).forEach((was, is) -> {
                if (is.id() == null) {
                    ids.put(is, was.id());
                }
            });
        }
        List<FlightJson> numbered = new ArrayList<>(flights.size());
        int number = 0;
        for (FlightJson flight : flights) {
            String id = flight.id() != null ? flight.id() : ids.get(flight);
            while (id == null) {
                String next = String.format("F%04d", ++number);
                id = taken.add(next) ? next : null;
            }
            numbered.add(id.equals(flight.id()) ? flight : flight.withId(id));
        }
        return numbered;
    }
}
