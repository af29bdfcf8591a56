package org.drawdown.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import ai.timefold.solver.core.config.solver.SolverConfig;

import org.drawdown.bound.ProvenBound;
import org.drawdown.domain.DrawdownPlan;
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
            say("  %-15s %,d in %.1f s (%,d moves/s)%n", "Moves evaluated", moveEvaluations,
                    elapsedMillis / 1000.0, elapsedMillis == 0 ? 0 : moveEvaluations * 1000 / elapsedMillis);
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

    void say(String format, Object... args) {
        if (!quiet) {
            console.printf(Locale.ROOT, format, args);
            console.flush();
        }
    }
}
