package org.drawdown.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import org.drawdown.domain.Aircraft;
import org.drawdown.domain.DrawdownPlan;
import org.drawdown.domain.Flight;
import org.drawdown.domain.PositioningLeg;

/**
 * Each aircraft's flown flights in departure order, kept by {@link LoadIndex}'s listeners as a flight gets its first
 * load or loses its last, and as it changes aircraft or departure. The move factories ask it whether a flight keeps
 * rules 10 and 14 in a new place ({@link #fits}) before they draw the move. Asked by walking the aircraft's pool of
 * flights instead, a few hundred on gen-l, the question took a fifth of the search.
 * <p>
 * Each flight is taken out from where it was put, not from where its variables now say: one move may change a
 * flight's aircraft, its departure and its loads, and the listeners may hear of some of it only once all is done.
 */
final class FlownItineraries {

    private static final long NOWHERE = Long.MIN_VALUE;

    /** By aircraft index. */
    private final List<Itinerary> byAircraft;
    /** By flight index: the key and aircraft index it was put at, the key {@link #NOWHERE} when it was not. */
    private final long[] keys;
    private final int[] aircraft;

    FlownItineraries(DrawdownPlan plan, Predicate<Flight> flown) {
        byAircraft = new ArrayList<>(plan.getAircraft().size());
        plan.getAircraft().forEach(each -> byAircraft.add(new Itinerary()));
        int flights = plan.getFlights().stream().mapToInt(Flight::getIndex).max().orElse(-1) + 1;
        keys = new long[flights];
        aircraft = new int[flights];
        Arrays.fill(keys, NOWHERE);
        plan.getFlights().stream().filter(flown).forEach(this::put);
    }

    /** Puts the flight at its aircraft and departure now, taking it out of where it was first. */
    void put(Flight flight) {
        remove(flight);
        long key = flight.getSequenceKey();
        int index = flight.getAircraft().getIndex();
        byAircraft.get(index).add(key, flight);
        keys[flight.getIndex()] = key;
        aircraft[flight.getIndex()] = index;
    }

    /** Takes the flight out of where it was put, if it was. */
    void remove(Flight flight) {
        long key = keys[flight.getIndex()];
        if (key != NOWHERE) {
            byAircraft.get(aircraft[flight.getIndex()]).remove(key);
            keys[flight.getIndex()] = NOWHERE;
        }
    }

    /** The aircraft's flown flights in departure order. */
    List<Flight> flightsOf(Aircraft flownBy) {
        Itinerary itinerary = byAircraft.get(flownBy.getIndex());
        return List.of(Arrays.copyOf(itinerary.flights, itinerary.size));
    }

    /**
     * Whether the flight keeps rules 10 and 14 flown by the aircraft from the minute, between the aircraft's flown
     * flights but itself and {@code leaving} ({@link PositioningLeg#fitsBetween}).
     */
    boolean fits(Flight flight, Aircraft flownBy, int departureMinute, Flight leaving) {
        Itinerary itinerary = byAircraft.get(flownBy.getIndex());
        int after = itinerary.firstAfter(flight.sequenceKey(departureMinute));
        int before = after - 1;
        while (before >= 0 && (itinerary.flights[before] == flight || itinerary.flights[before] == leaving)) {
            before--;
        }
        while (after < itinerary.size && (itinerary.flights[after] == flight || itinerary.flights[after] == leaving)) {
            after++;
        }
        return PositioningLeg.fitsBetween(flownBy, before < 0 ? null : itinerary.flights[before], flight.getLane(),
                departureMinute, after < itinerary.size ? itinerary.flights[after] : null);
    }

    /**
     * One aircraft's flown flights by sequence key, in two sorted arrays: a few dozen flights at most, which a
     * tree of boxed keys kept more slowly as every retiming and its undoing moved them.
     */
    private static final class Itinerary {

        long[] keys = new long[8];
        Flight[] flights = new Flight[8];
        int size;

        void add(long key, Flight flight) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, 2 * size);
                flights = Arrays.copyOf(flights, 2 * size);
            }
            int at = firstAfter(key);
            System.arraycopy(keys, at, keys, at + 1, size - at);
            System.arraycopy(flights, at, flights, at + 1, size - at);
            keys[at] = key;
            flights[at] = flight;
            size++;
        }

        void remove(long key) {
            int at = Arrays.binarySearch(keys, 0, size, key);
            System.arraycopy(keys, at + 1, keys, at, size - at - 1);
            System.arraycopy(flights, at + 1, flights, at, size - at - 1);
            size--;
            flights[size] = null;
        }

        /** The position of the first flight with a greater key; keys are unique (they hold the flight's index). */
        int firstAfter(long key) {
            int at = Arrays.binarySearch(keys, 0, size, key);
            return at >= 0 ? at + 1 : -at - 1;
        }
    }
}
