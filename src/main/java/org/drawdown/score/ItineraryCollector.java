package org.drawdown.score;

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

        private final TreeMap<Long, Stop> stops = new TreeMap<>();
        /** The stops whose leg breaks a rule, kept as legs change: a move that breaks one is scored often. */
        private final Map<Long, Stop> breaking = new HashMap<>();
        private Aircraft aircraft;
        private long minutesShort;
        private long legsWithoutRoute;
        private long nmOverRange;

        /** A flight of the itinerary and the leg into it, once computed. */
        private static final class Stop {
            final Flight flight;
            Leg legInto;

            Stop(Flight flight) {
                this.flight = flight;
            }
        }

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
            Stop stop = new Stop(flight);
            stops.put(key, stop);
            relink(key, stop);
            Map.Entry<Long, Stop> next = stops.higherEntry(key);
            if (next != null) {
                relink(next.getKey(), next.getValue());
            }
            return () -> remove(key);
        }

        private void remove(long key) {
            forget(key, stops.remove(key));
            Map.Entry<Long, Stop> next = stops.higherEntry(key);
            if (next != null) {
                relink(next.getKey(), next.getValue());
            }
        }

        /** Recomputes the leg into the stop at this key from whatever now precedes it. */
        private void relink(long key, Stop stop) {
            forget(key, stop);
            Map.Entry<Long, Stop> previous = stops.lowerEntry(key);
            Leg computed = Leg.of(new PositioningLeg(aircraft, previous == null ? null : previous.getValue().flight,
                    stop.flight));
            stop.legInto = computed;
            minutesShort += computed.minutesShort();
            legsWithoutRoute += computed.withoutRoute() ? 1 : 0;
            nmOverRange += computed.nmOverRange();
            if (computed.breaks()) {
                breaking.put(key, stop);
            }
        }

        private void forget(long key, Stop stop) {
            Leg old = stop.legInto;
            if (old != null) {
                minutesShort -= old.minutesShort();
                legsWithoutRoute -= old.withoutRoute() ? 1 : 0;
                nmOverRange -= old.nmOverRange();
                stop.legInto = null;
                breaking.remove(key);
            }
        }

        ItineraryBreaches breaches() {
            if (minutesShort == 0 && legsWithoutRoute == 0 && nmOverRange == 0) {
                return ItineraryBreaches.NONE;
            }
            List<PositioningLeg> legs = breaking.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(entry -> entry.getValue().legInto.leg()).toList();
            return new ItineraryBreaches(minutesShort, legsWithoutRoute, nmOverRange, legs);
        }
    }
}
