package org.drawdown.service;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.config.solver.SolverConfig;

import org.drawdown.bound.ProvenBound;
import org.drawdown.domain.DrawdownPlan;
import org.drawdown.domain.PlanningWindow;
import org.drawdown.io.InputException;
import org.drawdown.io.PlanExporter;
import org.drawdown.io.PlanJson;
import org.drawdown.io.ScenarioJson;
import org.drawdown.io.StrictJson;
import org.drawdown.problem.PlanLoader;
import org.drawdown.problem.ProblemFactory;
import org.drawdown.solver.LowerBound;
import org.drawdown.solver.PlanSolver;
import org.drawdown.solver.Replanner;
import org.drawdown.solver.SolverSettings;
import org.jobrunr.jobs.lambdas.JobRequestHandler;

/**
 * Solves one job on this replica, as JobRunr hands it over: saves the best plan as it improves (at most once per
 * {@link #SAVE_INTERVAL}), stops when asked through the database, and picks up where another replica left off: a
 * job that already has a saved plan searches on from it for what is left of its time limit.
 */
public final class SolveJobHandler implements JobRequestHandler<SolveJob> {

    /** How often a solving job's best plan is saved at most: often enough to lose little, rarely enough to be cheap. */
    static final Duration SAVE_INTERVAL = Duration.ofSeconds(1);
    /** How often this replica looks for stop requests of the jobs it solves. */
    private static final Duration STOP_POLL = Duration.ofMillis(500);

