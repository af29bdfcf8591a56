package org.drawdown.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import org.drawdown.domain.Load;
import org.drawdown.domain.PlanningWindow;
import org.drawdown.io.PlanChanges;
import org.drawdown.io.PlanJson.FlightJson;
import org.drawdown.score.PlanConstraint;

/**
 * An older plan of the same scenario beside the current one (after replanning, the plan in force and its
 * replacement): their figures side by side, and what changed from the one to the other as {@link PlanChanges}
 * defines it, so that the page counts what {@code replan} printed. When the scenario charges for changes, the
 * current plan's total adds the change cost of its moved loads, as a replanned plan's file does.
 */
public record PlanComparison(String before, String after, List<Figure> figures, int flightsKept,
        List<FlightChange> flightsCancelled, List<FlightChange> flightsAdded, List<ChangedFlight> flightsChanged,
        int flightsRetimed, int flightsRetailed, List<LoadChange> loadsMoved, int loadsNewlyLeftBehind) {

    /** One figure of both plans, and how it changed ("" when it did not); a detail breaks down the one above. */
    public record Figure(String label, String before, String after, String change, boolean detail) {
    }

    /** A flight only one plan flies, and its loads. */
    public record FlightChange(String flight, String loads) {
    }

    /** A flight of the older plan retimed or given another aircraft: both flights, and what changed. */
    public record ChangedFlight(String before, String after, String change) {
    }

    /** A moved load, with where it flew in each plan ("left behind", "not moved" when nowhere). */
    public record LoadChange(String load, String before, String after) {
    }

    public static PlanComparison of(AnalyzedPlan before, AnalyzedPlan after) {
        PlanFigures old = PlanFigures.of(before.plan(), before.analysis());
        PlanFigures now = PlanFigures.of(after.plan(), after.analysis());
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("Feasible", old.feasible() ? "yes" : "no", now.feasible() ? "yes" : "no", "", false));
        figures.add(new Figure("Score", old.score().toString(), now.score().toString(), "", false));
        PlanChanges changes = PlanChanges.between(before.file(), after.file());
        long changeCostUsd = changeCostPerLoad(after);
        long droppedUsd = changes.newlyLeftBehind().size() * changeCostUsd;
        long changedUsd = changes.loadsMoved().size() * changeCostUsd - droppedUsd;
        figures.add(money("Total cost", old.totalCostUsd(), now.totalCostUsd() + changedUsd + droppedUsd, false));
        Set<PlanConstraint> terms = new LinkedHashSet<>();
        old.costs().forEach(term -> terms.add(term.constraint()));
        now.costs().forEach(term -> terms.add(term.constraint()));
        for (PlanConstraint term : PlanConstraint.values()) {
            if (terms.contains(term)) {
                figures.add(money(term.id(), costOf(old, term), costOf(now, term), true));
            }
        }
        if (changedUsd > 0) {
            figures.add(money(PlanConstraint.PLAN_CHANGE.id(), 0, changedUsd, true));
        }
        if (droppedUsd > 0) {
            figures.add(money(PlanConstraint.DROPPED_FROM_PLAN.id(), 0, droppedUsd, true));
        }
        figures.add(number("Flights", old.flights(), now.flights(), false));
        Set<String> types = new LinkedHashSet<>(old.flightsByType().keySet());
        types.addAll(now.flightsByType().keySet());
        for (String type : types) {
            figures.add(number(type, old.flightsByType().getOrDefault(type, 0),
                    now.flightsByType().getOrDefault(type, 0), true));
        }
        PlanningWindow window = after.plan().getWindow();
        for (PlanFigures.OriginFigures origin : now.origins()) {
            String code = origin.airfield().getCode();
            PlanFigures.OriginFigures was = old.origins().stream()
                    .filter(candidate -> candidate.airfield().getCode().equals(code)).findFirst().orElse(null);
            Integer wasLast = was == null ? null : was.lastDepartureMinute();
            Integer isLast = origin.lastDepartureMinute();
            figures.add(new Figure("Last departure " + code, lastDeparture(window, wasLast),
                    lastDeparture(window, isLast), wasLast == null || isLast == null || wasLast.equals(isLast) ? ""
                            : (isLast > wasLast ? "+" : "-") + PlanSummary.duration(Math.abs(isLast - wasLast)),
                    false));
        }
        figures.add(number("Optional items left behind", old.leftBehindItems(), now.leftBehindItems(), false));
        figures.add(number("Mandatory items not moved", old.mandatoryItemsNotMoved(), now.mandatoryItemsNotMoved(),
                false));
        figures.add(number("People not moved", old.peopleNotMoved(), now.peopleNotMoved(), false));

        Map<String, Load> afterLoads = after.loadsById();
        List<ChangedFlight> changed = changes.successions().stream()
                .filter(succession -> succession.retimed() || succession.retailed())
                .map(succession -> new ChangedFlight(Wording.flight(succession.before()),
                        Wording.flight(succession.after()), whatChanged(succession)))
                .toList();
        List<LoadChange> loadsMoved = changes.loadsMoved().stream()
                .map(change -> new LoadChange(change.load(), Wording.flight(change.before()),
                        change.after() == null ? PlanCsv.status(afterLoads.get(change.load()))
                                : Wording.flight(change.after())))
                .toList();
        return new PlanComparison(before.fileName(), after.fileName(), figures, changes.kept().size(),
                onlyIn(changes.cancelled()), onlyIn(changes.added()), changed, changes.retimed().size(),
                changes.retailed().size(), loadsMoved, changes.newlyLeftBehind().size());
    }

    /** What a change costs per moved load: the scenario's {@code changeCostUsd}, as the plan's weights carry it. */
    private static long changeCostPerLoad(AnalyzedPlan plan) {
        HardMediumSoftLongScore weight = plan.plan().getConstraintWeightOverrides()
                .getConstraintWeight(PlanConstraint.PLAN_CHANGE.id());
        return weight == null ? 0 : weight.softScore();
    }

    private static String whatChanged(PlanChanges.Succession succession) {
        List<String> what = new ArrayList<>();
        if (succession.retimed()) {
            long minutes = Duration.between(succession.before().departure(), succession.after().departure())
                    .toMinutes();
            what.add("retimed " + (minutes > 0 ? "+" : "-") + PlanSummary.duration((int) Math.abs(minutes)));
        }
        if (succession.retailed()) {
            what.add("new aircraft");
        }
        return String.join(", ", what);
    }

    private static List<FlightChange> onlyIn(List<FlightJson> flights) {
        return flights.stream().map(flight -> new FlightChange(Wording.flight(flight), String.join(", ",
                Stream.concat(flight.cargo().stream(), flight.personnel().stream()).toList()))).toList();
    }

    private static long costOf(PlanFigures figures, PlanConstraint term) {
        return figures.costs().stream().filter(cost -> cost.constraint() == term)
                .mapToLong(PlanFigures.CostTerm::usd).sum();
    }

    private static Figure money(String label, long before, long after, boolean detail) {
        return new Figure(label, Wording.usd(before), Wording.usd(after), before == after ? ""
                : (after > before ? "+" : "-") + Wording.usd(Math.abs(after - before)), detail);
    }

    private static Figure number(String label, long before, long after, boolean detail) {
        return new Figure(label, Wording.count(before), Wording.count(after), before == after ? ""
                : String.format(Locale.ROOT, "%+,d", after - before), detail);
    }

    private static String lastDeparture(PlanningWindow window, Integer minute) {
        return minute == null ? "none" : Wording.time(window, minute);
    }
}
