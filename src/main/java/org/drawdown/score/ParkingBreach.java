package org.drawdown.score;

import java.util.List;
import java.util.stream.Collectors;

import org.drawdown.domain.ParkingUse;

/** Rule 16 at one airfield: aircraft over the parking spots, summed over the starts of the uses that crowd it. */
public record ParkingBreach(long aircraftOverSpots, List<ParkingUse> crowdedUses) {

    static final ParkingBreach NONE = new ParkingBreach(0, List.of());

    @Override
    public String toString() {
        return crowdedUses.stream()
                .map(use -> "flight " + use.flight().getId() + " from minute " + use.fromMinute())
                .collect(Collectors.joining("; "));
    }
}
