package org.drawdown.solver;

import java.util.Collection;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.domain.variable.inverserelation.CollectionInverseVariableDemand;
import ai.timefold.solver.core.impl.domain.variable.inverserelation.CollectionInverseVariableSupply;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;

import org.drawdown.domain.CargoItem;
import org.drawdown.domain.DrawdownPlan;
import org.drawdown.domain.Flight;
import org.drawdown.domain.PersonnelGroup;

/**
 * Which loads ride each flight, from Timefold's inverse index of the loads' flight variables. Flights keep no list
 * of their loads themselves (see {@link Flight}), so moves and filters that need one ask here; Timefold keeps the
 * index current on every variable change.
 */
final class LoadIndex {

    private final CollectionInverseVariableDemand<DrawdownPlan> cargoDemand;
    private final CollectionInverseVariableDemand<DrawdownPlan> personnelDemand;
    private final CollectionInverseVariableSupply cargo;
    private final CollectionInverseVariableSupply personnel;

    private LoadIndex(InnerScoreDirector<DrawdownPlan, ?> scoreDirector) {
        var solution = scoreDirector.getSolutionDescriptor();
        cargoDemand = new CollectionInverseVariableDemand<>(
                solution.findEntityDescriptorOrFail(CargoItem.class).getGenuineVariableDescriptor("flight"));
        personnelDemand = new CollectionInverseVariableDemand<>(
                solution.findEntityDescriptorOrFail(PersonnelGroup.class).getGenuineVariableDescriptor("flight"));
        cargo = scoreDirector.getSupplyManager().demand(cargoDemand);
        personnel = scoreDirector.getSupplyManager().demand(personnelDemand);
    }

    static LoadIndex demand(ScoreDirector<DrawdownPlan> scoreDirector) {
        return new LoadIndex((InnerScoreDirector<DrawdownPlan, ?>) scoreDirector);
    }

    /** Gives the index back, so Timefold stops maintaining it once nobody needs it. */
    void release(ScoreDirector<DrawdownPlan> scoreDirector) {
        var supplies = ((InnerScoreDirector<DrawdownPlan, ?>) scoreDirector).getSupplyManager();
        supplies.cancel(cargoDemand);
        supplies.cancel(personnelDemand);
    }

    @SuppressWarnings("unchecked")
    Collection<CargoItem> cargoOn(Flight flight) {
        return (Collection<CargoItem>) cargo.getInverseCollection(flight);
    }

    @SuppressWarnings("unchecked")
    Collection<PersonnelGroup> personnelOn(Flight flight) {
        return (Collection<PersonnelGroup>) personnel.getInverseCollection(flight);
    }

    boolean isFlown(Flight flight) {
        return !cargoOn(flight).isEmpty() || !personnelOn(flight).isEmpty();
    }
}
