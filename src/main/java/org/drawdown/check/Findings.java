package org.drawdown.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;

/** The breaches found so far, collected by the consistency checks and the rules alike. */
final class Findings {

    private final List<Breach> breaches = new ArrayList<>();

    void add(int rule, String subject, String message, Object expected, Object found) {
        breaches.add(new Breach(rule, subject, message, String.valueOf(expected), String.valueOf(found)));
    }

    boolean anyOf(IntPredicate rule) {
        return breaches.stream().anyMatch(breach -> rule.test(breach.rule()));
    }

    /** Rules in the contract's order, consistency last; within each, in the order found. */
    List<Breach> inReportOrder() {
        List<Breach> ordered = new ArrayList<>(breaches);
        ordered.sort(Comparator.comparing(Breach::rule, Breach.RULES_FIRST));
        return List.copyOf(ordered);
    }
}
