package org.drawdown.score.justifications;

import org.drawdown.domain.Flight;

/** Rule 1: a flight whose loads weigh more than its type may carry. */
public record PayloadJustification(Flight flight, long kgOver) implements FlightJustification {
}
