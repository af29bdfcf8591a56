package org.drawdown.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import org.drawdown.domain.Airfield;
import org.drawdown.domain.DrawdownPlan;
import org.drawdown.domain.PlanningWindow;

/**
 * The figures a planner checks first, as text for the terminal: flights per type, what each airfield got out,
 * what stays behind, how close the last departures cut it, the cost and every broken rule.
 */
public final class PlanSummary {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private PlanSummary() {
    }

    public static String format(DrawdownPlan plan, ScoreAnalysis<HardMediumSoftLongScore> analysis) {
        PlanFigures figures = PlanFigures.of(plan, analysis);
        StringBuilder out = new StringBuilder();
        out.append(plan.getName()).append(": ").append(figures.feasible() ? "feasible plan" : "INFEASIBLE plan")
                .append(", score ").append(figures.score()).append('\n');
        appendFlights(out, figures);
        appendMoved(out, figures);
        appendLeftBehind(out, figures);
        appendLastDepartures(out, plan.getWindow(), figures);
        appendCost(out, figures);
        appendBrokenRules(out, plan, analysis);
        return out.toString();
    }

    private static void appendFlights(StringBuilder out, PlanFigures figures) {
        List<String> parts = new ArrayList<>();
        new TreeMap<>(figures.flightsByType()).forEach((type, count) -> parts.add(type + " " + count));
        line(out, "Flights", figures.flights() + " in all" + (parts.isEmpty() ? "" : ": " + String.join(", ", parts)));
    }

    private static void appendMoved(StringBuilder out, PlanFigures figures) {
        String label = "Moved";
        for (PlanFigures.OriginFigures origin : figures.origins()) {
            line(out, label, String.format(Locale.ROOT, "%-5s %,6d of %,d people, %,10.1f of %,.1f t of cargo",
                    origin.airfield().getCode(), origin.peopleMoved(), origin.people(),
                    origin.cargoKgMoved() / 1000.0, origin.cargoKg() / 1000.0));
            label = "";
        }
    }

    private static void appendLeftBehind(StringBuilder out, PlanFigures figures) {
        line(out, "Left behind", String.format(Locale.ROOT, "%s worth $%,d",
                Wording.count(figures.leftBehindItems(), "optional item", "optional items"),
                figures.leftBehindValueUsd()));
        if (figures.mandatoryItemsNotMoved() > 0 || figures.peopleNotMoved() > 0) {
            line(out, "NOT MOVED", String.format(Locale.ROOT, "%s and %s",
                    Wording.count(figures.mandatoryItemsNotMoved(), "mandatory item", "mandatory items"),
                    Wording.count(figures.peopleNotMoved(), "person", "people")));
        }
    }

    private static void appendLastDepartures(StringBuilder out, PlanningWindow window, PlanFigures figures) {
        String label = "Last departure";
        for (PlanFigures.OriginFigures origin : figures.origins()) {
            Airfield airfield = origin.airfield();
            Integer minute = origin.lastDepartureMinute();
            String when = minute == null ? "none" : TIME.format(window.instantOf(minute));
            String limit;
            if (airfield.closes()) {
                limit = "closes " + TIME.format(window.instantOf(airfield.getClosesAtMinute()))
                        + (minute == null ? "" : ", " + margin(airfield.getClosesAtMinute() - minute));
            } else {
                limit = "deadline " + TIME.format(window.instantOf(window.deadlineMinute()))
                        + (minute == null ? "" : ", " + margin(window.deadlineMinute() - minute));
            }
            line(out, label, String.format(Locale.ROOT, "%-5s %s (%s)", airfield.getCode(), when, limit));
            label = "";
        }
        line(out, "", "deadline " + TIME.format(window.instantOf(window.deadlineMinute())));
    }

    private static String margin(int minutes) {
        if (minutes < 0) {
            return duration(-minutes) + " late";
        }
        return duration(minutes) + " to spare";
    }

    static String duration(int minutes) {
        int days = minutes / 1440;
        int hours = minutes % 1440 / 60;
        int rest = minutes % 60;
        return (days > 0 ? days + "d " : "") + hours + "h" + (rest > 0 ? " " + rest + "m" : "");
    }

    private static void appendCost(StringBuilder out, PlanFigures figures) {
        List<String> parts = new ArrayList<>();
        for (PlanFigures.CostTerm term : figures.costs()) {
            parts.add(String.format(Locale.ROOT, "%s $%,d", term.constraint().id().toLowerCase(Locale.ROOT),
                    term.usd()));
        }
        line(out, "Total cost", String.format(Locale.ROOT, "$%,d = %s", figures.totalCostUsd(),
                String.join(" + ", parts)));
    }

    private static void appendBrokenRules(StringBuilder out, DrawdownPlan plan,
            ScoreAnalysis<HardMediumSoftLongScore> analysis) {
        List<ScoreExplanation.ConstraintTotal> broken =
                ScoreExplanation.broken(ScoreExplanation.of(plan.manifests(), analysis, 0));
        if (broken.isEmpty()) {
            line(out, "Broken rules", "none");
        }
        String label = "Broken rules";
        for (ScoreExplanation.ConstraintTotal rule : broken) {
            line(out, label, String.format(Locale.ROOT, "rule %d %s: %s, %s", rule.constraint().rule(),
                    rule.constraint().id(), Wording.count(rule.matchCount(), "match", "matches"),
                    rule.constraint().amount(rule.amount())));
            label = "";
        }
    }

    private static void line(StringBuilder out, String label, String text) {
        out.append(String.format(Locale.ROOT, "  %-15s %s%n", label, text));
    }

    /** UTC time as the summaries print it. */
    public static String time(Instant instant) {
        return TIME.format(instant);
    }
}
