package org.drawdown.solver;

import java.util.List;

import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.RecommendedAssignment;
import ai.timefold.solver.core.api.solver.ScoreAnalysisFetchPolicy;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.impl.solver.DefaultSolver;

import org.drawdown.domain.DrawdownPlan;
import org.drawdown.domain.PlannedLoad;

/**
 * Runs one solve and reports progress. {@link #stop()} may be called from any thread, at any time, and the solve
 * then returns the best plan found so far.
 */
public final class PlanSolver {

    /** Called on the solver thread each time the best score improves. */
    public interface Progress {
        void improved(long elapsedMillis, HardMediumSoftLongScore score, long moveEvaluationsPerSecond);

        /** The better plan itself, for a caller that keeps it as the search goes (the service saves it). */
        default void improved(DrawdownPlan best, long elapsedMillis, HardMediumSoftLongScore score,
                long moveEvaluationsPerSecond) {
            improved(elapsedMillis, score, moveEvaluationsPerSecond);
        }
    }

    /** The best plan and what the run cost. */
    public record Result(DrawdownPlan plan, long elapsedMillis, long moveEvaluationCount,
            long moveEvaluationsPerSecond) {
    }

    private final SolverFactory<DrawdownPlan> solverFactory;
    private volatile Solver<DrawdownPlan> solver;
    private volatile boolean stopRequested;

    public PlanSolver(SolverConfig config) {
        this.solverFactory = SolverFactory.create(config);
    }

    public Result solve(DrawdownPlan problem, Progress progress) {
        Solver<DrawdownPlan> current = solverFactory.buildSolver();
        DefaultSolver<DrawdownPlan> counters = (DefaultSolver<DrawdownPlan>) current;
        current.addEventListener(event -> {
            // A stop that came before the solver started is honoured at its first new best plan.
            if (stopRequested) {
                current.terminateEarly();
            }
            if (event.isNewBestSolutionInitialized()) {
                progress.improved(event.getNewBestSolution(), event.getTimeMillisSpent(),
                        (HardMediumSoftLongScore) event.getNewBestScore(), counters.getMoveEvaluationSpeed());
            }
        });
        solver = current;
        if (stopRequested) {
            current.terminateEarly();
        }
        DrawdownPlan best = current.solve(problem);
        return new Result(best, counters.getTimeMillisSpent(), counters.getMoveEvaluationCount(),
                counters.getMoveEvaluationSpeed());
    }

    /** Move evaluations so far in the running (or last) solve, for progress shown while it runs. */
    public long moveEvaluationCount() {
        Solver<DrawdownPlan> current = solver;
        return current == null ? 0 : ((DefaultSolver<DrawdownPlan>) current).getMoveEvaluationCount();
    }

    /** Ends the search; the running {@link #solve} returns the best plan so far. */
    public void stop() {
        stopRequested = true;
        Solver<DrawdownPlan> current = solver;
        if (current != null) {
            current.terminateEarly();
        }
    }

    /** Calculates the plan's score afresh, for instance after its constraint weights changed. */
    public void rescore(DrawdownPlan plan) {
        SolutionManager<DrawdownPlan, HardMediumSoftLongScore> manager = SolutionManager.create(solverFactory);
        manager.update(plan);
    }

    /**
     * Where one load of the plan could go, as Timefold's {@code recommendAssignment} finds it: each flight of its
     * value range (by id; null, staying behind) with the score change by constraint against the load unassigned,
     * best first. The load must be unassigned and free to move; everything else stays as it is.
     */
    public List<RecommendedAssignment<String, HardMediumSoftLongScore>> recommend(DrawdownPlan plan,
            PlannedLoad load) {
        SolutionManager<DrawdownPlan, HardMediumSoftLongScore> manager = SolutionManager.create(solverFactory);
        // By id: Timefold evaluates on a clone of the plan, whose flights are not the caller's.
        return manager.recommendAssignment(plan, load, evaluated -> evaluated.getFlight() == null ? null
                : evaluated.getFlight().getId(), ScoreAnalysisFetchPolicy.FETCH_ALL);
    }

    /** The score of a plan split by constraint, with every match, for summaries and explanations. */
    public ScoreAnalysis<HardMediumSoftLongScore> analyze(DrawdownPlan plan) {
        SolutionManager<DrawdownPlan, HardMediumSoftLongScore> manager = SolutionManager.create(solverFactory);
        return manager.analyze(plan);
    }
}
