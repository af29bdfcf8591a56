package org.drawdown.io;

import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.drawdown.io.PlanJson.FlightJson;

/**
 * Which flight of a new plan carries on each flight of an earlier plan, read from the plan files alone: the new
 * flight that carries most of its loads, on a tie the one that flies as it did. A replanned flight takes the id of
 * the flight it carries on, and the list of changes reports it as retimed or given another aircraft.
 */
public final class FlightSuccession {

    private FlightSuccession() {
    }

    /**
     * For each flight of {@code before} that departs at or after {@code now} and whose loads still fly, in file
     * order, the flight of {@code after} (the very object) that carries it on.
     */
    public static Map<FlightJson, FlightJson> successors(PlanJson before, List<FlightJson> after, Instant now) {
        Map<String, FlightJson> afterByLoad = byLoad(after);
        Map<FlightJson, FlightJson> successors = new LinkedHashMap<>();
        for (FlightJson flight : before.flights()) {
            if (flight.departure().isBefore(now)) {
                continue;
            }
            // Counted by identity: flights of a plan that breaks rules may be alike in all but their id.
            Map<FlightJson, Integer> carried = new IdentityHashMap<>();
            loads(flight).map(afterByLoad::get).filter(successor -> successor != null)
                    .forEach(successor -> carried.merge(successor, 1, Integer::sum));
            carried.entrySet().stream()
                    .max(Map.Entry.<FlightJson, Integer> comparingByValue()
                            .thenComparing(candidate -> sameSortie(flight, candidate.getKey()) ? 1 : 0))
                    .ifPresent(best -> successors.put(flight, best.getKey()));
        }
        return successors;
    }

    /** The flight each load flies on. */
    public static Map<String, FlightJson> byLoad(List<FlightJson> flights) {
        Map<String, FlightJson> byLoad = new LinkedHashMap<>();
        for (FlightJson flight : flights) {
            loads(flight).forEach(load -> byLoad.put(load, flight));
        }
        return byLoad;
    }

    /** The contract's test of a change: another departure, origin, destination or aircraft. */
    public static boolean sameSortie(FlightJson a, FlightJson b) {
        return a.departure().equals(b.departure()) && a.origin().equals(b.origin())
                && a.destination().equals(b.destination()) && a.aircraft().equals(b.aircraft());
    }

    private static Stream<String> loads(FlightJson flight) {
        return Stream.concat(flight.cargo().stream(), flight.personnel().stream());
    }
}
