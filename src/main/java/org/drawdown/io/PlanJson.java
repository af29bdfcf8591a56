package org.drawdown.io;

import java.time.Instant;
import java.util.List;

/**
 * The plan file of the contract (docs/contract.md). {@code replannedAt} is the {@code --now} of the replan that
 * wrote the plan, and null (absent from the file) for a plan that {@code solve} wrote.
 */
public record PlanJson(
        String scenario,
        Instant replannedAt,
        String score,
        Boolean feasible,
        Long totalCostUsd,
        List<FlightJson> flights,
        List<String> leftBehind,
        List<String> unassigned) {

    /** A plan that was not replanned. */
    public PlanJson(String scenario, String score, Boolean feasible, Long totalCostUsd, List<FlightJson> flights,
            List<String> leftBehind, List<String> unassigned) {
        this(scenario, null, score, feasible, totalCostUsd, flights, leftBehind, unassigned);
    }

    public record FlightJson(String id, String aircraft, String origin, String destination, Instant departure,
            Instant arrival, List<String> cargo, List<String> personnel, Integer payloadKg,
            Integer palletPositionsUsed, Integer passengers, Long costUsd) {

        public FlightJson withId(String newId) {
            return new FlightJson(newId, aircraft, origin, destination, departure, arrival, cargo, personnel,
                    payloadKg, palletPositionsUsed, passengers, costUsd);
        }
    }
}
