package org.drawdown.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import org.drawdown.domain.Airfield;
import org.drawdown.domain.CargoItem;
import org.drawdown.domain.DrawdownPlan;
import org.drawdown.domain.Flight;
import org.drawdown.domain.PersonnelGroup;
import org.drawdown.domain.PlanningWindow;
import org.drawdown.solver.PlanConstraint;

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
        HardMediumSoftLongScore score = plan.getScore();
        boolean feasible = score.hardScore() >= 0 && score.mediumScore() >= 0;
        List<Flight> flown = List.copyOf(plan.manifests().keySet());
        StringBuilder out = new StringBuilder();
        out.append(plan.getName()).append(": ").append(feasible ? "feasible plan" : "INFEASIBLE plan")
                .append(", score ").append(score).append('\n');
        appendFlights(out, flown);
        appendMoved(out, plan);
        appendLeftBehind(out, plan);
        appendLastDepartures(out, plan, flown);
        appendCost(out, score, analysis);
        appendBrokenRules(out, analysis);
        return out.toString();
    }

    private static void appendFlights(StringBuilder out, List<Flight> flown) {
        Map<String, Integer> byType = new TreeMap<>();
        flown.forEach(flight -> byType.merge(flight.getType().getCode(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        byType.forEach((type, count) -> parts.add(type + " " + count));
        line(out, "Flights", flown.size() + " in all" + (parts.isEmpty() ? "" : ": " + String.join(", ", parts)));
    }

    private static void appendMoved(StringBuilder out, DrawdownPlan plan) {
        Map<Airfield, long[]> byOrigin = new LinkedHashMap<>();
        // [people moved, people, cargo kg moved, cargo kg]
        for (PersonnelGroup group : plan.getPersonnel()) {
            long[] figures = byOrigin.computeIfAbsent(group.getLane().getOrigin(), a -> new long[4]);
            figures[0] += group.getFlight() == null ? 0 : group.getCount();
            figures[1] += group.getCount();
        }
        for (CargoItem item : plan.getCargo()) {
            long[] figures = byOrigin.computeIfAbsent(item.getLane().getOrigin(), a -> new long[4]);
            figures[2] += item.getFlight() == null ? 0 : item.getWeightKg();
            figures[3] += item.getWeightKg();
        }
        String label = "Moved";
        for (Map.Entry<Airfield, long[]> entry : byOrigin.entrySet()) {
            long[] f = entry.getValue();
            line(out, label, String.format(Locale.ROOT, "%-5s %,6d of %,d people, %,10.1f of %,.1f t of cargo",
                    entry.getKey().getCode(), f[0], f[1], f[2] / 1000.0, f[3] / 1000.0));
            label = "";
        }
    }

    private static void appendLeftBehind(StringBuilder out, DrawdownPlan plan) {
        long items = 0;
        long value = 0;
        long mandatory = 0;
        for (CargoItem item : plan.getCargo()) {
            if (item.getFlight() == null) {
                if (item.isMandatory()) {
                    mandatory++;
                } else {
                    items++;
                    value += item.getValueUsd();
                }
            }
        }
        long people = plan.getPersonnel().stream().filter(group -> group.getFlight() == null)
                .mapToLong(PersonnelGroup::getCount).sum();
        line(out, "Left behind", String.format(Locale.ROOT, "%,d optional items worth $%,d", items, value));
        if (mandatory > 0 || people > 0) {
            line(out, "NOT MOVED", String.format(Locale.ROOT, "%,d mandatory items and %,d people", mandatory,
                    people));
        }
    }

    private static void appendLastDepartures(StringBuilder out, DrawdownPlan plan, List<Flight> flown) {
        PlanningWindow window = plan.getWindow();
        Map<Airfield, Integer> last = new LinkedHashMap<>();
        plan.getLanes().forEach(lane -> last.putIfAbsent(lane.getOrigin(), null));
        for (Flight flight : flown) {
            last.merge(flight.getOrigin(), flight.getDepartureMinute(), Math::max);
        }
        String label = "Last departure";
        for (Map.Entry<Airfield, Integer> entry : last.entrySet()) {
            Airfield airfield = entry.getKey();
            Integer minute = entry.getValue();
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

    private static void appendCost(StringBuilder out, HardMediumSoftLongScore score,
            ScoreAnalysis<HardMediumSoftLongScore> analysis) {
        List<String> parts = new ArrayList<>();
        for (PlanConstraint constraint : PlanConstraint.values()) {
            if (!constraint.isRule()) {
                long usd = -softOf(analysis, constraint);
                if (usd != 0 || constraint == PlanConstraint.FLYING_COST) {
                    parts.add(String.format(Locale.ROOT, "%s $%,d", constraint.id().toLowerCase(Locale.ROOT), usd));
                }
            }
        }
        line(out, "Total cost", String.format(Locale.ROOT, "$%,d = %s", -score.softScore(),
                String.join(" + ", parts)));
    }

    private static void appendBrokenRules(StringBuilder out, ScoreAnalysis<HardMediumSoftLongScore> analysis) {
        List<String> broken = new ArrayList<>();
        for (PlanConstraint constraint : PlanConstraint.values()) {
            ConstraintAnalysis<HardMediumSoftLongScore> result = analysis.getConstraintAnalysis(constraint.id());
            if (constraint.isRule() && result != null && !result.score().isZero()) {
                HardMediumSoftLongScore s = result.score();
                long amount = -(s.hardScore() + s.mediumScore());
                broken.add(String.format(Locale.ROOT, "rule %d %s: %,d matches, %,d %s", constraint.rule(),
                        constraint.id(), result.matchCount(), amount, constraint.unit()));
            }
        }
        if (broken.isEmpty()) {
            line(out, "Broken rules", "none");
        } else {
            String label = "Broken rules";
            for (String rule : broken) {
                line(out, label, rule);
                label = "";
            }
        }
    }

    static long softOf(ScoreAnalysis<HardMediumSoftLongScore> analysis, PlanConstraint constraint) {
        ConstraintAnalysis<HardMediumSoftLongScore> result = analysis.getConstraintAnalysis(constraint.id());
        return result == null ? 0 : result.score().softScore();
    }

    private static void line(StringBuilder out, String label, String text) {
        out.append(String.format(Locale.ROOT, "  %-15s %s%n", label, text));
    }

    /** UTC time as the summaries print it. */
    public static String time(Instant instant) {
        return TIME.format(instant);
    }
}
