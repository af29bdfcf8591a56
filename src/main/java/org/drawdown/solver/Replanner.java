package org.drawdown.solver;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.config.solver.SolverConfig;

import org.drawdown.domain.DrawdownPlan;
import org.drawdown.domain.Flight;
import org.drawdown.domain.Load;
import org.drawdown.domain.Manifest;
import org.drawdown.io.InputException;
import org.drawdown.io.PlanJson;
import org.drawdown.io.ScenarioJson;
import org.drawdown.problem.PlanInForce;
import org.drawdown.problem.ProblemFactory;
import org.drawdown.score.justifications.PlanJustification;

/**
 * Replanning (docs/contract.md): the scenario as it stands now, the plan in force and the time now. {@link #replan}
 * builds the problem from the plan in force ({@link PlanInForce}); {@link #solve} repairs it.
 * <p>
 * The search weighs a change at least {@link #LEAST_CHANGE_WEIGHT_USD}; {@link #rescore} then gives the solved plan
 * its score under the scenario's own {@code changeCostUsd}, which is what the plan file states.
 */
public final class Replanner {

    /** The problem, and whether the scenario has loads the plan in force does not mention at all. */
    public record Replan(DrawdownPlan problem, boolean newLoads) {
    }

    private final PlanInForce planInForce;
    private final long changeCostUsd;
    private final List<String> notes = new ArrayList<>();

    public Replanner(Path planFile, ScenarioJson scenario, PlanJson inForce, int nowMinute) {
        this.planInForce = new PlanInForce(planFile, scenario, inForce, nowMinute);
        this.changeCostUsd = scenario.changeCostUsd();
    }

    /**
     * The least weight the search gives a changed load. With {@code changeCostUsd} 0 every plan of equal cost is as
     * good, and local search, which accepts moves of equal score, would wander off the plan in force for nothing;
     * a dollar a load makes keeping it the tie-break, against flight costs of hundreds of thousands.
     */
    static final long LEAST_CHANGE_WEIGHT_USD = 1;

    /** One search of the replan, run by the caller (the command line shows its progress and handles Ctrl-C). */
    public interface Search {
        DrawdownPlan solve(DrawdownPlan problem, SolverConfig config);
    }

    /**
     * Replans. By default it repairs: when nothing the scenario changed breaks the plan in force and nothing is new,
     * the plan stands. Otherwise every flight that no broken rule involves is held still with its loads; of the
     * other future flights, each load stays where the rules still allow it ({@link PlanInForceRepair}); the
     * construction places what is left; and a search that stops early once feasible and settled improves the rest.
     * Only if that start is infeasible is everything after now released and constructed afresh, and the better
     * start searched with nothing held. With {@code reoptimize}, the start is the same repair with nothing held, and
     * the search changes anything after now, every changed load costing {@code changeCostUsd}. The starts are
     * built to the end whatever the limits, and the search never makes the best plan worse, so a feasible start
     * means a feasible result on any machine. The result is scored with the scenario's own change cost.
     */
    public DrawdownPlan solve(Replan replan, SolverConfig base, SolverSettings.RunLimits limits, boolean reoptimize,
            Search search, BooleanSupplier stopped) {
        DrawdownPlan problem = replan.problem();
        PlanSolver analyst = new PlanSolver(limits.applyTo(base));
        SolverConfig construction = limits.applyRandomnessTo(SolverSettings.replanConstruction(base));
        SolverConfig localSearch = SolverSettings.searchOnly(base);
        if (reoptimize) {
            DrawdownPlan start = search.solve(problem, construction);
            return rescore(searchFrom(start, limits.applyTo(localSearch), search, stopped), analyst);
        }
        ScoreAnalysis<HardMediumSoftLongScore> analysis = analyst.analyze(problem);
        if (DrawdownPlan.isFeasible(analysis.score()) && !replan.newLoads()) {
            notes.add("nothing the scenario changed breaks the plan in force, and nothing is new: it stands");
            return rescore(problem, analyst);
        }
        int held = holdStillWhatStillWorks(problem, analysis);
        notes.add("held " + held + (held == 1 ? " flight" : " flights")
                + " of the plan in force still while repairing the rest");
        DrawdownPlan start = search.solve(problem, construction);
        if (!DrawdownPlan.isFeasible(start.getScore()) && held > 0 && !stopped.getAsBoolean()) {
            notes.add("the flights held still left no feasible repair, so everything after now was planned again");
            releaseEverythingAfterNow(problem);
            DrawdownPlan afresh = search.solve(problem, construction);
            release(start);
            start = afresh.getScore().compareTo(start.getScore()) >= 0 ? afresh : start;
        }
        return rescore(searchFrom(start, limits.applyUntilSettled(localSearch), search, stopped), analyst);
    }

