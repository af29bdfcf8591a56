package org.drawdown.score.justifications;

import java.util.Collection;
import java.util.List;

import org.drawdown.domain.Clearance;
import org.drawdown.domain.Flight;

/**
 * Rule 8: more flights under a clearance on one UTC day than it allows.
 *
 * @param flightCount the flights under the clearance that day, history included
 */
public record ClearanceDailyCapJustification(Clearance clearance, int utcDay, int flightCount)
        implements PlanJustification {

    /** Every flown flight that uses the clearance that day: the match counts them all. */
    @Override
    public List<Flight> flights(Collection<Flight> flown) {
        return flown.stream()
                .filter(flight -> flight.getClearanceUses().stream()
                        .anyMatch(use -> use.clearance().getId().equals(clearance.getId()) && use.utcDay() == utcDay))
                .toList();
    }
}
