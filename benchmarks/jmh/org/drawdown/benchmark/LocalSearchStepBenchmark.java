package org.drawdown.benchmark;

import java.util.concurrent.TimeUnit;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import ai.timefold.solver.core.impl.phase.Phase;
import ai.timefold.solver.core.impl.solver.DefaultSolver;
import ai.timefold.solver.core.impl.solver.scope.SolverScope;

import org.drawdown.domain.DrawdownPlan;
import org.drawdown.domain.DrawdownPlanCloner;
import org.drawdown.io.InputException;
import org.drawdown.solver.SolverSettings;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Whole steps of the real local search, as the solver runs them, so that JMH explains a solve's moves per second:
 * a real Timefold solver built from the bundled configuration (its local search phase alone: Drawdown's moves,
 * late acceptance, the forager), started from the dataset's greedy plan as the construction leaves it (the trial's
 * set-up runs the construction once over the plan that benchmarks/run-jmh made).
 * <p>
 * {@link #searchSteps} is one run of the local search phase that ends after {@value #STEPS} steps, reported per
 * step. It includes everything a step does: selecting moves, doing, scoring and undoing each one evaluated, the
 * acceptor's and forager's decisions, doing the chosen move, and cloning the plan at each new best (with
 * {@link DrawdownPlanCloner}), with the garbage collection all that causes; also, once per run, the phase's start
 * (the move factories list the loads and build their index, linear in the loads) and end. It excludes, as
 * {@code Level.Invocation} set-up and tear-down: cloning the starting plan into a new working plan and scoring it
 * from scratch (a fresh constraint session), and closing the session; the solver is built once per trial. Every
 * run starts from the same plan with the same random seed, so every run takes the same steps: the first steps of a
 * solve, where new best plans, and so clones, are more frequent than later on.
 * <p>
 * Two counters come with it: {@code searchSteps:moves}, the time per move evaluated (the inverse of Timefold's move
 * evaluation speed), and {@code searchSteps:newBestPlans}, the time of search per new best plan; a step's time over
 * the latter is the share of steps that cloned the plan. {@link #cloneBestPlan} gives the time of one clone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g", "-XX:+UseParallelGC"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class LocalSearchStepBenchmark {

    /** Enough that the phase's start, linear in the loads, is a small part of a run even on gen-xl. */
    static final int STEPS = 10_000;

    @Param({"gen-s", "gen-m", "gen-l", "gen-xl"})
    public String dataset;

    private final DrawdownPlanCloner cloner = new DrawdownPlanCloner();
    private DrawdownPlan start;

    @Setup(Level.Trial)
    public void construct() throws InputException {
        start = SolvedDataset.constructedStart(dataset);
    }

    @Benchmark
    @OperationsPerInvocation(STEPS)
    public void searchSteps(Search search) {
        search.run();
    }

    /** One clone of the starting plan, as Timefold makes of the working plan at each new best. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public DrawdownPlan cloneBestPlan() {
        return cloner.cloneSolution(start);
    }

    /** A solver whose local search is run again and again from the starting plan. */
    @State(Scope.Thread)
    public static class Search {

        private DrawdownPlan start;
        private DefaultSolver<DrawdownPlan> solver;
        private SolverScope<DrawdownPlan> scope;
        private long newBestPlans;
        private long movesAtStart;
        private long newBestPlansAtStart;

        @Setup(Level.Trial)
        public void build(LocalSearchStepBenchmark benchmark) throws InputException {
            start = benchmark.start;
            SolverConfig config = SolverSettings.searchOnly(SolverSettings.load(null));
            TerminationConfig afterSteps = new TerminationConfig().withStepCountLimit(STEPS);
            config.setPhaseConfigList(config.getPhaseConfigList().stream()
                    .map(phase -> (PhaseConfig) ((LocalSearchPhaseConfig) phase).copyConfig()
                            .withTerminationConfig(afterSteps))
                    .toList());
            solver = (DefaultSolver<DrawdownPlan>) SolverFactory.<DrawdownPlan> create(config).buildSolver();
            scope = solver.getSolverScope();
            // The command line's solve listens to new best plans too.
            solver.addEventListener(event -> newBestPlans++);
        }

        /** What {@code Solver.solve} does before its phases, with the same random seed every time. */
        @Setup(Level.Invocation)
        public void startFromGreedyPlan() {
            scope.setInitialSolution(start);
            scope.setSolver(solver);
            solver.outerSolvingStarted(scope);
            solver.solvingStarted(scope);
            movesAtStart = scope.getMoveEvaluationCount();
            newBestPlansAtStart = newBestPlans;
        }

        void run() {
            for (Phase<DrawdownPlan> phase : solver.getPhaseList()) {
                phase.solve(scope);
            }
        }

        /** What {@code Solver.solve} does after its phases; the counts of this run go to the counters. */
        @TearDown(Level.Invocation)
        public void endSolve(Counts counts) {
            counts.moves += scope.getMoveEvaluationCount() - movesAtStart;
            counts.newBestPlans += newBestPlans - newBestPlansAtStart;
            solver.solvingEnded(scope);
            solver.outerSolvingEnded(scope);
        }
    }

    /** Reported per unit of measured time: microseconds per move evaluated and per new best plan. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Counts {

        public long moves;
        public long newBestPlans;

        @Setup(Level.Iteration)
        public void reset() {
            moves = 0;
            newBestPlans = 0;
        }
    }
}
