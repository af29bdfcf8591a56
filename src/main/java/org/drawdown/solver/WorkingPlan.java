package org.drawdown.solver;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;

import org.drawdown.domain.Aircraft;
import org.drawdown.domain.DrawdownPlan;
import org.drawdown.domain.Flight;
import org.drawdown.domain.Load;
import org.drawdown.domain.PlanningVariables;

/**
 * The working plan as Drawdown's custom phases change it: every change goes through the score director, so the
 * incremental score follows, and the score can be asked after each.
 */
final class WorkingPlan {

    private final InnerScoreDirector<DrawdownPlan, HardMediumSoftLongScore> scoreDirector;

    @SuppressWarnings("unchecked")
    WorkingPlan(ScoreDirector<DrawdownPlan> scoreDirector) {
        this.scoreDirector = (InnerScoreDirector<DrawdownPlan, HardMediumSoftLongScore>) scoreDirector;
    }

    DrawdownPlan plan() {
        return scoreDirector.getWorkingSolution();
    }

    HardMediumSoftLongScore score() {
        return scoreDirector.calculateScore().raw();
    }

    void assign(Load load, Flight flight) {
        scoreDirector.beforeVariableChanged(load, PlanningVariables.LOAD_FLIGHT);
        load.setFlight(flight);
        scoreDirector.afterVariableChanged(load, PlanningVariables.LOAD_FLIGHT);
        scoreDirector.triggerVariableListeners();
    }

    void schedule(Flight flight, Aircraft aircraft, Integer slot) {
        scoreDirector.beforeVariableChanged(flight, PlanningVariables.FLIGHT_AIRCRAFT);
        flight.setAircraft(aircraft);
        scoreDirector.afterVariableChanged(flight, PlanningVariables.FLIGHT_AIRCRAFT);
        scoreDirector.beforeVariableChanged(flight, PlanningVariables.FLIGHT_DEPARTURE_SLOT);
        flight.setDepartureSlot(slot);
        scoreDirector.afterVariableChanged(flight, PlanningVariables.FLIGHT_DEPARTURE_SLOT);
        scoreDirector.triggerVariableListeners();
    }
}
