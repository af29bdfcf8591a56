package org.drawdown.bound;

import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;

/**
 * What CP-SAT proved a minimum cost is at least (0 when it proved nothing) and the deterministic time it took: the
 * relaxation budgets its integer programs in that time, which is the same on every run.
 */
record CpSatProof(long cheapestUsd, double work) {

    /** The proof of a solve just ended; the bound is rounded up, as the objective is whole. */
    static CpSatProof of(CpSolver solver, CpSolverStatus status) {
        long cheapest = switch (status) {
            case OPTIMAL, FEASIBLE -> (long) Math.ceil(solver.bestObjectiveBound());
            default -> 0;
        };
        return new CpSatProof(cheapest, solver.response().getDeterministicTime());
    }
}
