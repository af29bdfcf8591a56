package org.drawdown.score.justifications;

import org.drawdown.domain.Aircraft;
import org.drawdown.score.ItineraryBreaches;

/** Rule 10: an aircraft's positioning legs longer than its type's range. */
public record PositioningRangeJustification(Aircraft aircraft, ItineraryBreaches breaches)
        implements ItineraryJustification {
}