    private final JobStore store;
    private final String replica;
    private final Map<String, Run> running = new ConcurrentHashMap<>();
    private final ScheduledExecutorService stopWatch = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "drawdown-stop-watch");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean shuttingDown;

    public SolveJobHandler(JobStore store, String replica) {
        this.store = store;
        this.replica = replica;
        stopWatch.scheduleWithFixedDelay(this::stopRequested, STOP_POLL.toMillis(), STOP_POLL.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void run(SolveJob request) throws Exception {
        PlanJob job = store.job(request.planId()).orElse(null);
        if (job == null || job.status().finished()) {
            return; // stopped while queued, or already finished
        }
        if (job.stopRequested()) {
            store.finishQueued(job.id(), JobStatus.STOPPED);
            return;
        }
        ScenarioJson scenario = Payloads.storedScenario(job.scenarioId(), store.scenarioBody(job.scenarioId()));
        Run run = new Run(job);
        boolean warmStart = job.plan() != null && job.previousId() == null && job.config() == SolverChoice.DEFAULT;
        long execution = store.startExecution(job.id(), replica, warmStart);
        running.put(job.id(), run);
        JobStatus outcome = null;
        String error = null;
        try {
            DrawdownPlan best = job.previousId() == null ? run.solve(scenario, warmStart) : run.replan(scenario);
            if (!run.began) {
                return; // it finished meanwhile: stopped before this replica began
            }
            run.save(best);
            if (shuttingDown && !run.stopRequested) {
                // The replica goes down before the job is done: JobRunr gives it to another, which searches on.
                throw new IllegalStateException("replica " + replica + " shut down while solving " + job.id());
            }
            outcome = run.stopRequested ? JobStatus.STOPPED : JobStatus.DONE;
        } catch (InputException e) {
            outcome = JobStatus.FAILED;
            error = e.getMessage();
        } catch (RuntimeException e) {
            if (shuttingDown || e instanceof JobStore.DatabaseException) {
                throw e; // JobRunr retries the job, here or on another replica
            }
            // The same job would fail the same way on every retry: say so at once.
            outcome = JobStatus.FAILED;
            error = e.toString();
        } finally {
            running.remove(job.id());
            if (outcome == null) {
                store.endExecution(execution);
            } else {
                store.finish(job.id(), outcome, error, execution);
            }
        }
    }

    /** How many jobs this replica solves now. */
    public int solving() {
        return running.size();
    }

    /** The move evaluation speed of this replica's searches, added up. */
    public long movesPerSecond() {
        return running.values().stream().mapToLong(run -> run.movesPerSecond).sum();
    }

    /** Stops every search of this replica, saving its best plan; JobRunr gives the jobs to other replicas. */
    public void shutDown() {
        shuttingDown = true;
        stopWatch.shutdownNow();
        running.values().forEach(Run::stop);
    }

    private void stopRequested() {
        try {
            for (String id : store.stopRequested(List.copyOf(running.keySet()))) {
                Run run = running.get(id);
                if (run != null) {
                    run.stopRequested = true;
                    run.stop();
                }
            }
        } catch (RuntimeException e) {
            // The database may be away for a moment; the next look will tell.
        }
    }

    /** One job's search on this replica. */
    private final class Run implements PlanSolver.Progress {

        private final PlanJob job;
        private PlanJson inForce;
        private volatile PlanSolver solver;
        private volatile boolean stopRequested;
        private volatile long movesPerSecond;
        private long spentBefore;
        /** The saved plan's score that a taken-over job resumed from, which nothing worse may replace. */
        private HardMediumSoftLongScore resumedFrom;
        private long lastSave;
        private boolean began;

        Run(PlanJob job) {
            this.job = job;
        }

        DrawdownPlan solve(ScenarioJson scenario, boolean warmStart) throws InputException {
            SolverConfig base = job.config().config();
            DrawdownPlan problem;
            SolverConfig config;
            if (warmStart) {
                // The construction keeps the saved plan's loads where they are and only gives the pool flights
                // that it leaves unused an aircraft and a departure; the search goes on from there.
                problem = new PlanLoader(Payloads.planName(job.id()), scenario,
                        Payloads.storedPlan(job.id(), job.plan())).asStart();
                config = limits(job.timeLimitMillis() - job.spentMillis()).applyToSearch(base);
                spentBefore = job.spentMillis();
                resumedFrom = HardMediumSoftLongScore.parseScore(job.score());
            } else {
                problem = ProblemFactory.build(scenario);
                config = limits(job.timeLimitMillis()).applyToSearch(base);
            }
            if (!begin(problem)) {
                return problem;
            }
            // As solve does: the proven bound beside the search, raising the quick one once it is known.
            CompletableFuture.runAsync(() -> store.raiseBound(job.id(), ProvenBound.of(problem).bestUsd()));
            return search(problem, config);
        }

        DrawdownPlan replan(ScenarioJson scenario) throws InputException {
            PlanJob previous = store.job(job.previousId()).orElseThrow();
            inForce = Payloads.storedPlan(previous.id(), previous.plan());
            PlanningWindow window = new PlanningWindow(scenario.start(), scenario.deadline(), scenario.slotMinutes());
            Replanner replanner = new Replanner(Payloads.planName(previous.id()), scenario, inForce,
                    window.minuteOf(job.now()));
            Replanner.Replan replan = replanner.replan();
            if (!begin(replan.problem())) {
                return replan.problem();
            }
            return replanner.solve(replan, job.config().config(), limits(job.timeLimitMillis()), false,
                    this::search, () -> stopRequested || shuttingDown);
        }

        /** Marks the job as solving here, with the quick combinatorial bound; false when it was stopped meanwhile. */
        private boolean begin(DrawdownPlan problem) {
            began = store.startSolving(job.id(), LowerBound.of(problem).totalUsd());
            return began;
        }

        private SolverSettings.RunLimits limits(long timeLimitMillis) {
            return new SolverSettings.RunLimits(Duration.ofMillis(Math.max(0, timeLimitMillis)), null, null,
                    job.seed(), null);
        }

        private DrawdownPlan search(DrawdownPlan problem, SolverConfig config) {
            PlanSolver current = new PlanSolver(config);
            solver = current;
            if (stopRequested || shuttingDown) {
                current.stop();
            }
            PlanSolver.Result result = current.solve(problem, this);
            spentBefore += result.elapsedMillis();
            movesPerSecond = result.moveEvaluationsPerSecond();
            return result.plan();
        }

        void stop() {
            PlanSolver current = solver;
            if (current != null) {
                current.stop();
            }
        }

        @Override
        public void improved(long elapsedMillis, HardMediumSoftLongScore score, long moveEvaluationsPerSecond) {
            movesPerSecond = moveEvaluationsPerSecond;
        }

        @Override
        public void improved(DrawdownPlan best, long elapsedMillis, HardMediumSoftLongScore score,
                long moveEvaluationsPerSecond) {
            movesPerSecond = moveEvaluationsPerSecond;
            long now = System.nanoTime();
            if (now - lastSave >= SAVE_INTERVAL.toNanos() || lastSave == 0) {
                lastSave = now;
                save(best, spentBefore + elapsedMillis);
            }
        }

        void save(DrawdownPlan best) {
            save(best, spentBefore);
        }

        /**
         * Saves the plan unless it is worse than the one the job resumed from: the construction that a resumed search
         * starts with may be cut short by what little is left of the time limit.
         */
        private void save(DrawdownPlan best, long spentMillis) {
            if (resumedFrom != null && best.getScore().compareTo(resumedFrom) < 0) {
                return;
            }
            PlanJson plan = inForce == null ? PlanExporter.export(best)
                    : PlanExporter.export(best, inForce, job.now());
            store.saveBest(job.id(), new JobStore.BestPlan(plan.score(), plan.feasible(), plan.totalCostUsd(),
                    StrictJson.toJson(plan), spentMillis, movesPerSecond));
        }
    }
}
