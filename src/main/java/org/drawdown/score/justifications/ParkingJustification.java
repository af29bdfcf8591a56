package org.drawdown.score.justifications;

import java.util.Collection;
import java.util.List;

import org.drawdown.domain.Airfield;
import org.drawdown.domain.Flight;
import org.drawdown.domain.ParkingUse;
import org.drawdown.score.ParkingBreach;

/** Rule 16: more aircraft on an airfield's ramp than it has parking spots, at the starts of the crowding uses. */
public record ParkingJustification(Airfield airfield, ParkingBreach breach) implements PlanJustification {

    /** The flights whose aircraft crowd the ramp. */
    @Override
    public List<Flight> flights(Collection<Flight> flown) {
        return breach.crowdedUses().stream().map(ParkingUse::flight).toList();
    }
}
