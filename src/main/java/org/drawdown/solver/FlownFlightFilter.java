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

    @Override
    public boolean accept(ScoreDirector<DrawdownPlan> scoreDirector, Flight flight) {
        return flight.isFlown();
    }
}
