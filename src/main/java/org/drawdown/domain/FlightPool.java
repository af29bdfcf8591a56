package org.drawdown.domain;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;

import ai.timefold.solver.core.impl.domain.valuerange.AbstractCountableValueRange;

/**
 * The flights a load may take, as its value range: its lane's pool, or just where a pinned load is. One object per
 * lane, with identity for equality: Timefold hashes and compares the value range of every entity when it sets up a
 * plan, to share equal ones, and a list of flights does that element by element, which on 100,000 loads with pools
 * of thousands of flights took seconds at the start of every solve and analysis.
 * <p>
 * It extends Timefold's internal base class of countable ranges because Timefold casts to it where a planning
 * variable allows unassigned values; the public interface alone is refused at run time.
 */
public final class FlightPool extends AbstractCountableValueRange<Flight> {

    private final List<Flight> flights;
    /** For {@link #contains}, made again when the pool has grown. */
    private Set<Flight> members = Set.of();

    /** A view of the given list, which may grow. */
    public FlightPool(List<Flight> flights) {
        this.flights = flights;
    }

    @Override
    public long getSize() {
        return flights.size();
    }

    @Override
    public Flight get(long index) {
        return flights.get(Math.toIntExact(index));
    }

    @Override
    public Iterator<Flight> createOriginalIterator() {
        return Collections.unmodifiableList(flights).iterator();
    }

    @Override
    public Iterator<Flight> createRandomIterator(Random random) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !flights.isEmpty();
            }

            @Override
            public Flight next() {
                return flights.get(random.nextInt(flights.size()));
            }
        };
    }

    @Override
    public boolean contains(Flight flight) {
        if (members.size() != flights.size()) {
            Set<Flight> all = Collections.newSetFromMap(new IdentityHashMap<>(flights.size()));
            all.addAll(flights);
            members = all;
        }
        return members.contains(flight);
    }
}
