package org.drawdown.problem;

/**
 * How a plan file's flight does not fit the scenario it is read against: what it names that the scenario does not
 * have, or a departure between the scenario's slots. {@link ProblemFactory.Builder#misfits} finds them for every
 * reader of plan files (loading, replanning), each saying in its own words what it does about them.
 */
enum Misfit {
    UNKNOWN_AIRCRAFT,
    UNKNOWN_ROUTE,
    OFF_SLOT_GRID
}
