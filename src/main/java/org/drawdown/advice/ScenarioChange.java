package org.drawdown.advice;

import java.util.function.UnaryOperator;

import org.drawdown.io.ScenarioJson;

/**
 * One change to a scenario file: one field of one entry, from its old value to a new one.
 *
 * @param target what the change touches: changes with the same target differ only in how far they go
 * @param subject the entry changed, e.g. "airfield DRZA" or "clearance DZ-1"
 * @param field the field of the scenario file, e.g. "closesAt"
 * @param size how far the change goes, in the field's unit (minutes, flights, spots): changes of one field of one
 *        entry are tried smallest first
 * @param edit makes the edited scenario from the file as it was read
 */
public record ScenarioChange(String target, String subject, String field, String from, String to, long size,
        UnaryOperator<ScenarioJson> edit) {

    /** A change of one field of one entry, whose target is that field of that entry. */
    static ScenarioChange of(String subject, String field, String from, String to, long size,
            UnaryOperator<ScenarioJson> edit) {
        return new ScenarioChange(subject + " " + field, subject, field, from, to, size, edit);
    }

    /** The change as the scenario file sees it, e.g. "airfield DRZA closesAt 2024-08-05T00:00:00Z -> ...". */
    public String describe() {
        return subject + " " + field + " " + from + " -> " + to;
    }

    /** A short name for its edited scenario file, e.g. "airfield-DRZA-closesAt". */
    public String fileStem() {
        return (subject + "-" + field).replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
