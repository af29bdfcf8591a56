package org.drawdown.check;

import java.util.Comparator;

/**
 * One thing wrong with a plan: a broken rule of the contract (1-17), or a file that disagrees with itself or with its
 * scenario ({@link #CONSISTENCY}: id accounting, figures, references, slot grid, score).
 *
 * @param rule the rule number, or {@link #CONSISTENCY}
 * @param subject what the breach is about: a flight, load, aircraft, clearance or airfield id, or a plan field
 * @param message what is wrong, in words
 * @param expected what the scenario and the contract call for
 * @param found what the plan has
 */
public record Breach(int rule, String subject, String message, String expected, String found) {

    /** The "rule" of breaches that are about the file's own consistency rather than a rule of the contract. */
    public static final int CONSISTENCY = 0;

    /** Rules in the contract's order, consistency last: the rules are what a planner reads first. */
    public static final Comparator<Integer> RULES_FIRST =
            Comparator.comparingInt(rule -> rule == CONSISTENCY ? Integer.MAX_VALUE : rule);

    public static String category(int rule) {
        return rule == CONSISTENCY ? "consistency" : "rule " + rule;
    }

    /** One line for the terminal: category, subject, what is wrong, expected and found. */
    public String line() {
        return String.format("%-11s  %s: %s; expected %s, found %s", category(rule), subject, message, expected,
                found);
    }
}
