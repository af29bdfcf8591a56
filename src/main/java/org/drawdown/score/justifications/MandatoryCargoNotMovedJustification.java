package org.drawdown.score.justifications;

import org.drawdown.domain.CargoItem;

/** Rule 17: a mandatory cargo item left behind. */
public record MandatoryCargoNotMovedJustification(CargoItem load) implements LoadJustification {
}
