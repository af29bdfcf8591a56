package org.drawdown.service;

/** Where a job stands. A stopped or done job keeps its best plan; a failed one says why. */
public enum JobStatus {
    QUEUED, SOLVING, DONE, STOPPED, FAILED;

    /** Whether the job will not be solved any further. */
    public boolean finished() {
        return this == DONE || this == STOPPED || this == FAILED;
    }
}
