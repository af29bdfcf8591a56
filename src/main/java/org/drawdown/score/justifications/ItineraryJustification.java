package org.drawdown.score.justifications;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.drawdown.domain.Aircraft;
import org.drawdown.domain.Flight;
import org.drawdown.domain.PositioningLeg;
import org.drawdown.score.ItineraryBreaches;

/** A match about one aircraft's itinerary (rules 10 and 14): the positioning legs that break the rule. */
public interface ItineraryJustification extends PlanJustification {

    Aircraft aircraft();

    ItineraryBreaches breaches();

    /** The flights at both ends of each breaking leg (a leg from base has only the flight it leads to). */
    @Override
    default List<Flight> flights(Collection<Flight> flown) {
        List<Flight> flights = new ArrayList<>();
        for (PositioningLeg leg : breaches().legs()) {
            if (leg.previous() != null) {
                flights.add(leg.previous());
            }
            flights.add(leg.next());
        }
        return flights;
    }
}
