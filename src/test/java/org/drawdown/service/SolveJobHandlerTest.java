package org.drawdown.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.drawdown.check.PlanChecker;
import org.drawdown.io.ScenarioValidator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The solving side of a job on the embedded database, without JobRunr: what a replica does with a job it gets. */
class SolveJobHandlerTest {

    @TempDir
    Path dataDirectory;

    private Database database;
    private JobStore store;
    private SolveJobHandler handler;
    private String scenarioId;

    @BeforeEach
    void open() throws Exception {
        database = Database.open(null, dataDirectory);
        store = new JobStore(database.dataSource());
        handler = new SolveJobHandler(store, "replica-under-test");
        scenarioId = store.addScenario("small", Files.readString(ApiClient.SMALL));
    }

    @AfterEach
    void close() {
        handler.shutDown();
        database.close();
    }

    @Test
    void aNewJobIsSolvedFromScratchAndItsPlanKept() throws Exception {
        String id = store.addJob(job(1000));
        handler.run(new SolveJob(id));
        PlanJob done = store.job(id).orElseThrow();
        assertEquals(JobStatus.DONE, done.status());
        assertTrue(PlanChecker.check(ScenarioValidator.read(ApiClient.SMALL),
                Payloads.storedPlan(id, done.plan())).passed());
        List<JobStore.Execution> runs = store.executions();
        assertEquals(1, runs.size());
        assertFalse(runs.get(0).warmStart());
    }

    /** A job another replica left half done searches on from its saved plan, for what is left of its time. */
    @Test
    void aJobTakenOverSearchesOnFromItsSavedPlan() throws Exception {
        String first = store.addJob(job(1000));
        handler.run(new SolveJob(first));
        PlanJob solved = store.job(first).orElseThrow();

        String id = store.addJob(job(3000));
        store.startSolving(id, solved.boundUsd());
        store.saveBest(id, new JobStore.BestPlan(solved.score(), solved.feasible(), solved.costUsd(), solved.plan(),
                2000, 0));
        handler.run(new SolveJob(id));
        PlanJob resumed = store.job(id).orElseThrow();
        assertEquals(JobStatus.DONE, resumed.status());
        assertTrue(resumed.spentMillis() >= 2000, "the time spent before counts: " + resumed.spentMillis());
        assertTrue(resumed.costUsd() <= solved.costUsd(), "never worse than where it resumed from");
        assertTrue(PlanChecker.check(ScenarioValidator.read(ApiClient.SMALL),
                Payloads.storedPlan(id, resumed.plan())).passed());
        assertTrue(store.executions().get(1).warmStart());
    }

    @Test
    void aJobStoppedWhileQueuedIsNotSolved() throws Exception {
        String id = store.addJob(job(1000));
        assertEquals(JobStatus.STOPPED, store.requestStop(id));
        handler.run(new SolveJob(id));
        assertEquals(JobStatus.STOPPED, store.job(id).orElseThrow().status());
        assertTrue(store.executions().isEmpty());
    }

    private JobStore.NewJob job(long timeLimitMillis) {
        return new JobStore.NewJob(scenarioId, timeLimitMillis, 1L, SolverChoice.DEFAULT, null, null, null);
    }
}
