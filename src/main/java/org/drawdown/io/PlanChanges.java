package org.drawdown.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.drawdown.io.PlanJson.FlightJson;

/**
 * What changed from one plan of a scenario to another, read from the two plan files alone: the one definition that
 * {@code replan} prints, {@code report --compare} shows and {@code export --compare} writes, and by which a
 * replanned plan's flights are named.
 * <p>
 * Flights: each flight of the old plan carries on as at most one flight of the new plan, and each new flight carries
 * on at most one old flight. A flight that still flies as it did (same departure, lane and aircraft) carries itself
 * on; the others pair up on a lane by the most loads in common. An old flight left without a successor is cancelled,
 * a new flight without a predecessor is added. The pairing never looks at ids, so the exporter, which names each
 * successor after its predecessor, and anyone reading both files later find the same pairs.
 * <p>
 * Loads: a load of the old plan is moved when its flight in the new plan has another departure, origin, destination
 * or aircraft, or when the new plan no longer moves it (it is then also newly left behind): exactly the loads that
 * the scenario's {@code changeCostUsd} is charged for.
 */
public record PlanChanges(List<Succession> successions, List<FlightJson> cancelled, List<FlightJson> added,
        List<LoadChange> loadsMoved, long costBefore, long costAfter) {

    /** A flight of the old plan and the flight of the new plan that carries it on. */
    public record Succession(FlightJson before, FlightJson after) {

        public boolean retimed() {
            return !before.departure().equals(after.departure());
        }

        public boolean retailed() {
            return !before.aircraft().equals(after.aircraft());
        }
    }

    /** A load of the old plan and its flight in each plan; {@code after} is null when the new plan moves it no more. */
    public record LoadChange(String load, FlightJson before, FlightJson after) {
    }

    public static PlanChanges between(PlanJson before, PlanJson after) {
        Map<FlightJson, FlightJson> successors = successors(before.flights(), after.flights());
        List<Succession> successions = new ArrayList<>();
        List<FlightJson> cancelled = new ArrayList<>();
        for (FlightJson flight : before.flights()) {
            FlightJson successor = successors.get(flight);
            if (successor == null) {
                cancelled.add(flight);
            } else {
                successions.add(new Succession(flight, successor));
            }
        }
        Set<FlightJson> carriedOn = Collections.newSetFromMap(new IdentityHashMap<>());
        carriedOn.addAll(successors.values());
        List<FlightJson> added = after.flights().stream().filter(flight -> !carriedOn.contains(flight)).toList();
        return new PlanChanges(successions, cancelled, added, loadsMoved(before, after), before.totalCostUsd(),
                after.totalCostUsd());
    }

    /**
     * The succession of flights: for each flight of {@code before} that carries on as a flight of {@code after}, that
     * flight (the very object; keyed by identity, as flights of a plan that breaks rules may be alike). The ids of
     * {@code after} may be missing.
     */
    public static Map<FlightJson, FlightJson> successors(List<FlightJson> before, List<FlightJson> after) {
        Map<String, FlightJson> afterByLoad = byLoad(after);
        Map<String, FlightJson> afterBySortie = new LinkedHashMap<>();
        after.forEach(flight -> afterBySortie.putIfAbsent(sortie(flight), flight));
        Map<FlightJson, Integer> afterOrder = new IdentityHashMap<>();
        after.forEach(flight -> afterOrder.put(flight, afterOrder.size()));
        List<Candidate> candidates = new ArrayList<>();
        for (int index = 0; index < before.size(); index++) {
            FlightJson flight = before.get(index);
            Map<FlightJson, Integer> shared = new IdentityHashMap<>();
            loads(flight).map(afterByLoad::get).filter(other -> other != null && sameLane(flight, other))
                    .forEach(other -> shared.merge(other, 1, Integer::sum));
            FlightJson same = afterBySortie.get(sortie(flight));
            if (same != null) {
                shared.putIfAbsent(same, 0);
            }
            for (Map.Entry<FlightJson, Integer> entry : shared.entrySet()) {
                candidates.add(new Candidate(flight, index, entry.getKey(), afterOrder.get(entry.getKey()),
                        entry.getKey() == same, entry.getValue()));
            }
        }
        candidates.sort(Comparator.comparing((Candidate c) -> !c.sameSortie())
                .thenComparing(Comparator.comparingInt(Candidate::sharedLoads).reversed())
                .thenComparingInt(Candidate::beforeIndex).thenComparingInt(Candidate::afterIndex));
        Map<FlightJson, FlightJson> successors = new IdentityHashMap<>();
        Set<FlightJson> taken = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Candidate candidate : candidates) {
            if (!successors.containsKey(candidate.before()) && taken.add(candidate.after())) {
                successors.put(candidate.before(), candidate.after());
            }
        }
        return successors;
    }

    /** Retimed flights: their successor departs at another time. */
    public List<Succession> retimed() {
        return successions.stream().filter(Succession::retimed).toList();
    }

    /** Re-tailed flights: their successor flies on another aircraft. */
    public List<Succession> retailed() {
        return successions.stream().filter(Succession::retailed).toList();
    }

    /** Flights that fly as they did, whatever their loads. */
    public List<Succession> kept() {
        return successions.stream().filter(s -> !s.retimed() && !s.retailed()).toList();
    }

    /** The moved loads that the new plan no longer moves. */
    public List<String> newlyLeftBehind() {
        return loadsMoved.stream().filter(change -> change.after() == null).map(LoadChange::load).toList();
    }

    public long costDifference() {
        return costAfter - costBefore;
    }

    public boolean changesNothing() {
        return retimed().isEmpty() && retailed().isEmpty() && cancelled.isEmpty() && added.isEmpty()
                && loadsMoved.isEmpty();
    }

    private record Candidate(FlightJson before, int beforeIndex, FlightJson after, int afterIndex,
            boolean sameSortie, int sharedLoads) {
    }

    /**
     * Loads of the old plan that fly otherwise in the new one, in the old plan's order. A load the new plan does not
     * list at all has left the scenario: nothing flies otherwise, and nothing is charged for it.
     */
    private static List<LoadChange> loadsMoved(PlanJson before, PlanJson after) {
        Map<String, FlightJson> afterByLoad = byLoad(after.flights());
        Set<String> notMoved = new HashSet<>(after.leftBehind());
        notMoved.addAll(after.unassigned());
        List<LoadChange> moved = new ArrayList<>();
        byLoad(before.flights()).forEach((load, was) -> {
            FlightJson is = afterByLoad.get(load);
            if (is == null ? notMoved.contains(load) : !sortie(was).equals(sortie(is))) {
                moved.add(new LoadChange(load, was, is));
            }
        });
        return moved;
    }

    /** The flight each load flies on. */
    private static Map<String, FlightJson> byLoad(List<FlightJson> flights) {
        Map<String, FlightJson> byLoad = new LinkedHashMap<>();
        flights.forEach(flight -> loads(flight).forEach(load -> byLoad.put(load, flight)));
        return byLoad;
    }

    /** Departure, lane and aircraft: a load whose flight keeps all four has not changed. */
    private static String sortie(FlightJson flight) {
        return flight.departure() + " " + flight.origin() + "-" + flight.destination() + " " + flight.aircraft();
    }

    private static boolean sameLane(FlightJson a, FlightJson b) {
        return a.origin().equals(b.origin()) && a.destination().equals(b.destination());
    }

    private static Stream<String> loads(FlightJson flight) {
        return Stream.concat(flight.cargo().stream(), flight.personnel().stream());
    }
}
