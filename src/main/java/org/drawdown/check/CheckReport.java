package org.drawdown.check;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What the checker found: every breach, rules 1-17 first in rule order, consistency breaches last.
 *
 * @param breaches the breaches; none means the plan is feasible and consistent
 * @param flights how many flights the plan lists
 * @param totalCostUsd the plan's total cost as its file states it (checked: with no breaches it is right)
 */
public record CheckReport(List<Breach> breaches, int flights, long totalCostUsd) {

    public boolean passed() {
        return breaches.isEmpty();
    }

    /** The rule numbers reported, one per breach, in report order ({@link Breach#CONSISTENCY} for consistency). */
    public List<Integer> rules() {
        return breaches.stream().map(Breach::rule).toList();
    }

    /** One line: PASS with the plan's size and cost, or FAIL with the number of breaches of each kind. */
    public String verdict() {
        if (passed()) {
            return String.format(Locale.ROOT, "PASS: plan is feasible and consistent (%d flight%s, total cost $%,d)",
                    flights, flights == 1 ? "" : "s", totalCostUsd);
        }
        Map<Integer, Long> counts = new TreeMap<>(Breach.RULES_FIRST);
        breaches.forEach(breach -> counts.merge(breach.rule(), 1L, Long::sum));
        String kinds = counts.entrySet().stream()
                .map(count -> Breach.category(count.getKey()) + ": " + count.getValue())
                .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "FAIL: %d breach%s (%s) in a plan of %d flight%s",
                breaches.size(), breaches.size() == 1 ? "" : "es", kinds, flights, flights == 1 ? "" : "s");
    }
}
