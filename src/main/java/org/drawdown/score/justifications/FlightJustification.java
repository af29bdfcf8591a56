package org.drawdown.score.justifications;

import java.util.Collection;
import java.util.List;

import org.drawdown.domain.Flight;

/** A match about one flight: what it carries or how it is flown breaks a rule, or what it costs. */
public interface FlightJustification extends PlanJustification {

    Flight flight();

    @Override
    default List<Flight> flights(Collection<Flight> flown) {
        return List.of(flight());
    }
}
