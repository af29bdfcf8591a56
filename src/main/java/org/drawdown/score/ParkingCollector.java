package org.drawdown.score;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
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

    /**
     * One airfield's ramp: its parking uses by the hour they start, each with the aircraft on the ramp when it starts.
     * A use holds a spot for its ground time, a few hours, so finding the uses it overlaps reads a few hours' worth.
     * Hours are an array, not a sorted map: on 20,000 loads a destination takes thousands of uses, and walking a
     * tree of them took a tenth of the search.
     */
    static final class Ramp {

        private static final int BUCKET_MINUTES = 60;
        private static final List<Start> EMPTY = List.of();

        /** Uses starting in each hour, unordered; hour {@code firstHour + i} is bucket i. */
        private List<Start>[] buckets = newBuckets(0);
        private int firstHour;
        private Airfield airfield;
        /** The longest use seen: uses covering a minute started at most this long before it. */
        private int longestUse;
        private long aircraftOverSpots;
        /** The starts with aircraft over the spots, kept as counts change: crowding moves are scored often. */
        private final Set<Start> crowded = new HashSet<>();

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

            /** Orders uses by start minute; the flight index and end tell apart uses that start together. */
            long order() {
                return ((long) use.fromMinute() << 32) | ((long) use.flight().getIndex() << 1)
                        | (use.airfield() == use.flight().getOrigin() ? 0 : 1);
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
            Start added = new Start(use);
            int planned = added.isPlanned() ? 1 : 0;
            // Uses that start while this one is on the ramp now see one more aircraft.
            forEachStart(use.fromMinute(), use.toMinute() - 1, later -> recount(later, 1, planned));
            // This use sees itself and every use on the ramp when it starts.
            added.covering = 1;
            added.plannedCovering = planned;
            forEachStart(use.fromMinute() - longestUse, use.fromMinute(), earlier -> {
                if (earlier.use.toMinute() > use.fromMinute()) {
                    added.covering++;
                    added.plannedCovering += earlier.isPlanned() ? 1 : 0;
                }
            });
            bucketOf(use.fromMinute()).add(added);
            count(added);
            return () -> remove(added);
        }

        private void remove(Start removed) {
            bucketOf(removed.use.fromMinute()).remove(removed);
            uncount(removed);
            int planned = removed.isPlanned() ? -1 : 0;
            forEachStart(removed.use.fromMinute(), removed.use.toMinute() - 1, later -> recount(later, -1, planned));
        }

        private void recount(Start start, int delta, int plannedDelta) {
            uncount(start);
            start.covering += delta;
            start.plannedCovering += plannedDelta;
            count(start);
        }

        /** Adds what a start has over the spots to the ramp's breach. */
        private void count(Start start) {
            long over = start.over(airfield.getParkingSpots());
            if (over > 0) {
                aircraftOverSpots += over;
                crowded.add(start);
            }
        }

        private void uncount(Start start) {
            long over = start.over(airfield.getParkingSpots());
            if (over > 0) {
                aircraftOverSpots -= over;
                crowded.remove(start);
            }
        }

        /** Every use that starts from {@code firstMinute} to {@code lastMinute}, both included. */
        private void forEachStart(int firstMinute, int lastMinute, Consumer<Start> action) {
            int from = Math.max(hourOf(firstMinute) - firstHour, 0);
            int to = Math.min(hourOf(lastMinute) - firstHour, buckets.length - 1);
            for (int i = from; i <= to; i++) {
                List<Start> bucket = buckets[i];
                for (int j = 0; j < bucket.size(); j++) {
                    Start start = bucket.get(j);
                    int minute = start.use.fromMinute();
                    if (minute >= firstMinute && minute <= lastMinute) {
                        action.accept(start);
                    }
                }
            }
        }

        /** The bucket of a start minute, growing the array when the minute falls outside it. */
        private List<Start> bucketOf(int minute) {
            int hour = hourOf(minute);
            if (buckets.length == 0) {
                firstHour = hour;
            }
            if (hour < firstHour || hour >= firstHour + buckets.length) {
                int first = Math.min(firstHour, hour);
                int last = Math.max(firstHour + buckets.length - 1, hour);
                // Twice the span needed, so that a ramp filled out of order grows a few times only.
                int length = 2 * (last - first + 1);
                int newFirst = hour < firstHour ? last + 1 - length : first;
                List<Start>[] grown = newBuckets(length);
                System.arraycopy(buckets, 0, grown, firstHour - newFirst, buckets.length);
                buckets = grown;
                firstHour = newFirst;
            }
            List<Start> bucket = buckets[hour - firstHour];
            if (bucket == EMPTY) {
                bucket = new ArrayList<>(4);
                buckets[hour - firstHour] = bucket;
            }
            return bucket;
        }

        private static int hourOf(int minute) {
            return Math.floorDiv(minute, BUCKET_MINUTES);
        }

        @SuppressWarnings("unchecked")
        private static List<Start>[] newBuckets(int length) {
            List<Start>[] buckets = new List[length];
            Arrays.fill(buckets, EMPTY);
            return buckets;
        }

        ParkingBreach breach() {
            if (aircraftOverSpots == 0) {
                return ParkingBreach.NONE;
            }
            return new ParkingBreach(aircraftOverSpots, crowded.stream().sorted(Comparator.comparingLong(Start::order))
                    .map(start -> start.use).toList());
        }
    }
}
