package org.drawdown.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.drawdown.domain.Flight;
import org.drawdown.domain.PositioningLeg;

/**
 * An aircraft's incremental itinerary against rules 10 and 14 counted from scratch, over many flights added and
 * taken away in random order, as the search does millions of times.
 */
class ItineraryCollectorTest {

    private final Fixture world = new Fixture();

    @Test
    void incrementalBreachesEqualTheBreachesCountedFromScratch() {
        Random random = new Random(14);
        int[] breached = {0};
        for (int round = 0; round < 20; round++) {
            RandomCollectorChanges.run(ItineraryCollector.INSTANCE, random, 200, this::randomFlight,
                    (flights, breaches) -> {
                        assertEquals(fromScratch(flights), breaches);
                        breached[0] += breaches.legs().isEmpty() ? 0 : 1;
                    });
        }
        assertTrue(breached[0] > 100, "too few breaking itineraries to tell: " + breached[0]);
    }

    /** A C-17 flight of either lane within ten days, now and then one flown already. */
    private Flight randomFlight(Random random) {
        Flight flight = world.flight(random.nextBoolean() ? world.lane : world.otherLane, world.c17a,
                random.nextInt(10 * Fixture.DAY));
        flight.setHistory(random.nextInt(5) == 0);
        return flight;
    }

    /** Rules 10 and 14 read plainly: each flight by departure, and the leg into it from the one before. */
    private ItineraryBreaches fromScratch(List<Flight> flights) {
        List<Flight> ordered = flights.stream().sorted(Comparator.comparingLong(Flight::getSequenceKey)).toList();
        long minutesShort = 0;
        long withoutRoute = 0;
        long nmOver = 0;
        List<PositioningLeg> breaking = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            PositioningLeg leg = new PositioningLeg(world.c17a, i == 0 ? null : ordered.get(i - 1), ordered.get(i));
            if (leg.next().isHistory()) {
                continue;
            }
            minutesShort += leg.getMinutesShort();
            withoutRoute += leg.lacksRoute() ? 1 : 0;
            nmOver += leg.getRangeOverNm();
            if (leg.getMinutesShort() > 0 || leg.lacksRoute() || leg.getRangeOverNm() > 0) {
                breaking.add(leg);
            }
        }
        return breaking.isEmpty() ? ItineraryBreaches.NONE
                : new ItineraryBreaches(minutesShort, withoutRoute, nmOver, breaking);
    }
}
