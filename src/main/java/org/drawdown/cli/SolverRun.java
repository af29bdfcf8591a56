package org.drawdown.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import org.drawdown.bound.ProvenBound;
import org.drawdown.domain.DrawdownPlan;
import org.drawdown.exact.ExactSolver;
import org.drawdown.io.InputException;
import org.drawdown.io.OutputFiles;
import org.drawdown.io.PlanJson;
import org.drawdown.io.StrictJson;
import org.drawdown.report.PlanSummary;
import org.drawdown.report.Wording;
import org.drawdown.solver.PlanSolver;
import org.drawdown.solver.SolverSettings;

/**
 * Solver runs from the command line, as solve and replan do them: progress as {@link ProgressDisplay} shows it,
 * Ctrl-C or SIGTERM ending the search with the best plan kept (and no further run started), the plan file written
 * atomically, then the summary.
 */
final class SolverRun {

    private final ProgressDisplay progress;
    private final PrintWriter console;
    private PlanSolver solver;
    private long moveEvaluations;
    private long elapsedMillis;
    private boolean introduced;
    /** The best score so far, over every solve of the run: a replan's later solves go on from it. */
    private volatile HardMediumSoftLongScore best;
    private volatile boolean stopped;
    /** The proven bound, computed beside the search; null for a replan, whose summary has the quick bound alone. */
    private CompletableFuture<ProvenBound> provenBound;
    /** The problem whose bound is to be proven once the construction has its first plan; null once started. */
    private DrawdownPlan boundToProve;
    /** The outcome of an exact solve, for the summary; null after a local search. */
    private ExactSolver.Result exactResult;

    SolverRun(ProgressDisplay progress, PrintWriter console) {
        this.progress = progress;
        this.console = console;
    }

    /**
     * Proves the problem's lower bound on another thread, for the summary and the report, from the construction's
     * first plan on: started at once, the relaxation took the second core from the construction and the JIT compiler
     * (gen-l's first plan 3.4 s after the solve's start, against 1.7 s when it waits).
     */
    void proveBoundMeanwhile(DrawdownPlan problem) {
        boundToProve = problem;
    }

    private void startProvingBound() {
        if (boundToProve != null) {
            DrawdownPlan problem = boundToProve;
            boundToProve = null;
            provenBound = CompletableFuture.supplyAsync(() -> ProvenBound.of(problem));
        }
    }

    /**
     * Runs one solve (a replan runs several, and says what it solves once), its progress shown against the
     * configuration's move limit, else its time limit.
     */
    DrawdownPlan solve(DrawdownPlan problem, SolverConfig config) {
        solver = new PlanSolver(config);
        PlanSolver current = solver;
        Runnable restoreSignals = StopSignals.install(() -> {
            stopped = true;
            current.stop();
        });
        if (!introduced) {
            say("Solving %s: %s, %s, %s, %s in the pools%n", problem.getName(),
                    Wording.count(problem.getCargo().size(), "cargo item", "cargo items"),
                    Wording.count(problem.getPersonnel().size(), "personnel group", "personnel groups"),
                    Wording.count(problem.getAircraft().size(), "aircraft", "aircraft"),
                    Wording.count(problem.getFlights().size(), "flight", "flights"));
            introduced = true;
        }
        TerminationConfig termination = config.getTerminationConfig();
        Long moveLimit = termination == null ? null : termination.getMoveCountLimit();
        Long timeLimitMillis = termination == null ? null : termination.calculateTimeMillisSpentLimit();
        long startMillis = System.currentTimeMillis();
        LongSupplier elapsed = () -> System.currentTimeMillis() - startMillis;
        try (ProgressDisplay.Watch watch = moveLimit != null
                ? progress.watch("Solving", moveLimit, " moves", current::moveEvaluationCount,
                        () -> status(current, elapsed))
                : progress.watch("Solving", timeLimitMillis == null ? 0 : timeLimitMillis / 1000, " s",
                        () -> Math.min(elapsed.getAsLong() / 1000, timeLimitMillis == null ? Long.MAX_VALUE
                                : timeLimitMillis / 1000), () -> status(current, elapsed))) {
            PlanSolver.Result result = solver.solve(problem, (millis, score, speed) -> {
                startProvingBound();
                HardMediumSoftLongScore previous = best;
                best = score;
                watch.event(previous == null || DrawdownPlan.isFeasible(previous) != DrawdownPlan.isFeasible(score));
            });
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
        startProvingBound();
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

    /** The best score so far and the speed of the search, as the progress shows them. */
    private String status(PlanSolver current, LongSupplier elapsed) {
        long millis = elapsed.getAsLong();
        HardMediumSoftLongScore score = best;
        return String.format(Locale.ROOT, "%-28s %,7d moves/s", score == null ? "constructing" : score,
                millis == 0 ? 0 : current.moveEvaluationCount() * 1000 / millis);
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
        if (!progress.quiet()) {
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
        startProvingBound();
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
        if (!progress.quiet()) {
            console.printf(Locale.ROOT, format, args);
            console.flush();
        }
    }
}
