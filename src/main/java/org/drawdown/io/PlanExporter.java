package org.drawdown.io;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import org.drawdown.domain.CargoItem;
import org.drawdown.domain.DrawdownPlan;
import org.drawdown.domain.Flight;
import org.drawdown.domain.Load;
import org.drawdown.domain.Manifest;
import org.drawdown.domain.PersonnelGroup;
import org.drawdown.domain.PlanningWindow;

/**
 * Turns a solved plan into the plan file of SPEC.md. Flights are listed by departure and numbered F0001, F0002, ...
 * in that order; flights kept from the plan in force when replanning (history, and the flights started from it)
 * keep their ids, and new numbers skip ids already taken. Loads appear in scenario order.
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
        return export(plan, Map.of());
    }

    /**
     * As {@link #export(DrawdownPlan)}, but a history flight whose id is in {@code history} is written as
     * that entry, byte for byte: it flew, and the plan keeps it as it was whatever the scenario says now.
     */
    public static PlanJson export(DrawdownPlan plan, Map<String, PlanJson.FlightJson> history) {
        Map<Flight, Manifest> manifests = plan.manifests();
        Map<Flight, String> ids = fileIds(manifests.keySet());
        PlanningWindow window = plan.getWindow();
        Map<String, Integer> order = new LinkedHashMap<>();
        plan.getCargo().forEach(item -> order.put(item.getId(), order.size()));
        plan.getPersonnel().forEach(group -> order.put(group.getId(), order.size()));
        Comparator<Load> scenarioOrder = Comparator.comparingInt(load -> order.get(load.getId()));
        List<PlanJson.FlightJson> flights = new ArrayList<>();
        for (Map.Entry<Flight, String> entry : ids.entrySet()) {
            Flight flight = entry.getKey();
            if (flight.isHistory() && history.containsKey(flight.getId())) {
                flights.add(history.get(flight.getId()));
                continue;
            }
            Manifest manifest = manifests.get(flight);
            flights.add(new PlanJson.FlightJson(entry.getValue(), flight.getAircraft().getId(),
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
        boolean feasible = score.hardScore() >= 0 && score.mediumScore() >= 0;
        return new PlanJson(plan.getName(), score.toString(), feasible, -score.softScore(), flights, leftBehind,
                unassigned);
    }

    /**
     * The id each flown flight has in the plan file, in file order: a history flight keeps its id, and so does a
     * flight a replan started from a flight of the plan in force, so that a planner finds the same sortie under the
     * same id in both plans; the others are numbered in file order around the ids so kept.
     */
    public static Map<Flight, String> fileIds(Collection<Flight> flownFlights) {
        List<Flight> flown = flownFlights.stream()
                .sorted(FILE_ORDER)
                .toList();
        Set<String> taken = new HashSet<>();
        Map<Flight, String> ids = new LinkedHashMap<>();
        for (Flight flight : flown) {
            String kept = flight.isHistory() ? flight.getId() : flight.getPlanInForceId();
            ids.put(flight, kept != null && taken.add(kept) ? kept : null);
        }
        int number = 0;
        for (Map.Entry<Flight, String> entry : ids.entrySet()) {
            if (entry.getValue() == null) {
                String id;
                do {
                    id = String.format("F%04d", ++number);
                } while (taken.contains(id));
                entry.setValue(id);
            }
        }
        return ids;
    }
}
