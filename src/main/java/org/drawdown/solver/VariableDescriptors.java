package org.drawdown.solver;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.domain.variable.descriptor.GenuineVariableDescriptor;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;

import org.drawdown.domain.DrawdownPlan;

/** Timefold's descriptor of a planning variable, which its generic moves and variable listeners are given. */
final class VariableDescriptors {

    private VariableDescriptors() {
    }

    /** The variable of this name ({@link org.drawdown.domain.PlanningVariables}) on this entity class. */
    static GenuineVariableDescriptor<DrawdownPlan> of(ScoreDirector<DrawdownPlan> scoreDirector,
            Class<?> entityClass, String name) {
        return ((InnerScoreDirector<DrawdownPlan, ?>) scoreDirector).getSolutionDescriptor()
                .findEntityDescriptorOrFail(entityClass).getGenuineVariableDescriptor(name);
    }
}
