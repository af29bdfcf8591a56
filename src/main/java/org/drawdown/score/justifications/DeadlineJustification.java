package org.drawdown.score.justifications;

import org.drawdown.domain.Flight;

/** Rule 6: a flight that departs after the deadline. */
public record DeadlineJustification(Flight flight, long minutesAfterDeadline) implements FlightJustification {
}
