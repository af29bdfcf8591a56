package org.drawdown.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.RecommendedAssignment;

import org.drawdown.domain.CargoItem;
import org.drawdown.domain.DrawdownPlan;
import org.drawdown.domain.Flight;
import org.drawdown.domain.PersonnelGroup;
import org.drawdown.domain.PlannedLoad;
import org.drawdown.io.InputException;
import org.drawdown.io.PlanJson;
import org.drawdown.io.ScenarioJson;
import org.drawdown.problem.PlanLoader;
import org.drawdown.report.ScoreExplanation.ConstraintTotal;
import org.drawdown.score.PlanConstraint;
import org.drawdown.solver.PlanSolver;
import org.drawdown.solver.SolverSettings;

/**
 * {@code drawdown recommend}: where one load of a plan could go. Every flight of the plan on the load's lane, and
 * staying behind, each with what it changes against where the load is now, constraint by constraint, best first.
 * The rest of the plan stays as it is: moving the load by hand changes nothing else.
 */
public final class LoadOptions {

    /** One place for the load: a flight of the plan, or none (left behind). */
    public record Option(Flight flight, HardMediumSoftLongScore score, List<ConstraintTotal> changes) {

        /** The rules this option breaks that staying where the load is does not. */
        public List<ConstraintTotal> newlyBroken() {
            return changes.stream().filter(change -> change.constraint().isRule() && change.amount() > 0).toList();
        }
    }

    private final String fileName;
    private final PlannedLoad load;
    private final Flight now;
    private final List<Option> options;

    private LoadOptions(String fileName, PlannedLoad load, Flight now, List<Option> options) {
        this.fileName = fileName;
        this.load = load;
        this.now = now;
        this.options = options;
    }

    /**
     * The options of the load {@code loadId} of the plan, ranked by Timefold's recommendAssignment.
     *
     * @param where how the command line names the load, for a refusal, e.g. {@code --load}
     */
    public static LoadOptions of(ScenarioJson scenario, Path scenarioFile, Path planFile, PlanJson planJson,
            String loadId, String where) throws InputException {
        DrawdownPlan plan = new PlanLoader(planFile, scenario, planJson).asIs();
        PlannedLoad load = find(plan, loadId);
        if (load == null) {
            throw new InputException(scenarioFile, where + " " + loadId, "no cargo item or personnel group has this"
                    + " id");
        }
        Flight now = load.getFlight();
        // The plan is read with every flight and load held still; this load alone may take any flight of its lane.
        plan.getFlights().stream().filter(flight -> flight.getLane() == load.getLane())
                .forEach(load.getLane().getFlights()::add);
        load.setFlight(null);
        load.setFrozen(false);
        PlanSolver solver = new PlanSolver(SolverSettings.recommendation(load.getClass()));
        List<RecommendedAssignment<String, HardMediumSoftLongScore>> recommended = solver.recommend(plan, load);
        // Against the load unassigned; staying behind is that state itself, whether Timefold lists it or not.
        ScoreAnalysis<HardMediumSoftLongScore> behind = new ScoreAnalysis<>(HardMediumSoftLongScore.ZERO, Map.of());
        ScoreAnalysis<HardMediumSoftLongScore> current = now == null ? behind : recommended.stream()
                .filter(option -> now.getId().equals(option.proposition()))
                .map(RecommendedAssignment::scoreAnalysisDiff).findFirst().orElse(behind);
        List<Option> options = new ArrayList<>();
        boolean behindListed = false;
        for (RecommendedAssignment<String, HardMediumSoftLongScore> option : recommended) {
            Flight flight = option.proposition() == null ? null : flightById(plan, option.proposition());
            behindListed |= flight == null;
            options.add(option(flight, option.scoreAnalysisDiff(), current));
        }
        if (!behindListed) {
            options.add(option(null, behind, current));
        }
        options.sort(Comparator.comparing(Option::score).reversed()
                .thenComparing(option -> option.flight() == null ? "" : option.flight().getId()));
        load.setFlight(now);
        return new LoadOptions(planFile.getFileName().toString(), load, now, options);
    }

