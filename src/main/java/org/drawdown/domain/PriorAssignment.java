package org.drawdown.domain;

/**
 * Where a load flew in the plan in force when replanning started. A load that keeps the same departure, lane and
 * aircraft is unchanged; anything else costs the scenario's {@code changeCostUsd}.
 */
public record PriorAssignment(int departureMinute, String originCode, String destinationCode, String aircraftId) {

    public boolean isKeptBy(Flight flight) {
        return flight.getDepartureMinute() == departureMinute
                && flight.getLane().getOrigin().getCode().equals(originCode)
                && flight.getLane().getDestination().getCode().equals(destinationCode)
                && flight.getAircraft().getId().equals(aircraftId);
    }
}
