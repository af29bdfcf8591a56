package org.drawdown.solver;

import java.util.Collection;
import java.util.List;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractMove;

import org.drawdown.domain.DrawdownPlan;
import org.drawdown.domain.Flight;
import org.drawdown.domain.PlanningVariables;

/**
 * Retimes a flown flight by a few slots. A random slot of the whole window almost never fits between the flight's
 * neighbours; a nearby one often does.
 */
public final class ShiftDepartureMove extends AbstractMove<DrawdownPlan> {

    private final Flight flight;
    private final int toSlot;

    public ShiftDepartureMove(Flight flight, int toSlot) {
        this.flight = flight;
        this.toSlot = toSlot;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<DrawdownPlan> scoreDirector) {
        return flight != null && !flight.isPinned() && flight.getDepartureSlot() != toSlot
                && flight.getSlotRange().contains(toSlot);
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<DrawdownPlan> scoreDirector) {
        scoreDirector.beforeVariableChanged(flight, PlanningVariables.FLIGHT_DEPARTURE_SLOT);
        flight.setDepartureSlot(toSlot);
        scoreDirector.afterVariableChanged(flight, PlanningVariables.FLIGHT_DEPARTURE_SLOT);
    }

    @Override
    public ShiftDepartureMove rebase(ScoreDirector<DrawdownPlan> destination) {
        return new ShiftDepartureMove(destination.lookUpWorkingObject(flight), toSlot);
    }

    @Override
    public Collection<?> getPlanningEntities() {
        return List.of(flight);
    }

    @Override
    public Collection<?> getPlanningValues() {
        return List.of(toSlot);
    }

    @Override
    public String toString() {
        return "shift " + flight + " {" + flight.getDepartureSlot() + " -> " + toSlot + "}";
    }
}
