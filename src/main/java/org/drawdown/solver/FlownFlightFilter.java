package org.drawdown.solver;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.common.decorator.SelectionFilter;

import org.drawdown.domain.DrawdownPlan;
import org.drawdown.domain.Flight;

/**
 * Moves on a flight's aircraft or slot only matter for flown flights: an unflown pool flight costs nothing and no
 * rule sees it, so changing it would spend a move evaluation for nothing.
 */
public class FlownFlightFilter implements SelectionFilter<DrawdownPlan, Flight> {

    private ScoreDirector<DrawdownPlan> indexedDirector;
    private LoadIndex loads;

    @Override
    public boolean accept(ScoreDirector<DrawdownPlan> scoreDirector, Flight flight) {
        // A filter has no lifecycle, so it keeps the index of the score director it last saw.
        if (scoreDirector != indexedDirector) {
            loads = LoadIndex.demand(scoreDirector);
            indexedDirector = scoreDirector;
        }
        return loads.isFlown(flight);
    }
}
