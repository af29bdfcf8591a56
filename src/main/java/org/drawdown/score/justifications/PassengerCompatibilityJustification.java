package org.drawdown.score.justifications;

import org.drawdown.domain.CargoItem;

/** Rule 12: a passenger-incompatible item flying with personnel. */
public record PassengerCompatibilityJustification(CargoItem load) implements LoadJustification {
}
