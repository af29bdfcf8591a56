package org.drawdown.score.justifications;

import java.util.Collection;
import java.util.List;

import org.drawdown.domain.Airfield;
import org.drawdown.domain.Flight;

/**
 * Rule 15: more departures from an airfield on one UTC day than it allows.
 *
 * @param departures the departures that day, history included
 */
public record DeparturesPerDayJustification(Airfield origin, int utcDay, int departures)
        implements PlanJustification {

    /** Every flown flight that departs from the airfield that day: the match counts them all. */
    @Override
    public List<Flight> flights(Collection<Flight> flown) {
        return flown.stream()
                .filter(flight -> flight.getOrigin().getCode().equals(origin.getCode())
                        && flight.getDepartureDay() == utcDay)
                .toList();
    }
}
