package org.drawdown.solver;

import java.util.TreeMap;
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
        /** Ready minutes with how many loads have each: the latest is the last key. */
        private final TreeMap<Integer, Integer> readyMinutes = new TreeMap<>();

        Runnable add(Load load) {
            // Loads are facts apart from their flight, so their figures are the same when the undo runs.
            int sign = 1;
            apply(load, sign);
            return () -> apply(load, -sign);
        }

        private void apply(Load load, int sign) {
            weightKg += sign * load.getWeightKg();
            cargoPalletPositions += sign * load.getPalletPositions();
            passengers += sign * load.getPassengers();
            cargoItems += load instanceof CargoItem ? sign : 0;
            outsizeItems += load.isOutsize() ? sign : 0;
            readyMinutes.merge(load.getReadyMinute(), sign, (count, change) -> count + change == 0 ? null
                    : count + change);
        }

        LoadTotals totals() {
            return new LoadTotals(weightKg, cargoPalletPositions, passengers, cargoItems, outsizeItems,
                    readyMinutes.isEmpty() ? Integer.MIN_VALUE : readyMinutes.lastKey());
        }
    }
}
