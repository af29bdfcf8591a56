package org.drawdown.solver;

import java.util.Collection;
import java.util.List;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractMove;

import org.drawdown.domain.DrawdownPlan;
import org.drawdown.domain.Flight;
import org.drawdown.domain.Load;
import org.drawdown.domain.PlanningVariables;

/**
 * Puts some loads of one lane on another flight of that lane, or leaves optional cargo behind ({@code to} null).
 * With every load of a flight it is a pillar change over cargo and personnel together: onto a flown flight it
 * consolidates two sorties into one, onto an unflown pool flight it re-flies the whole load at that flight's slot
 * and aircraft.
 */
public final class MoveLoadsMove extends AbstractMove<DrawdownPlan> {

    private final Flight from;
    private final Flight to;
    private final List<Load> loads;

    public MoveLoadsMove(Flight from, Flight to, Collection<? extends Load> loads) {
        this.from = from;
        this.to = to;
        this.loads = List.copyOf(loads);
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<DrawdownPlan> scoreDirector) {
        if (from == to || loads.isEmpty()) {
            return false;
        }
        if (to == null) {
            return loads.stream().noneMatch(Load::isMandatory);
        }
        // A flight held still keeps its schedule but may take more loads; history takes none.
        return !to.isHistory() && (from == null || from.getLane() == to.getLane());
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<DrawdownPlan> scoreDirector) {
        for (Load load : loads) {
            scoreDirector.beforeVariableChanged(load, PlanningVariables.LOAD_FLIGHT);
            load.setFlight(to);
            scoreDirector.afterVariableChanged(load, PlanningVariables.LOAD_FLIGHT);
        }
    }

    @Override
    public MoveLoadsMove rebase(ScoreDirector<DrawdownPlan> destination) {
        return new MoveLoadsMove(destination.lookUpWorkingObject(from), destination.lookUpWorkingObject(to),
                rebaseList(loads, destination));
    }

    @Override
    public Collection<?> getPlanningEntities() {
        return loads;
    }

    @Override
    public Collection<?> getPlanningValues() {
        return to == null ? List.of() : List.of(to);
    }

    @Override
    public String toString() {
        return loads.size() + " loads " + from + " -> " + to;
    }
}
