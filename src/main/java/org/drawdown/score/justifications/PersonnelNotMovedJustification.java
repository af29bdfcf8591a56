package org.drawdown.score.justifications;

import org.drawdown.domain.PersonnelGroup;

/** Rule 17: a personnel group left behind. */
public record PersonnelNotMovedJustification(PersonnelGroup load) implements LoadJustification {
}
