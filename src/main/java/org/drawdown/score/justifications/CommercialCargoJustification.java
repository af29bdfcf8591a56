package org.drawdown.score.justifications;

import org.drawdown.domain.Flight;

/** Rule 9: a commercial flight carrying cargo items. */
public record CommercialCargoJustification(Flight flight, long cargoItems) implements FlightJustification {
}
