package org.drawdown.score.justifications;

import org.drawdown.domain.Load;

/** Rule 4: a load on a flight of another origin or destination. */
public record LanesJustification(Load load) implements LoadJustification {
}
