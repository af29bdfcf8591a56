package org.drawdown.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import ai.timefold.solver.core.config.solver.SolverConfig;

import org.drawdown.bound.ProvenBound;
import org.drawdown.domain.DrawdownPlan;
import org.drawdown.exact.ExactSolver;
import org.drawdown.io.InputException;
import org.drawdown.io.OutputFiles;
import org.drawdown.io.PlanJson;
import org.drawdown.io.StrictJson;
import org.drawdown.report.PlanSummary;
import org.drawdown.solver.PlanSolver;
import org.drawdown.solver.SolverSettings;

/**
 * Solver runs from the command line, as solve and replan do them: a progress line at each better plan, Ctrl-C or
 * SIGTERM ending the search with the best plan kept (and no further run started), the plan file written atomically,
 * then the summary.
 */
final class SolverRun {

    private final boolean quiet;
    private final PrintWriter console;
    private PlanSolver solver;
    private long moveEvaluations;
    private long elapsedMillis;
    private volatile boolean stopped;
    /** The proven bound, computed beside the search; null for a replan, whose summary has the quick bound alone. */
    private CompletableFuture<ProvenBound> provenBound;
    /** The outcome of an exact solve, for the summary; null after a local search. */
    private ExactSolver.Result exactResult;

    SolverRun(boolean quiet, PrintWriter console) {
        this.quiet = quiet;
        this.console = console;
    }

    /** Starts proving the problem's lower bound on another thread, for the summary and the report. */
    void proveBoundMeanwhile(DrawdownPlan problem) {
        provenBound = CompletableFuture.supplyAsync(() -> ProvenBound.of(problem));
    }

    DrawdownPlan solve(DrawdownPlan problem, SolverConfig config) {
        solver = new PlanSolver(config);
        PlanSolver current = solver;
        Runnable restoreSignals = StopSignals.install(() -> {
            stopped = true;
            current.stop();
        });
        try {
            say("Solving %s: %d cargo items, %d personnel groups, %d aircraft, %d flights in the pools%n",
                    problem.getName(), problem.getCargo().size(), problem.getPersonnel().size(),
                    problem.getAircraft().size(), problem.getFlights().size());
            PlanSolver.Result result = solver.solve(problem,
                    (millis, score, speed) -> say("  %7.1f s  %-40s %,9d moves/s%n", millis / 1000.0, score, speed));
            moveEvaluations += result.moveEvaluationCount();
            elapsedMillis += result.elapsedMillis();
            return result.plan();
        } finally {
            restoreSignals.run();
        }
    }

    /** Solves with CP-SAT ({@link ExactSolver}) within the time limit, printing each better plan as it comes. */
    DrawdownPlan solveExactly(DrawdownPlan problem, Duration timeLimit, Long seed) {
        ExactSolver exact = new ExactSolver();
        Runnable restoreSignals = StopSignals.install(() -> {
            stopped = true;
            exact.stop();
        });
        try {
            say("Solving %s exactly with CP-SAT: %d cargo items, %d personnel groups, %d aircraft, %d flights in"
                    + " the pools, %d workers%n", problem.getName(), problem.getCargo().size(),
                    problem.getPersonnel().size(), problem.getAircraft().size(), problem.getFlights().size(),
                    Runtime.getRuntime().availableProcessors());
            exactResult = exact.solve(problem, timeLimit, seed, (seconds, notMoved, costUsd) -> say(
                    "  %7.1f s  %,d not moved, cost $%,d%n", seconds, notMoved, costUsd));
            elapsedMillis += (long) (exactResult.seconds() * 1000);
            // Scored by the constraints, as any plan written: the summary and the plan file read the score.
            solver = new PlanSolver(SolverSettings.greedy());
            solver.rescore(exactResult.plan());
            return exactResult.plan();
        } finally {
            restoreSignals.run();
        }
    }

    /** Whether Ctrl-C or SIGTERM asked the search to stop. */
    boolean stopped() {
        return stopped;
    }

    /**
     * Writes the plan file (or, when it cannot be written, saves the plan in the temporary directory and refuses),
     * then prints the summary of the final plan with the lower bound of the problem.
     */
    int finish(DrawdownPlan problem, DrawdownPlan best, PlanJson plan, Path out) throws InputException {
        OutputFiles.writeOrSave(out, "plan", StrictJson.toJson(plan));
        if (!quiet) {
            // A replan whose plan stands ran no search; any solver knows the constraints.
            PlanSolver analyst = solver != null ? solver : new PlanSolver(SolverSettings.greedy());
            console.print(PlanSummary.format(best, analyst.analyze(best)));
            ProvenBound bound = provenBound(problem);
            say("  %-15s %s%n", "Lower bound", bound.describe(plan.totalCostUsd(), plan.feasible()));
            if (exactResult != null) {
                say("  %-15s %s%n", "Exact", exactVerdict(exactResult));
            } else {
                say("  %-15s %,d in %.1f s (%,d moves/s)%n", "Moves evaluated", moveEvaluations,
                        elapsedMillis / 1000.0, elapsedMillis == 0 ? 0 : moveEvaluations * 1000 / elapsedMillis);
            }
            say("  %-15s %s%n", "Plan written to", out);
        }
        return plan.feasible() ? DrawdownCommand.FEASIBLE : DrawdownCommand.INFEASIBLE;
    }

    /** The bound started beside the search, or (for a replan, or when quiet) the quick combinatorial one. */
    ProvenBound provenBound(DrawdownPlan problem) {
        if (provenBound == null) {
            provenBound = CompletableFuture.completedFuture(ProvenBound.combinatorialOnly(problem));
        }
        return provenBound.join();
    }

    /** What CP-SAT proved about the plan, in one line. */
    private static String exactVerdict(ExactSolver.Result result) {
        String seconds = String.format(Locale.ROOT, "%.1f s", result.seconds());
        return switch (result.outcome()) {
            case OPTIMAL -> result.notMoved() == 0
                    ? String.format(Locale.ROOT, "optimal: $%,d, no plan costs less (proved in %s)", result.costUsd(),
                            seconds)
                    : String.format(Locale.ROOT, "optimal: every plan leaves mandatory loads behind, this one the"
                            + " fewest (%,d items and people), then costs least (proved in %s)", result.notMoved(),
                            seconds);
            case TIME_UP -> result.notMoved() == 0
                    ? String.format(Locale.ROOT, "time up after %s, not proven optimal: $%,d, and no plan costs less"
                            + " than $%,d (proven bound; this plan is within %.1f%%)", seconds, result.costUsd(),
                            result.costBoundUsd(), 100.0 * (result.costUsd() - result.costBoundUsd())
                                    / Math.max(1, result.costUsd()))
                    : String.format(Locale.ROOT, "time up after %s, not proven optimal: this plan leaves %,d items and"
                            + " people behind; every plan leaves at least %,d", seconds, result.notMoved(),
                            result.notMovedBound());
            case NO_PLAN -> String.format(Locale.ROOT, "time up after %s before CP-SAT found a plan: the plan"
                    + " written moves nothing", seconds);
        };
    }

    void say(String format, Object... args) {
        if (!quiet) {
            console.printf(Locale.ROOT, format, args);
            console.flush();
        }
    }
}
