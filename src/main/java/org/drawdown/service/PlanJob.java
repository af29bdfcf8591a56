package org.drawdown.service;

import java.time.Instant;

/**
 * A solver job as the database holds it.
 *
 * @param timeLimitMillis the search time the job was given in all, over every replica that worked on it
 * @param previousId for a replan, the job whose plan was in force; else null
 * @param now for a replan, the time before which flights are history; else null
 * @param plan the best plan so far in the plan-file format, or null before the first one
 * @param spentMillis the search time spent so far
 */
public record PlanJob(String id, String scenarioId, JobStatus status, long timeLimitMillis, Long seed,
        SolverChoice config, String previousId, Instant now, String sweepId, String score, Boolean feasible,
        Long costUsd, Long boundUsd, String plan, long spentMillis, Long movesPerSecond, boolean stopRequested,
        String error, Instant createdAt, Instant updatedAt) {
}
