package org.drawdown.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.drawdown.domain.Flight;
import org.drawdown.domain.ParkingUse;

/**
 * The ramp's incremental count against rule 16 counted from scratch, over many uses added and taken away in random
 * order: the search adds and removes uses millions of times, so any drift would show as a wrong hard score.
 */
class ParkingCollectorTest {

    private final Fixture world = new Fixture();

    @Test
    void incrementalBreachEqualsTheBreachCountedFromScratch() {
        Random random = new Random(16);
        int spots = world.origin.getParkingSpots();
        for (int round = 0; round < 20; round++) {
            RandomCollectorChanges.run(ParkingCollector.INSTANCE, random, 400, this::randomUse,
                    (uses, breach) -> assertEquals(fromScratch(uses, spots), breach));
        }
    }

    /** Uses over four days around the start of the window, a few hours each, some empty, some by history flights. */
    private ParkingUse randomUse(Random random) {
        Flight flight = world.flight(world.c17a, 0);
        flight.setHistory(random.nextInt(5) == 0);
        int from = random.nextInt(4 * Fixture.DAY) - Fixture.DAY;
        int length = random.nextInt(10) == 0 ? 0 : 30 + random.nextInt(6 * 60);
        return new ParkingUse(world.origin, from, from + length, flight);
    }

    /** Rule 16 read plainly: at each start, the aircraft on the ramp beyond the spots, if one of them is planned. */
    private static ParkingBreach fromScratch(List<ParkingUse> uses, int spots) {
        long over = 0;
        List<ParkingUse> crowded = new ArrayList<>();
        for (ParkingUse start : uses) {
            if (start.fromMinute() >= start.toMinute()) {
                continue;
            }
            List<ParkingUse> onRamp = uses.stream().filter(use -> use.covers(start.fromMinute())).toList();
            boolean planned = onRamp.stream().anyMatch(use -> !use.flight().isHistory());
            if (planned && onRamp.size() > spots) {
                over += onRamp.size() - spots;
                crowded.add(start);
            }
        }
        crowded.sort(Comparator.comparingInt(ParkingUse::fromMinute)
                .thenComparingInt(use -> use.flight().getIndex()));
        return over == 0 ? ParkingBreach.NONE : new ParkingBreach(over, crowded);
    }
}