    private static Option option(Flight flight, ScoreAnalysis<HardMediumSoftLongScore> againstUnassigned,
            ScoreAnalysis<HardMediumSoftLongScore> current) {
        ScoreAnalysis<HardMediumSoftLongScore> change = againstUnassigned.diff(current);
        List<ConstraintTotal> changes = new ArrayList<>();
        for (PlanConstraint constraint : PlanConstraint.values()) {
            ConstraintAnalysis<HardMediumSoftLongScore> analysis = change.getConstraintAnalysis(constraint.id());
            if (analysis != null && !analysis.score().isZero()) {
                changes.add(new ConstraintTotal(constraint, analysis.score(), 0, List.of()));
            }
        }
        return new Option(flight, change.score(), changes);
    }

    private static PlannedLoad find(DrawdownPlan plan, String id) {
        for (CargoItem item : plan.getCargo()) {
            if (item.getId().equals(id)) {
                return item;
            }
        }
        for (PersonnelGroup group : plan.getPersonnel()) {
            if (group.getId().equals(id)) {
                return group;
            }
        }
        return null;
    }

    private static Flight flightById(DrawdownPlan plan, String id) {
        return plan.getFlights().stream().filter(flight -> flight.getId().equals(id)).findFirst().orElseThrow();
    }

    /** Best first, the option where the load is now included. */
    public List<Option> options() {
        return options;
    }

    /** The best {@code top} options as text, each with its changes; where the load is now is always shown. */
    public String format(int top) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%s in %s: %s, %s, now %s%n", load.getId(), fileName,
                describe(load), load.getLane().getId(), now == null ? "left behind" : Wording.flight(now)));
        out.append(String.format(Locale.ROOT, "%s, best first; each change is against where it is now:%n",
                Wording.count(options.size(), "option", "options")));
        for (int rank = 1; rank <= options.size(); rank++) {
            Option option = options.get(rank - 1);
            boolean here = Objects.equals(option.flight(), now);
            if (rank > top && !here) {
                continue;
            }
            out.append(String.format(Locale.ROOT, "%3d. %s%s%n", rank,
                    option.flight() == null ? "left behind" : Wording.flight(option.flight()),
                    here ? "  (where it is now)" : ""));
            List<ConstraintTotal> broken = option.newlyBroken();
            out.append(String.format(Locale.ROOT, "     score change %s%s%n", signed(option.score()),
                    broken.isEmpty() ? "" : "  BREAKS " + String.join(", ", broken.stream()
                            .map(change -> "rule " + change.constraint().rule() + " " + change.constraint().id())
                            .distinct().toList())));
            for (ConstraintTotal change : option.changes()) {
                out.append(String.format(Locale.ROOT, "     %-26s %s%n", change.constraint().id(), amount(change)));
            }
        }
        if (options.size() > top) {
            out.append(String.format(Locale.ROOT, "(%s not shown; --top %d shows them all)%n",
                    Wording.count(options.size() - top - (rankOfNow() > top ? 1 : 0), "option", "options"),
                    options.size()));
        }
        return out.toString();
    }

    private int rankOfNow() {
        for (int rank = 1; rank <= options.size(); rank++) {
            if (Objects.equals(options.get(rank - 1).flight(), now)) {
                return rank;
            }
        }
        return 0;
    }

    private static String describe(PlannedLoad load) {
        String what = load instanceof PersonnelGroup group
                ? Wording.count(group.getPassengers(), "person", "people")
                : Wording.tonnes(load.getWeightKg()) + ", " + Wording.count(load.getPalletPositions(),
                        "pallet position", "pallet positions") + (load.isOutsize() ? ", outsize" : "");
        return what + (load.isMandatory() ? ", must fly" : ", optional");
    }

    private static String signed(HardMediumSoftLongScore score) {
        return score.isZero() ? "unchanged" : score.toString();
    }

    /** A rule's change in its unit (more is worse); a cost's in dollars. */
    private static String amount(ConstraintTotal change) {
        long amount = change.amount();
        return change.constraint().isRule()
                ? String.format(Locale.ROOT, "%s: %+,d", change.constraint().unit(), amount)
                : (amount < 0 ? "-" : "+") + Wording.usd(Math.abs(amount));
    }
}
