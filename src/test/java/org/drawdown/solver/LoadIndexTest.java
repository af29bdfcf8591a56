package org.drawdown.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.impl.localsearch.scope.LocalSearchStepScope;
import ai.timefold.solver.core.impl.phase.event.PhaseLifecycleListenerAdapter;
import ai.timefold.solver.core.impl.phase.scope.AbstractStepScope;
import ai.timefold.solver.core.impl.solver.DefaultSolver;
import org.junit.jupiter.api.Test;

import org.drawdown.domain.DrawdownPlan;
import org.drawdown.domain.Flight;
import org.drawdown.domain.Load;
import org.drawdown.io.ScenarioValidator;
import org.drawdown.problem.ProblemFactory;

/**
 * The index's loads and sums of each flight, kept as loads come and go, are those counted afresh from the working
 * plan after every step of a real local search: the move factories decide from them which moves to score at all.
 */
class LoadIndexTest {

    @Test
    void everyFlightsLoadsAndSumsMatchThePlanAfterEveryStep() throws Exception {
        SolverConfig config = new SolverSettings.RunLimits(null, null, 20_000L, 1L, null)
                .applyTo(SolverSettings.load(null));
        DefaultSolver<DrawdownPlan> solver =
                (DefaultSolver<DrawdownPlan>) SolverFactory.<DrawdownPlan>create(config).buildSolver();
        AtomicInteger compared = new AtomicInteger();
        solver.addPhaseLifecycleListener(new PhaseLifecycleListenerAdapter<>() {
            @Override
            public void stepEnded(AbstractStepScope<DrawdownPlan> step) {
                if (step instanceof LocalSearchStepScope) {
                    LoadIndex index = LoadIndex.demand(step.getScoreDirector());
                    assertEquals(List.of(), differences(step.getScoreDirector().getWorkingSolution(), index),
                            "at step " + step.getStepIndex());
                    index.release(step.getScoreDirector());
                    compared.incrementAndGet();
                }
            }
        });
        solver.solve(ProblemFactory.build(ScenarioValidator.read(Path.of("datasets/gen-s.json"))));
        assertTrue(compared.get() > 1_000, compared + " steps");
    }

    private static List<String> differences(DrawdownPlan plan, LoadIndex index) {
        List<String> differences = new ArrayList<>();
        List<Load> loads = new ArrayList<>(plan.getCargo());
        loads.addAll(plan.getPersonnel());
        for (Flight flight : plan.getFlights()) {
            List<Load> aboard = loads.stream().filter(load -> load.getFlight() == flight).toList();
            if (!Set.copyOf(aboard).equals(new HashSet<>(index.loadsOn(flight)))
                    || aboard.size() != index.loadsOn(flight).size()) {
                differences.add(flight + " carries " + aboard + ", indexed " + index.loadsOn(flight));
            }
            List<Load> boarding = loads.stream().filter(load -> load.getLane() == flight.getLane()).toList();
            compare(flight, aboard, null, boarding, index, differences);
            aboard.forEach(leaving -> compare(flight, aboard, leaving, boarding, index, differences));
        }
        return differences;
    }

    /**
     * The indexed sortie against one loaded afresh, with the flight's own type: their totals, whether each holds its
     * loads, and which loads of the lane each has room for (rule 12 reads who is aboard, not the totals).
     */
    private static void compare(Flight flight, List<Load> aboard, Load leaving, List<Load> boarding, LoadIndex index,
            List<String> differences) {
        Sortie afresh = new Sortie(flight);
        aboard.stream().filter(load -> load != leaving).forEach(afresh::add);
        Sortie indexed = index.sortieOf(flight, flight.getType(), leaving);
        if (!afresh.totals().equals(indexed.totals()) || afresh.holdsItsLoads() != indexed.holdsItsLoads()
                || boarding.stream().anyMatch(load -> afresh.hasRoomFor(load) != indexed.hasRoomFor(load))) {
            differences.add(flight + " without " + leaving + ": " + afresh.totals() + " counted afresh, "
                    + indexed.totals() + " indexed");
        }
    }
}
