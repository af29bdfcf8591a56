package org.drawdown.score.justifications;

import java.util.List;

import org.drawdown.domain.Flight;
import org.drawdown.domain.Load;
import org.drawdown.domain.PersonnelGroup;

/** Cost: a personnel group waiting from when it is ready until its flight departs. */
public record PersonnelWaitingJustification(PersonnelGroup group, Flight flight, long usd)
        implements FlightJustification {

    @Override
    public List<Load> loads() {
        return List.of(group);
    }
}