    /** The search from a constructed start; none when the configuration has no local search or a stop came. */
    private static DrawdownPlan searchFrom(DrawdownPlan start, SolverConfig config, Search search,
            BooleanSupplier stopped) {
        if (config.getPhaseConfigList().isEmpty() || stopped.getAsBoolean()) {
            return start;
        }
        return search.solve(start, config);
    }

    /** Nothing held still any more; history stays pinned as history. */
    private static void release(DrawdownPlan plan) {
        plan.getFlights().forEach(flight -> flight.setFrozen(false));
        plan.getCargo().forEach(item -> item.setFrozen(false));
        plan.getPersonnel().forEach(group -> group.setFrozen(false));
    }

    /** Every load after now off its flight and every pool flight without aircraft and departure, nothing held. */
    private static void releaseEverythingAfterNow(DrawdownPlan plan) {
        release(plan);
        for (Flight flight : plan.getFlights()) {
            if (!flight.isHistory()) {
                flight.setAircraft(null);
                flight.setDepartureSlot(null);
            }
        }
        Stream.concat(plan.getCargo().stream(), plan.getPersonnel().stream())
                .filter(load -> !load.isHistory())
                .forEach(load -> load.setFlight(null));
    }

    private DrawdownPlan rescore(DrawdownPlan plan, PlanSolver analyst) {
        ProblemFactory.weighChanges(plan, changeCostUsd);
        analyst.rescore(plan);
        return plan;
    }

    /**
     * Freezes every flown flight of the plan in force that no broken rule involves, with its loads (a load that
     * breaks a rule itself stays free). Returns how many flights are held.
     */
    private static int holdStillWhatStillWorks(DrawdownPlan problem,
            ScoreAnalysis<HardMediumSoftLongScore> analysis) {
        Set<Object> broken = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Flight> flown = List.copyOf(problem.manifests().keySet());
        for (ConstraintAnalysis<HardMediumSoftLongScore> constraint : analysis.constraintAnalyses()) {
            if (!DrawdownPlan.isFeasible(constraint.score())) {
                for (MatchAnalysis<HardMediumSoftLongScore> match : constraint.matches()) {
                    PlanJustification justification = (PlanJustification) match.justification();
                    broken.addAll(justification.flights(flown));
                    broken.addAll(justification.loads());
                }
            }
        }
        int held = 0;
        for (Map.Entry<Flight, Manifest> entry : problem.manifests().entrySet()) {
            Flight flight = entry.getKey();
            if (flight.isHistory() || broken.contains(flight)) {
                continue;
            }
            flight.setFrozen(true);
            held++;
            Stream.concat(entry.getValue().cargo().stream(), entry.getValue().personnel().stream())
                    .filter(load -> !broken.contains(load))
                    .forEach(load -> load.setFrozen(true));
        }
        return held;
    }

    /** What the replan did that the user should know of, in the order it happened. */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    /**
     * The replan's problem: the plan in force put into the scenario as it stands now ({@link PlanInForce}), each
     * changed load weighed at least {@link #LEAST_CHANGE_WEIGHT_USD} for the search.
     */
    public Replan replan() throws InputException {
        PlanInForce.Start start = planInForce.start();
        notes.addAll(start.notes());
        ProblemFactory.weighChanges(start.problem(), Math.max(changeCostUsd, LEAST_CHANGE_WEIGHT_USD));
        return new Replan(start.problem(), start.newLoads());
    }
}
