package org.drawdown.score.justifications;

import org.drawdown.domain.Flight;

/** Cost: what a flown flight costs, out and back. */
public record FlyingCostJustification(Flight flight, long usd) implements FlightJustification {
}
