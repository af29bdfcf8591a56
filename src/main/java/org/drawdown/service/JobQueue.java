package org.drawdown.service;

import java.util.UUID;

import org.jobrunr.scheduling.JobRequestScheduler;

/** Submits jobs: a row in Drawdown's tables, and a JobRunr job of the same id that some replica will run. */
final class JobQueue {

    private final JobStore store;
    private final JobRequestScheduler scheduler;

    JobQueue(JobStore store, JobRequestScheduler scheduler) {
        this.store = store;
        this.scheduler = scheduler;
    }

    String submit(JobStore.NewJob job) {
        String id = store.addJob(job);
        scheduler.enqueue(UUID.fromString(id), new SolveJob(id));
        return id;
    }
}
