package org.drawdown.solver;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.domain.variable.inverserelation.CollectionInverseVariableDemand;
import ai.timefold.solver.core.impl.domain.variable.inverserelation.CollectionInverseVariableSupply;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;

import org.drawdown.domain.CargoItem;
import org.drawdown.domain.DrawdownPlan;
import org.drawdown.domain.Flight;
import org.drawdown.domain.Load;
import org.drawdown.domain.PersonnelGroup;
import org.drawdown.domain.PlanningVariables;

/**
 * Which loads ride each flight, from Timefold's inverse index of the loads' flight variable. Flights keep no list
 * of their loads themselves (see {@link Flight}), so moves and filters that need one ask here; Timefold keeps the
 * index current on every variable change.
 */
final class LoadIndex {

    private final List<CollectionInverseVariableDemand<DrawdownPlan>> demands = new ArrayList<>();
    private final List<CollectionInverseVariableSupply> supplies = new ArrayList<>();

    private LoadIndex(InnerScoreDirector<DrawdownPlan, ?> scoreDirector) {
        // Both load classes inherit the variable; should Timefold index them apart, both indexes are asked.
        for (Class<?> loadClass : List.of(CargoItem.class, PersonnelGroup.class)) {
            var demand = new CollectionInverseVariableDemand<>(
                    VariableDescriptors.of(scoreDirector, loadClass, PlanningVariables.LOAD_FLIGHT));
            CollectionInverseVariableSupply supply = scoreDirector.getSupplyManager().demand(demand);
            demands.add(demand);
            if (!supplies.contains(supply)) {
                supplies.add(supply);
            }
        }
    }

    static LoadIndex demand(ScoreDirector<DrawdownPlan> scoreDirector) {
        return new LoadIndex((InnerScoreDirector<DrawdownPlan, ?>) scoreDirector);
    }

    /** Gives the index back, so Timefold stops maintaining it once nobody needs it. */
    void release(ScoreDirector<DrawdownPlan> scoreDirector) {
        var supplyManager = ((InnerScoreDirector<DrawdownPlan, ?>) scoreDirector).getSupplyManager();
        demands.forEach(supplyManager::cancel);
    }

    @SuppressWarnings("unchecked")
    List<Load> loadsOn(Flight flight) {
        List<Load> loads = new ArrayList<>();
        supplies.forEach(supply -> loads.addAll((Collection<Load>) supply.getInverseCollection(flight)));
        return loads;
    }

    /** A loop, not a stream: repacking asks this of every flight of an aircraft it reschedules. */
    boolean isFlown(Flight flight) {
        for (CollectionInverseVariableSupply supply : supplies) {
            if (!supply.getInverseCollection(flight).isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
