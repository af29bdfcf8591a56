package org.drawdown.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.drawdown.io.FlightSuccession;
import org.drawdown.io.PlanJson;
import org.drawdown.io.PlanJson.FlightJson;

/**
 * What a replan changed, from the two plan files alone: which flights of the plan in force were retimed, given
 * another aircraft or cancelled, which flights are new, which loads now fly otherwise (another departure, lane or
 * aircraft: what {@code changeCostUsd} is charged for) and which are newly left behind.
 * <p>
 * A flight of the plan in force is matched to the new flight that carries it on ({@link FlightSuccession}).
 */
public record PlanChanges(Instant now, List<FlightJson> history, List<Change> retimed, List<Change> retailed,
        List<FlightJson> cancelled, List<FlightJson> added, List<String> loadsMoved, List<String> newlyLeftBehind,
        long costBefore, long costAfter) {

    /** A flight of the plan in force and the new flight that took over its loads. */
    public record Change(FlightJson before, FlightJson after) {

        /** "F0041 C17-06 -> C17-02", naming the new flight too when its loads went to a flight of another id. */
        String describe(String was, String is) {
            String successor = after.id().equals(before.id()) ? "" : after.id() + " ";
            return before.id() + " " + was + " -> " + successor + is;
        }
    }

    public static PlanChanges between(PlanJson before, PlanJson after, Instant now) {
        Map<FlightJson, FlightJson> successors = FlightSuccession.successors(before, after.flights(), now);
        List<FlightJson> history = new ArrayList<>();
        List<Change> retimed = new ArrayList<>();
        List<Change> retailed = new ArrayList<>();
        List<FlightJson> cancelled = new ArrayList<>();
        for (FlightJson flight : before.flights()) {
            if (flight.departure().isBefore(now)) {
                history.add(flight);
                continue;
            }
            FlightJson successor = successors.get(flight);
            if (successor == null) {
                cancelled.add(flight);
                continue;
            }
            if (!successor.departure().equals(flight.departure())) {
                retimed.add(new Change(flight, successor));
            }
            if (!successor.aircraft().equals(flight.aircraft())) {
                retailed.add(new Change(flight, successor));
            }
        }
        Set<FlightJson> matched = new HashSet<>(successors.values());
        List<FlightJson> added = after.flights().stream()
                .filter(flight -> !flight.departure().isBefore(now) && !matched.contains(flight))
                .toList();
        Map<String, FlightJson> afterByLoad = FlightSuccession.byLoad(after.flights());
        List<String> moved = new ArrayList<>();
        List<String> leftBehind = new ArrayList<>();
        for (Map.Entry<String, FlightJson> entry : FlightSuccession.byLoad(before.flights()).entrySet()) {
            FlightJson was = entry.getValue();
            if (was.departure().isBefore(now)) {
                continue;
            }
            FlightJson is = afterByLoad.get(entry.getKey());
            if (is == null) {
                leftBehind.add(entry.getKey());
            } else if (!FlightSuccession.sameSortie(was, is)) {
                moved.add(entry.getKey());
            }
        }
        return new PlanChanges(now, history, retimed, retailed, cancelled, added, moved, leftBehind,
                before.totalCostUsd(), after.totalCostUsd());
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
                .map(c -> c.describe(PlanSummary.time(c.before().departure()),
                        PlanSummary.time(c.after().departure()))));
        line(out, "New aircraft", retailed.size(), retailed.stream()
                .map(c -> c.describe(c.before().aircraft(), c.after().aircraft())));
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
