package org.drawdown.score;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import ai.timefold.solver.core.api.score.stream.uni.UniConstraintCollector;

import org.drawdown.domain.Aircraft;
import org.drawdown.domain.Flight;
import org.drawdown.domain.PositioningLeg;

/**
 * Collects one aircraft's flown flights into its itinerary and keeps the rule 10 and 14 breaches of its positioning
 * legs up to date as flights come and go: adding or removing a flight only recomputes the legs into it and into the
 * flight after it, so the cost of a move does not grow with the length of the itinerary.
 * <p>
 * Flights are ordered by the sequence key they had when added: when a flight is retimed, Timefold first undoes its
 * old addition (found by that key) and then adds it again. All variables of a move are set before any undo runs,
 * so each leg is computed from final departures; a leg computed while a neighbour still sat at its old place is
 * undone when that neighbour is.
 */
final class ItineraryCollector
        implements UniConstraintCollector<Flight, ItineraryCollector.Itinerary, ItineraryBreaches> {

    /** One instance, so that the three constraints built on it share one node. */
    static final ItineraryCollector INSTANCE = new ItineraryCollector();

    private ItineraryCollector() {
    }

    @Override
    public Supplier<Itinerary> supplier() {
        return Itinerary::new;
    }

    @Override
    public BiFunction<Itinerary, Flight, Runnable> accumulator() {
        return Itinerary::add;
    }

    @Override
    public Function<Itinerary, ItineraryBreaches> finisher() {
        return Itinerary::breaches;
    }

    /** The flights of one aircraft by departure, with the breach of the leg into each. */
    static final class Itinerary {

        private final TreeMap<Long, Flight> flights = new TreeMap<>();
        private final Map<Long, Leg> legInto = new HashMap<>();
        private Aircraft aircraft;
        private long minutesShort;
        private long legsWithoutRoute;
        private long nmOverRange;

        /** A positioning leg with the breaches it adds; a leg into a history flight flew already and adds none. */
        private record Leg(PositioningLeg leg, int minutesShort, boolean withoutRoute, int nmOverRange) {

            static Leg of(PositioningLeg leg) {
                if (leg.next().isHistory()) {
                    return new Leg(leg, 0, false, 0);
                }
                return new Leg(leg, leg.getMinutesShort(), leg.lacksRoute(), leg.getRangeOverNm());
            }

            boolean breaks() {
                return minutesShort > 0 || withoutRoute || nmOverRange > 0;
            }
        }

        Runnable add(Flight flight) {
            if (aircraft == null) {
                aircraft = flight.getAircraft();
            }
            long key = flight.getSequenceKey();
            flights.put(key, flight);
            Map.Entry<Long, Flight> next = flights.higherEntry(key);
            relink(key);
            if (next != null) {
                relink(next.getKey());
            }
            return () -> remove(key);
        }

        private void remove(long key) {
            flights.remove(key);
            forget(key);
            Map.Entry<Long, Flight> next = flights.higherEntry(key);
            if (next != null) {
                relink(next.getKey());
            }
        }

        /** Recomputes the leg into the flight at this key from whatever now precedes it. */
        private void relink(long key) {
            forget(key);
            Flight next = flights.get(key);
            Map.Entry<Long, Flight> previous = flights.lowerEntry(key);
            PositioningLeg leg = previous == null
                    ? new PositioningLeg(aircraft, null, next)
                    : new PositioningLeg(aircraft, previous.getValue(), next);
            Leg computed = Leg.of(leg);
            legInto.put(key, computed);
            minutesShort += computed.minutesShort();
            legsWithoutRoute += computed.withoutRoute() ? 1 : 0;
            nmOverRange += computed.nmOverRange();
        }

        private void forget(long key) {
            Leg old = legInto.remove(key);
            if (old != null) {
                minutesShort -= old.minutesShort();
                legsWithoutRoute -= old.withoutRoute() ? 1 : 0;
                nmOverRange -= old.nmOverRange();
            }
        }

        ItineraryBreaches breaches() {
            if (minutesShort == 0 && legsWithoutRoute == 0 && nmOverRange == 0) {
                return ItineraryBreaches.NONE;
            }
            List<PositioningLeg> breaking = new ArrayList<>();
            for (Long key : flights.keySet()) {
                Leg leg = legInto.get(key);
                if (leg.breaks()) {
                    breaking.add(leg.leg());
                }
            }
            return new ItineraryBreaches(minutesShort, legsWithoutRoute, nmOverRange, List.copyOf(breaking));
        }
    }
}
