package org.drawdown.score;

import java.util.List;
import java.util.stream.Collectors;

import org.drawdown.domain.PositioningLeg;

/** What an aircraft's itinerary breaks (rules 10 and 14), with the positioning legs that break it. */
public record ItineraryBreaches(long minutesShort, long legsWithoutRoute, long nmOverRange,
        List<PositioningLeg> legs) {

    static final ItineraryBreaches NONE = new ItineraryBreaches(0, 0, 0, List.of());

    @Override
    public String toString() {
        return legs.stream()
                .map(leg -> leg.from().getCode() + " to flight " + leg.next().getId()
                        + (leg.previous() == null ? " (from base)" : " after flight " + leg.previous().getId()))
                .collect(Collectors.joining("; "));
    }
}
