package org.drawdown.score.justifications;

import java.util.Collection;
import java.util.List;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

import org.drawdown.domain.Flight;
import org.drawdown.domain.Load;

/**
 * What one match of a constraint is about, as Timefold's score analysis hands it over: one record per constraint,
 * naming the flights, loads, airfield or clearance and day involved. Whoever reads a match (the replan's repair, the
 * score explanation behind the report and {@code explain}) asks these two methods, never the match's raw facts.
 * <p>
 * Timefold builds a justification only when asked for a score analysis, so they cost the search nothing.
 */
public interface PlanJustification extends ConstraintJustification {

    /**
     * The flights the match involves by themselves; a load's own flight is not among them unless the match names
     * it too.
     *
     * @param flown the plan's flown flights, of which a match about a day's count involves those it counts
     */
    List<Flight> flights(Collection<Flight> flown);

    /** The loads the match involves. */
    default List<Load> loads() {
        return List.of();
    }
}
