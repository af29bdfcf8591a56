package org.drawdown.advice;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import ai.timefold.solver.core.config.solver.SolverConfig;

import org.drawdown.domain.DrawdownPlan;
import org.drawdown.domain.Load;
import org.drawdown.io.InputException;
import org.drawdown.io.ScenarioJson;
import org.drawdown.io.ScenarioValidator;
import org.drawdown.problem.ProblemFactory;
import org.drawdown.report.StuckLoads;
import org.drawdown.solver.PlanSolver;
import org.drawdown.solver.SolverSettings;

/**
 * Ways out of an infeasible plan: the single changes to the scenario that the stuck-load diagnosis points at, each
 * verified by solving the edited scenario, ranked by the stuck loads they free, then by cost. Of the changes of one
 * field of one entry, the smallest that frees as many loads as the largest is kept: the smallest is tried first, the
 * largest next, and between them the search halves the ladder. The ladder is sized with the construction alone,
 * which is quick and which the search can only improve on; the change chosen is then verified by a full solve.
 * Ladders are worked on two at a time, one per core.
 */
public final class Advisor {

    /** Solves run side by side: the two cores of a small machine, never more than it has. */
    private static final int THREADS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));

    /**
     * A change and what the solver made of the edited scenario.
     *
     * @param freed the loads stuck before that now move
     * @param stillStuck the mandatory loads that still do not move
     * @param feasible whether the edited scenario's plan breaks no rule and moves every mandatory load
     */
    public record Outcome(ScenarioChange change, ScenarioJson edited, int freed, int stillStuck, boolean feasible,
            long costUsd) {
    }

    /**
     * What advise found.
     *
     * @param plan the infeasible plan advised on: the one given, or the one solved
     * @param stuck the mandatory loads it leaves behind
     * @param outcomes the verified changes, best first
     * @param unrelaxable rules that alone keep loads back and that no change here relaxes
     * @param trials how many edited scenarios the construction alone planned, to size the changes
     */
    public record Advice(DrawdownPlan plan, long costUsd, List<String> stuck, List<StuckLoads.Diagnosis> diagnoses,
            List<Outcome> outcomes, List<String> unrelaxable, int trials) {

        /** The best change frees every stuck load into a feasible plan. */
        public boolean solved() {
            return !outcomes.isEmpty() && outcomes.get(0).feasible();
        }
    }

    private final Path scenarioFile;
    private final ScenarioJson scenario;
    private final PlanSolver solver;
    private final PlanSolver construction = new PlanSolver(SolverSettings.greedy());
    private final AtomicInteger trials = new AtomicInteger();
    private Set<String> stuck;

    private Advisor(Path scenarioFile, ScenarioJson scenario, SolverConfig config) {
        this.scenarioFile = scenarioFile;
        this.scenario = scenario;
        this.solver = new PlanSolver(config);
    }

    /**
     * Advises on a scenario.
     *
     * @param scenario the scenario as its file was read, already validated but without the defaults filled in, so
     *        that an edited file differs from it in the changed field alone
     * @param plan the plan to advise on, or null to solve the scenario first, as every change is verified
     * @param config how each edited scenario is solved
     */
    public static Advice advise(Path scenarioFile, ScenarioJson scenario, DrawdownPlan plan, SolverConfig config)
            throws InputException {
        return new Advisor(scenarioFile, scenario, config).advise(plan);
    }

    private Advice advise(DrawdownPlan given) throws InputException {
        DrawdownPlan plan = given != null ? given
                : solver.solve(ProblemFactory.build(ScenarioValidator.validate(scenarioFile, scenario)),
                        (millis, score, speed) -> { }).plan();
        long cost = -plan.getScore().softScore();
        stuck = stuckLoads(plan).collect(Collectors.toCollection(LinkedHashSet::new));
        if (stuck.isEmpty()) {
            return new Advice(plan, cost, List.of(), List.of(), List.of(), List.of(), 0);
        }
        List<StuckLoads.Diagnosis> diagnoses = StuckLoads.diagnose(plan);
        ChangeFinder.Candidates candidates = ChangeFinder.find(plan, scenario, diagnoses);
        List<Outcome> outcomes = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, task -> {
            Thread thread = new Thread(task, "advise");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Outcome>> verified = new ArrayList<>();
            for (List<ScenarioChange> ladder : candidates.ladders()) {
                verified.add(pool.submit(() -> smallestOfBest(ladder)));
            }
            for (Future<Outcome> outcome : verified) {
                Outcome best = outcome.get();
                if (best != null) {
                    outcomes.add(best);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("advise was interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
        // Among changes that free as many, one that leaves fewer other loads behind comes first. The sort is stable:
        // among equals, the order the diagnosis gave, which does not depend on which thread finished first.
        outcomes.sort(Comparator.comparingInt(Outcome::freed).reversed()
                .thenComparingInt(Outcome::stillStuck)
                .thenComparing(outcome -> !outcome.feasible())
                .thenComparingLong(Outcome::costUsd));
        return new Advice(plan, cost, List.copyOf(stuck), diagnoses, outcomes, candidates.unrelaxable(),
                trials.get());
    }

    /**
     * The smallest change of the ladder that the construction finds as good as its largest, verified by a full
     * solve; null when no change of the ladder makes a valid scenario.
     */
    private Outcome smallestOfBest(List<ScenarioChange> ladder) {
        if (ladder.size() == 1) {
            return solve(ladder.get(0), solver);
        }
        int chosen = 0;
        Outcome smallest = trial(ladder.get(0));
        if (smallest == null || !smallest.feasible()) {
            Outcome largest = trial(ladder.get(ladder.size() - 1));
            if (largest != null && (smallest == null || better(largest, smallest))) {
                int tooSmall = 0;
                chosen = ladder.size() - 1;
                while (chosen - tooSmall > 1) {
                    int middle = (tooSmall + chosen) >>> 1;
                    Outcome outcome = trial(ladder.get(middle));
                    if (outcome != null && !better(largest, outcome)) {
                        chosen = middle;
                    } else {
                        tooSmall = middle;
                    }
                }
            }
        }
        return solve(ladder.get(chosen), solver);
    }

    private static boolean better(Outcome a, Outcome b) {
        return a.freed() > b.freed() || (a.feasible() && !b.feasible());
    }

    private Outcome trial(ScenarioChange change) {
        trials.incrementAndGet();
        return solve(change, construction);
    }

    /** Plans the edited scenario; null when the edit makes a scenario the validator refuses. */
    private Outcome solve(ScenarioChange change, PlanSolver planner) {
        ScenarioJson edited = change.edit().apply(scenario);
        DrawdownPlan problem;
        try {
            problem = ProblemFactory.build(ScenarioValidator.validate(scenarioFile, edited));
        } catch (InputException e) {
            return null;
        }
        DrawdownPlan plan = planner.solve(problem, (millis, score, speed) -> { }).plan();
        Set<String> stillStuck = stuckLoads(plan).collect(Collectors.toSet());
        int freed = (int) stuck.stream().filter(id -> !stillStuck.contains(id)).count();
        boolean feasible = plan.getScore().hardScore() == 0 && plan.getScore().mediumScore() == 0;
        return new Outcome(change, edited, freed, stillStuck.size(), feasible, -plan.getScore().softScore());
    }

    /** The ids of the mandatory loads no flight carries. */
    private static Stream<String> stuckLoads(DrawdownPlan plan) {
        return Stream.<Load>concat(plan.getCargo().stream().filter(item -> item.isMandatory()),
                plan.getPersonnel().stream()).filter(load -> load.getFlight() == null).map(Load::getId);
    }
}
