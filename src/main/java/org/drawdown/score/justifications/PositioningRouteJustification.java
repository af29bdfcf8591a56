package org.drawdown.score.justifications;

import org.drawdown.domain.Aircraft;
import org.drawdown.score.ItineraryBreaches;

/** Rule 14: an aircraft's positioning legs between airfields with no route. */
public record PositioningRouteJustification(Aircraft aircraft, ItineraryBreaches breaches)
        implements ItineraryJustification {
}
