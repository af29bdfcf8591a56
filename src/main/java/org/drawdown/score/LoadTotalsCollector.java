package org.drawdown.score;

import java.util.Arrays;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import ai.timefold.solver.core.api.score.stream.uni.UniConstraintCollector;

import org.drawdown.domain.CargoItem;
import org.drawdown.domain.Load;
import org.drawdown.domain.LoadTotals;

/**
 * Adds up the loads of one flight into {@link LoadTotals}, so that the flight-dependent load rules are checked once
 * per flight, not once per load, when a flight is retimed or changes aircraft.
 */
final class LoadTotalsCollector implements UniConstraintCollector<Load, LoadTotalsCollector.Sums, LoadTotals> {

    /** One instance, so that the constraints built on it share one node. */
    static final LoadTotalsCollector INSTANCE = new LoadTotalsCollector();

    private LoadTotalsCollector() {
    }

    @Override
    public Supplier<Sums> supplier() {
        return Sums::new;
    }

    @Override
    public BiFunction<Sums, Load, Runnable> accumulator() {
        return Sums::add;
    }

    @Override
    public Function<Sums, LoadTotals> finisher() {
        return Sums::totals;
    }

    static final class Sums {

        private int weightKg;
        private int cargoPalletPositions;
        private int passengers;
        private int cargoItems;
        private int outsizeItems;
        /**
         * The loads' ready minutes, sorted, repeats kept: the latest is the last. A flight carries tens of loads, so
         * an array shifted on each change is cheaper than a tree of boxed counts, which took a fifth of the search.
         */
        private int[] readyMinutes = new int[8];
        private int loads;

        Runnable add(Load load) {
            // Loads are facts apart from their flight, so their figures are the same when the undo runs.
            apply(load, 1);
            addReady(load.getReadyMinute());
            return () -> {
                apply(load, -1);
                removeReady(load.getReadyMinute());
            };
        }

        private void apply(Load load, int sign) {
            weightKg += sign * load.getWeightKg();
            cargoPalletPositions += sign * load.getPalletPositions();
            passengers += sign * load.getPassengers();
            cargoItems += load instanceof CargoItem ? sign : 0;
            outsizeItems += load.isOutsize() ? sign : 0;
        }

        private void addReady(int minute) {
            if (loads == readyMinutes.length) {
                readyMinutes = Arrays.copyOf(readyMinutes, 2 * loads);
            }
            int at = Arrays.binarySearch(readyMinutes, 0, loads, minute);
            at = at < 0 ? -at - 1 : at;
            System.arraycopy(readyMinutes, at, readyMinutes, at + 1, loads - at);
            readyMinutes[at] = minute;
            loads++;
        }

        private void removeReady(int minute) {
            int at = Arrays.binarySearch(readyMinutes, 0, loads, minute);
            System.arraycopy(readyMinutes, at + 1, readyMinutes, at, loads - at - 1);
            loads--;
        }

        LoadTotals totals() {
            return new LoadTotals(weightKg, cargoPalletPositions, passengers, cargoItems, outsizeItems,
                    loads == 0 ? Integer.MIN_VALUE : readyMinutes[loads - 1]);
        }
    }
}
