package org.drawdown.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import ai.timefold.solver.core.api.score.stream.uni.UniConstraintCollector;

import org.drawdown.domain.Airfield;
import org.drawdown.domain.ParkingUse;

/**
 * Collects the parking uses of one airfield and keeps its rule 16 breach up to date. The number of aircraft on the
 * ramp only rises where a use starts, so the breach is the sum, over the start of every use, of the aircraft on the
 * ramp beyond the parking spots. Adding or removing a use only touches the uses that overlap it, so the cost of a
 * move does not grow with the number of flights.
 * <p>
 * When replanning, a start where only history flights are on the ramp is not counted: they flew already.
 */
final class ParkingCollector implements UniConstraintCollector<ParkingUse, ParkingCollector.Ramp, ParkingBreach> {

    /** One instance, so that Timefold can share the node. */
    static final ParkingCollector INSTANCE = new ParkingCollector();

    private ParkingCollector() {
    }

    @Override
    public Supplier<Ramp> supplier() {
        return Ramp::new;
    }

    @Override
    public BiFunction<Ramp, ParkingUse, Runnable> accumulator() {
        return Ramp::add;
    }

    @Override
    public Function<Ramp, ParkingBreach> finisher() {
        return Ramp::breach;
    }

    /** One airfield's ramp: its parking uses by start, each with the aircraft on the ramp when it starts. */
    static final class Ramp {

        private final TreeMap<Long, Start> starts = new TreeMap<>();
        private Airfield airfield;
        /** The longest use seen: uses covering a minute started at most this long before it. */
        private int longestUse;
        private long aircraftOverSpots;

        /** A use and the number of uses (all, and planned) that cover its first minute, itself included. */
        private static final class Start {
            final ParkingUse use;
            int covering;
            int plannedCovering;

            Start(ParkingUse use) {
                this.use = use;
            }

            boolean isPlanned() {
                return !use.flight().isHistory();
            }

            long over(int spots) {
                return plannedCovering > 0 ? Math.max(0, covering - spots) : 0;
            }
        }

        Runnable add(ParkingUse use) {
            if (airfield == null) {
                airfield = use.airfield();
            }
            if (use.fromMinute() >= use.toMinute()) {
                return () -> { };
            }
            longestUse = Math.max(longestUse, use.toMinute() - use.fromMinute());
            long key = key(use);
            Start added = new Start(use);
            // Uses that start while this one is on the ramp now see one more aircraft.
            for (Start later : starts.subMap(key(use.fromMinute()), true, key(use.toMinute()), false).values()) {
                recount(later, 1, added.isPlanned() ? 1 : 0);
            }
            // This use sees itself and every use on the ramp when it starts.
            added.covering = 1;
            added.plannedCovering = added.isPlanned() ? 1 : 0;
            for (Start earlier : starts.subMap(key(use.fromMinute() - longestUse), false, key(use.fromMinute() + 1), false)
                    .values()) {
                if (earlier.use.toMinute() > use.fromMinute()) {
                    added.covering++;
                    added.plannedCovering += earlier.isPlanned() ? 1 : 0;
                }
            }
            starts.put(key, added);
            aircraftOverSpots += added.over(airfield.getParkingSpots());
            return () -> remove(key, added);
        }

        private void remove(long key, Start removed) {
            starts.remove(key);
            aircraftOverSpots -= removed.over(airfield.getParkingSpots());
            ParkingUse use = removed.use;
            for (Start later : starts.subMap(key(use.fromMinute()), true, key(use.toMinute()), false).values()) {
                recount(later, -1, removed.isPlanned() ? -1 : 0);
            }
        }

        private void recount(Start start, int delta, int plannedDelta) {
            int spots = airfield.getParkingSpots();
            aircraftOverSpots -= start.over(spots);
            start.covering += delta;
            start.plannedCovering += plannedDelta;
            aircraftOverSpots += start.over(spots);
        }

        /** Orders uses by start minute; the flight index and end tell apart uses that start together. */
        private static long key(ParkingUse use) {
            return key(use.fromMinute()) | ((long) use.flight().getIndex() << 1)
                    | (use.airfield() == use.flight().getOrigin() ? 0 : 1);
        }

        /** The smallest key of a use starting at this minute. */
        private static long key(int minute) {
            return (long) minute << 32;
        }

        ParkingBreach breach() {
            if (aircraftOverSpots == 0) {
                return ParkingBreach.NONE;
            }
            List<ParkingUse> crowded = new ArrayList<>();
            int spots = airfield.getParkingSpots();
            for (Map.Entry<Long, Start> entry : starts.entrySet()) {
                if (entry.getValue().over(spots) > 0) {
                    crowded.add(entry.getValue().use);
                }
            }
            return new ParkingBreach(aircraftOverSpots, List.copyOf(crowded));
        }
    }
}
