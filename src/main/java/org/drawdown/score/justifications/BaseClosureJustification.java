package org.drawdown.score.justifications;

import org.drawdown.domain.Flight;

/** Rule 7: a flight that departs at or after its origin closed. */
public record BaseClosureJustification(Flight flight, long minutesAfterClosure) implements FlightJustification {
}
