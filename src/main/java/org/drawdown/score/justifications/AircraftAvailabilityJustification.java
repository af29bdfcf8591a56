package org.drawdown.score.justifications;

import org.drawdown.domain.Flight;

/** Rule 14: a flight that lands after its aircraft's availability ends. */
public record AircraftAvailabilityJustification(Flight flight, long minutesAfterAvailability)
        implements FlightJustification {
}
