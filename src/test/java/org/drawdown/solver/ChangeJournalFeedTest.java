package org.drawdown.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.impl.localsearch.scope.LocalSearchStepScope;
import ai.timefold.solver.core.impl.phase.event.PhaseLifecycleListenerAdapter;
import ai.timefold.solver.core.impl.phase.scope.AbstractStepScope;
import ai.timefold.solver.core.impl.solver.DefaultSolver;
import org.junit.jupiter.api.Test;

import org.drawdown.domain.DrawdownPlan;
import org.drawdown.domain.DrawdownPlanCloner;
import org.drawdown.domain.Flight;
import org.drawdown.domain.Load;
import org.drawdown.io.ScenarioValidator;
import org.drawdown.problem.ProblemFactory;

/**
 * A clone made from the change journal holds the working plan's variables as they are, after every step of a real
 * local search: a change the journal missed would make a best plan that is not the one the solver scored.
 */
class ChangeJournalFeedTest {

    @Test
    void everyCloneDuringTheSearchHoldsTheWorkingPlanAsItIs() throws Exception {
        DefaultSolver<DrawdownPlan> solver = solver(20_000L);
        DrawdownPlanCloner cloner = new DrawdownPlanCloner();
        AtomicInteger compared = new AtomicInteger();
        solver.addPhaseLifecycleListener(new PhaseLifecycleListenerAdapter<>() {
            @Override
            public void stepEnded(AbstractStepScope<DrawdownPlan> step) {
                if (step instanceof LocalSearchStepScope) {
                    DrawdownPlan working = step.getScoreDirector().getWorkingSolution();
                    assertNotNull(working.getChangeJournal(), "no journal during the local search");
                    assertEquals(List.of(), differences(variables(working), variables(cloner.cloneSolution(working))),
                            "the clone differs from the working plan at step " + step.getStepIndex());
                    compared.incrementAndGet();
                }
            }
        });
        solver.solve(genS());
        assertTrue(compared.get() > 1_000, compared + " steps");
    }

    @Test
    void theJournalComesOffThePlanWhenTheSearchEnds() throws Exception {
        DefaultSolver<DrawdownPlan> solver = solver(1_000L);
        List<DrawdownPlan> working = new ArrayList<>();
        solver.addPhaseLifecycleListener(new PhaseLifecycleListenerAdapter<>() {
            @Override
            public void stepEnded(AbstractStepScope<DrawdownPlan> step) {
                working.add(step.getScoreDirector().getWorkingSolution());
            }
        });
        solver.solve(genS());
        assertNull(working.get(working.size() - 1).getChangeJournal());
    }

    /** The bundled configuration, seed 1, stopping after this many moves. */
    private static DefaultSolver<DrawdownPlan> solver(long moveLimit) throws Exception {
        SolverConfig config = new SolverSettings.RunLimits(null, null, moveLimit, 1L, null)
                .applyTo(SolverSettings.load(null));
        return (DefaultSolver<DrawdownPlan>) SolverFactory.<DrawdownPlan>create(config).buildSolver();
    }

    private static DrawdownPlan genS() throws Exception {
        return ProblemFactory.build(ScenarioValidator.read(Path.of("datasets/gen-s.json")));
    }

    private static List<String> differences(List<String> working, List<String> clone) {
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < working.size(); i++) {
            if (!working.get(i).equals(clone.get(i))) {
                differences.add(working.get(i) + " was cloned as " + clone.get(i));
            }
        }
        return differences;
    }

    /** Every variable of the plan, by entity id. */
    private static List<String> variables(DrawdownPlan plan) {
        List<String> variables = new ArrayList<>();
        for (Flight flight : plan.getFlights()) {
            variables.add(flight.getId() + " " + (flight.getAircraft() == null ? "-" : flight.getAircraft().getId())
                    + " " + flight.getDepartureSlot());
        }
        List<Load> loads = new ArrayList<>(plan.getCargo());
        loads.addAll(plan.getPersonnel());
        for (Load load : loads) {
            variables.add(load.getId() + " " + (load.getFlight() == null ? "-" : load.getFlight().getId()));
        }
        return variables;
    }
}
