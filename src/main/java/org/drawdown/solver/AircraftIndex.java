package org.drawdown.solver;

import java.util.Collection;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.domain.variable.inverserelation.CollectionInverseVariableDemand;
import ai.timefold.solver.core.impl.domain.variable.inverserelation.CollectionInverseVariableSupply;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;

import org.drawdown.domain.Aircraft;
import org.drawdown.domain.DrawdownPlan;
import org.drawdown.domain.Flight;
import org.drawdown.domain.PlanningVariables;

/**
 * Which flights each aircraft is given, from Timefold's inverse index of the flights' aircraft variable, kept current
 * on every variable change like {@link LoadIndex}. Pool flights count too (the construction gives every flight an
 * aircraft), so a caller that wants an aircraft's itinerary keeps the flown ones.
 */
final class AircraftIndex {

    private final CollectionInverseVariableDemand<DrawdownPlan> demand;
    private final CollectionInverseVariableSupply supply;

    private AircraftIndex(InnerScoreDirector<DrawdownPlan, ?> scoreDirector) {
        demand = new CollectionInverseVariableDemand<>(
                VariableDescriptors.of(scoreDirector, Flight.class, PlanningVariables.FLIGHT_AIRCRAFT));
        supply = scoreDirector.getSupplyManager().demand(demand);
    }

    static AircraftIndex demand(ScoreDirector<DrawdownPlan> scoreDirector) {
        return new AircraftIndex((InnerScoreDirector<DrawdownPlan, ?>) scoreDirector);
    }

    /** Gives the index back, so Timefold stops maintaining it once nobody needs it. */
    void release(ScoreDirector<DrawdownPlan> scoreDirector) {
        ((InnerScoreDirector<DrawdownPlan, ?>) scoreDirector).getSupplyManager().cancel(demand);
    }

    /** In no particular order. */
    @SuppressWarnings("unchecked")
    Collection<Flight> flightsOf(Aircraft aircraft) {
        return (Collection<Flight>) supply.getInverseCollection(aircraft);
    }
}
