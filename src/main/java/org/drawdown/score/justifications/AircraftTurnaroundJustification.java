package org.drawdown.score.justifications;

import org.drawdown.domain.Aircraft;
import org.drawdown.score.ItineraryBreaches;

/** Rule 14: an aircraft that departs before it can be there, leg by leg. */
public record AircraftTurnaroundJustification(Aircraft aircraft, ItineraryBreaches breaches)
        implements ItineraryJustification {
}
