package org.drawdown.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.drawdown.io.PlanJson;
import org.drawdown.io.PlanJson.FlightJson;

/**
 * What a replan changed, from the two plan files alone: which flights of the plan in force were retimed, given
 * another aircraft or cancelled, which flights are new, which loads now fly otherwise (another departure, lane or
 * aircraft: what {@code changeCostUsd} is charged for) and which are newly left behind.
 * <p>
 * A flight of the plan in force is matched to the new flight that carries most of its loads (on a tie, the one that
 * flies as it did, then the one with its id).
 */
public record PlanChanges(Instant now, List<FlightJson> history, List<Change> retimed, List<Change> retailed,
        List<FlightJson> cancelled, List<FlightJson> added, List<String> loadsMoved, List<String> newlyLeftBehind,
        long costBefore, long costAfter) {

    /** A flight of the plan in force and the new flight that took over its loads. */
    public record Change(FlightJson before, FlightJson after) {
    }

    public static PlanChanges between(PlanJson before, PlanJson after, Instant now) {
        Map<String, FlightJson> afterByLoad = byLoad(after);
        Map<String, FlightJson> beforeByLoad = byLoad(before);
        List<FlightJson> history = new ArrayList<>();
        List<Change> retimed = new ArrayList<>();
        List<Change> retailed = new ArrayList<>();
        List<FlightJson> cancelled = new ArrayList<>();
        Set<FlightJson> matched = new HashSet<>();
        for (FlightJson flight : before.flights()) {
            if (flight.departure().isBefore(now)) {
                history.add(flight);
                continue;
            }
            FlightJson successor = successor(flight, afterByLoad);
            if (successor == null) {
                cancelled.add(flight);
                continue;
            }
            matched.add(successor);
            if (!successor.departure().equals(flight.departure())) {
                retimed.add(new Change(flight, successor));
            }
            if (!successor.aircraft().equals(flight.aircraft())) {
                retailed.add(new Change(flight, successor));
            }
        }
        List<FlightJson> added = after.flights().stream()
                .filter(flight -> !flight.departure().isBefore(now) && !matched.contains(flight))
                .toList();
        List<String> moved = new ArrayList<>();
        List<String> leftBehind = new ArrayList<>();
        for (Map.Entry<String, FlightJson> entry : beforeByLoad.entrySet()) {
            FlightJson was = entry.getValue();
            if (was.departure().isBefore(now)) {
                continue;
            }
            FlightJson is = afterByLoad.get(entry.getKey());
            if (is == null) {
                leftBehind.add(entry.getKey());
            } else if (!sameSortie(was, is)) {
                moved.add(entry.getKey());
            }
        }
        return new PlanChanges(now, history, retimed, retailed, cancelled, added, moved, leftBehind,
                before.totalCostUsd(), after.totalCostUsd());
    }

    private static Map<String, FlightJson> byLoad(PlanJson plan) {
        Map<String, FlightJson> byLoad = new LinkedHashMap<>();
        for (FlightJson flight : plan.flights()) {
            Stream.concat(flight.cargo().stream(), flight.personnel().stream())
                    .forEach(load -> byLoad.put(load, flight));
        }
        return byLoad;
    }

    /** The new flight carrying most of this flight's loads, or null when none flies any of them. */
    private static FlightJson successor(FlightJson flight, Map<String, FlightJson> afterByLoad) {
        Map<FlightJson, Integer> carried = new HashMap<>();
        Stream.concat(flight.cargo().stream(), flight.personnel().stream())
                .map(afterByLoad::get)
                .filter(successor -> successor != null)
                .forEach(successor -> carried.merge(successor, 1, Integer::sum));
        return carried.entrySet().stream()
                .max(Map.Entry.<FlightJson, Integer> comparingByValue()
                        .thenComparing(candidate -> sameSortie(flight, candidate.getKey()) ? 1 : 0)
                        .thenComparing(candidate -> candidate.getKey().id().equals(flight.id()) ? 1 : 0))
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    /** SPEC.md's test of a change: another departure, origin, destination or aircraft. */
    private static boolean sameSortie(FlightJson a, FlightJson b) {
        return a.departure().equals(b.departure()) && a.origin().equals(b.origin())
                && a.destination().equals(b.destination()) && a.aircraft().equals(b.aircraft());
    }

    public boolean changesNothing() {
        return retimed.isEmpty() && retailed.isEmpty() && cancelled.isEmpty() && added.isEmpty()
                && loadsMoved.isEmpty() && newlyLeftBehind.isEmpty();
    }

    public String format() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Replanned from %s: %d flights are history and stay as they were.%n",
                PlanSummary.time(now), history.size()));
        line(out, "Retimed", retimed.size(), retimed.stream()
                .map(c -> c.before().id() + " " + PlanSummary.time(c.before().departure()) + " -> "
                        + c.after().id() + " " + PlanSummary.time(c.after().departure())));
        line(out, "New aircraft", retailed.size(), retailed.stream()
                .map(c -> c.before().id() + " " + c.before().aircraft() + " -> " + c.after().id() + " "
                        + c.after().aircraft()));
        line(out, "Cancelled", cancelled.size(), cancelled.stream().map(FlightJson::id));
        line(out, "Added", added.size(), added.stream().map(FlightJson::id));
        line(out, "Loads moved", loadsMoved.size(), loadsMoved.stream());
        line(out, "Newly left", newlyLeftBehind.size(), newlyLeftBehind.stream());
        out.append(String.format(Locale.ROOT, "  %-15s $%,d -> $%,d (%+,d)%n", "Cost", costBefore, costAfter,
                costAfter - costBefore));
        return out.toString();
    }

    private static void line(StringBuilder out, String label, int count, Stream<String> items) {
        List<String> shown = items.limit(6).toList();
        String list = shown.isEmpty() ? "" : ": " + String.join(", ", shown) + (count > shown.size() ? ", ..." : "");
        out.append(String.format(Locale.ROOT, "  %-15s %d%s%n", label, count, list));
    }

}
