package org.drawdown.score.justifications;

import org.drawdown.domain.Load;

/** Cost of a replan: a load the plan in force moved that is now left behind. */
public record DroppedFromPlanJustification(Load load) implements LoadJustification {
}
