package org.drawdown.service;

import org.jobrunr.jobs.lambdas.JobRequest;

/** JobRunr's handle on a solver job: the id of its row in Drawdown's tables, where everything else is. */
public record SolveJob(String planId) implements JobRequest {

    @Override
    public Class<SolveJobHandler> getJobRequestHandler() {
        return SolveJobHandler.class;
    }
}
