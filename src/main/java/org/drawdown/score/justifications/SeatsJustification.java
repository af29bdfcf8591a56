package org.drawdown.score.justifications;

import org.drawdown.domain.Flight;

/** Rule 3: a flight with more passengers than its type has seats. */
public record SeatsJustification(Flight flight, long passengersOver) implements FlightJustification {
}
