package org.drawdown.score.justifications;

import org.drawdown.domain.Flight;

/** Rule 2: a flight whose loads need more pallet positions than its type has. */
public record PalletPositionsJustification(Flight flight, long palletPositionsOver) implements FlightJustification {
}
