package org.drawdown.score.justifications;

import org.drawdown.domain.Flight;

/** Rule 8: a military flight without a valid clearance for its type, per country. */
public record ClearanceJustification(Flight flight, long minutesWithoutClearance) implements FlightJustification {
}
