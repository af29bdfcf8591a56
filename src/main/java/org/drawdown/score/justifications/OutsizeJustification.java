package org.drawdown.score.justifications;

import org.drawdown.domain.Flight;

/** Rule 11: a flight carrying outsize items on a type that cannot take them. */
public record OutsizeJustification(Flight flight, long outsizeItems) implements FlightJustification {
}
