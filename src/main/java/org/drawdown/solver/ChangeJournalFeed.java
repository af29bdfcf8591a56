package org.drawdown.solver;

import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.domain.variable.BasicVariableChangeEvent;
import ai.timefold.solver.core.impl.domain.variable.descriptor.VariableDescriptor;
import ai.timefold.solver.core.impl.domain.variable.listener.SourcedBasicVariableListener;
import ai.timefold.solver.core.impl.domain.variable.supply.AbstractVariableDescriptorBasedDemand;
import ai.timefold.solver.core.impl.domain.variable.supply.SupplyManager;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;

import org.drawdown.domain.CargoItem;
import org.drawdown.domain.ChangeJournal;
import org.drawdown.domain.DrawdownPlan;
import org.drawdown.domain.Flight;
import org.drawdown.domain.PersonnelGroup;
import org.drawdown.domain.PlanningVariables;

/**
 * Reports every change of a planning variable to the working plan's {@link ChangeJournal} while the local search
 * runs, so that cloning each new best plan reads only what changed. Timefold tells its variable listeners of every
 * change, the moves' and their undoing alike; one listens to each of the four genuine variables.
 * <p>
 * The move factories demand it when the local search starts, the same way as {@link LoadIndex}; Timefold keeps one
 * listener per variable however many demand it, and the journal comes off the plan when the last gives it back.
 */
final class ChangeJournalFeed {

    private final List<Demand> demands = new ArrayList<>();

    private ChangeJournalFeed(ScoreDirector<DrawdownPlan> scoreDirector) {
        SupplyManager supplyManager = ((InnerScoreDirector<DrawdownPlan, ?>) scoreDirector).getSupplyManager();
        for (VariableDescriptor<DrawdownPlan> variable : List.of(
                VariableDescriptors.of(scoreDirector, CargoItem.class, PlanningVariables.LOAD_FLIGHT),
                VariableDescriptors.of(scoreDirector, PersonnelGroup.class, PlanningVariables.LOAD_FLIGHT),
                VariableDescriptors.of(scoreDirector, Flight.class, PlanningVariables.FLIGHT_AIRCRAFT),
                VariableDescriptors.of(scoreDirector, Flight.class, PlanningVariables.FLIGHT_DEPARTURE_SLOT))) {
            Demand demand = new Demand(variable);
            supplyManager.demand(demand);
            demands.add(demand);
        }
    }

    static ChangeJournalFeed demand(ScoreDirector<DrawdownPlan> scoreDirector) {
        return new ChangeJournalFeed(scoreDirector);
    }

    void release(ScoreDirector<DrawdownPlan> scoreDirector) {
        SupplyManager supplyManager = ((InnerScoreDirector<DrawdownPlan, ?>) scoreDirector).getSupplyManager();
        demands.forEach(supplyManager::cancel);
        // Timefold still calls a listener nobody demands any more, but nothing says it will: unreported changes
        // would make a wrong clone, so the journal comes off the plan.
        if (demands.stream().allMatch(demand -> supplyManager.getActiveCount(demand) == 0)) {
            scoreDirector.getWorkingSolution().detachChangeJournal();
        }
    }

    private static final class Demand extends AbstractVariableDescriptorBasedDemand<DrawdownPlan, Listener> {

        Demand(VariableDescriptor<DrawdownPlan> variable) {
            super(variable);
        }

        @Override
        public Listener createExternalizedSupply(SupplyManager supplyManager) {
            return new Listener(variableDescriptor);
        }
    }

    private static final class Listener implements SourcedBasicVariableListener<DrawdownPlan, Object> {

        private final VariableDescriptor<DrawdownPlan> variable;
        private ChangeJournal journal;

        Listener(VariableDescriptor<DrawdownPlan> variable) {
            this.variable = variable;
        }

        @Override
        public VariableDescriptor<DrawdownPlan> getSourceVariableDescriptor() {
            return variable;
        }

        /** On demand, and whenever Timefold is given another working plan. */
        @Override
        public void resetWorkingSolution(InnerScoreDirector<DrawdownPlan, ?> scoreDirector) {
            journal = scoreDirector.getWorkingSolution().attachChangeJournal();
        }

        @Override
        public void beforeChange(InnerScoreDirector<DrawdownPlan, ?> scoreDirector,
                BasicVariableChangeEvent<Object> event) {
        }

        @Override
        public void afterChange(InnerScoreDirector<DrawdownPlan, ?> scoreDirector,
                BasicVariableChangeEvent<Object> event) {
            journal.changed(event.entity());
        }
    }
}
