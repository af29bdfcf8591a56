package org.drawdown.score.justifications;

import org.drawdown.domain.CargoItem;

/** Cost: an optional cargo item of value left behind. */
public record LeftBehindValueJustification(CargoItem load) implements LoadJustification {
}
