package org.drawdown.score;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.function.Function;

import ai.timefold.solver.core.api.score.stream.uni.UniConstraintCollector;

/**
 * Drives a collector as Timefold's engine does during a search: items added and taken away in random order (a third
 * of the changes take one away), the result read after each change. The search does this millions of times, so a
 * collector that keeps its result incrementally is checked against the rule counted from scratch after every change.
 */
final class RandomCollectorChanges {

    private RandomCollectorChanges() {
    }

    /** Runs {@code changes} changes on a fresh container and hands the items in it and its result to the check. */
    static <A, C, R> void run(UniConstraintCollector<A, C, R> collector, Random random, int changes,
            Function<Random, A> newItem, BiConsumer<List<A>, R> check) {
        C container = collector.supplier().get();
        Map<A, Runnable> added = new HashMap<>();
        for (int change = 0; change < changes; change++) {
            if (!added.isEmpty() && random.nextInt(3) == 0) {
                A leaving = new ArrayList<>(added.keySet()).get(random.nextInt(added.size()));
                added.remove(leaving).run();
            } else {
                A item = newItem.apply(random);
                added.put(item, collector.accumulator().apply(container, item));
            }
            check.accept(List.copyOf(added.keySet()), collector.finisher().apply(container));
        }
    }
}
