package org.drawdown.score.justifications;

import org.drawdown.domain.Flight;

/** Rule 10: a flight longer than its type's range. */
public record RangeJustification(Flight flight, long nmOverRange) implements FlightJustification {
}
