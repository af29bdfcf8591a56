package org.drawdown.exact;

import java.nio.file.Path;
import java.time.Duration;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;

import org.drawdown.domain.DrawdownPlan;
import org.drawdown.io.InputException;

/**
 * Solves a small problem to proven optimality with CP-SAT ({@link ExactModel}), or as far as the time limit lets
 * it: the best plan found and the bound CP-SAT proved on every plan's cost. {@link #stop()} may be called from any
 * thread; the solve then returns what it has.
 */
public final class ExactSolver {

    /** Loads (cargo items and personnel groups together) the exact mode takes: beyond, proofs take too long. */
    public static final int MAX_LOADS = 16;
    /** Aircraft the exact mode takes. */
    public static final int MAX_AIRCRAFT = 4;

    /** How the search ended. */
    public enum Outcome {
        /** The plan is the best there is. */
        OPTIMAL,
        /** Time ran out with a plan that may not be the best. */
        TIME_UP,
        /** Time ran out before any plan was found; the plan moves nothing. */
        NO_PLAN
    }

    /** Called on a solver thread each time a better plan is found. */
    public interface Progress {
        void improved(double seconds, long notMoved, long costUsd);
    }

    /**
     * The plan (the problem itself, with its variables set), how the search ended, the plan's medium level (items
     * and people not moved) and cost, and what CP-SAT proved: no plan leaves fewer than {@code notMovedBound} not
     * moved, and no plan that moves everything costs less than {@code costBoundUsd}.
     */
    public record Result(DrawdownPlan plan, Outcome outcome, long notMoved, long costUsd, long notMovedBound,
            long costBoundUsd, double seconds) {
    }

    private static boolean nativesLoaded;

    private final CpSolver solver;

    public ExactSolver() {
        loadNatives();
        solver = new CpSolver();
    }

    private static synchronized void loadNatives() {
        if (!nativesLoaded) {
            Loader.loadNativeLibraries();
            nativesLoaded = true;
        }
    }

    /** Refuses, naming the limit, a problem too large for proofs in seconds to a minute. */
    public static void refuseBeyondReach(DrawdownPlan problem, Path scenarioFile) throws InputException {
        int loads = problem.getCargo().size() + problem.getPersonnel().size();
        if (loads > MAX_LOADS) {
            throw new InputException(scenarioFile, "cargo and personnel", String.format(
                    "--exact takes at most %d loads (cargo items and personnel groups), this scenario has %d",
                    MAX_LOADS, loads));
        }
        if (problem.getAircraft().size() > MAX_AIRCRAFT) {
            throw new InputException(scenarioFile, "aircraft", String.format(
                    "--exact takes at most %d aircraft, this scenario has %d", MAX_AIRCRAFT,
                    problem.getAircraft().size()));
        }
    }

    /** Solves on every core the machine has, for at most the time limit; the seed, when given, fixes CP-SAT's. */
    public Result solve(DrawdownPlan problem, Duration timeLimit, Long seed, Progress progress) {
        ExactModel model = new ExactModel(problem);
        solver.getParameters()
                .setMaxTimeInSeconds(timeLimit.toMillis() / 1000.0)
                .setNumWorkers(Runtime.getRuntime().availableProcessors());
        if (seed != null) {
            solver.getParameters().setRandomSeed((int) (long) seed);
        }
        CpSolverStatus status = solver.solve(model.cpModel(), new CpSolverSolutionCallback() {
            @Override
            public void onSolutionCallback() {
                progress.improved(wallTime(), value(model.notMoved()), value(model.cost()));
            }
        });
        if (status == CpSolverStatus.MODEL_INVALID) {
            throw new IllegalStateException("CP-SAT refused the model: " + model.cpModel().validate());
        }
        long weight = model.notMovedWeight();
        long bound = (long) Math.ceil(solver.bestObjectiveBound());
        if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
            model.applyTo(solver);
            Outcome outcome = status == CpSolverStatus.OPTIMAL ? Outcome.OPTIMAL : Outcome.TIME_UP;
            return new Result(problem, outcome, solver.value(model.notMoved()), solver.value(model.cost()),
                    Math.floorDiv(bound, weight), Math.max(0, bound), solver.wallTime());
        }
        // The empty plan keeps rules 1-16, so the model is never infeasible: no plan means time ran out first.
        long notMoved = model.applyEmpty();
        return new Result(problem, Outcome.NO_PLAN, notMoved, model.leftBehindValueOfAll(),
                Math.floorDiv(bound, weight), Math.max(0, bound), solver.wallTime());
    }

    /** Ends the search; {@link #solve} returns the best plan so far. */
    public void stop() {
        solver.stopSearch();
    }
}
