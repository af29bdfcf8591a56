package org.drawdown.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.config.solver.SolverConfig;

import org.drawdown.bound.ProvenBound;
import org.drawdown.check.Breach;
import org.drawdown.check.CheckReport;
import org.drawdown.check.PlanChecker;
import org.drawdown.domain.DrawdownPlan;
import org.drawdown.generate.TinyScenarios;
import org.drawdown.generate.TinyScenarios.Shape;
import org.drawdown.io.PlanExporter;
import org.drawdown.io.ScenarioJson;
import org.drawdown.io.ScenarioValidator;
import org.drawdown.problem.ProblemFactory;
import org.drawdown.solver.PlanSolver;
import org.drawdown.solver.SolverSettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The exact mode against the rest of Drawdown, on a tiny scenario of each shape (4 to 7 loads, 8 with SECURITY): its objective is the score the
 * constraint provider gives the same plan, the independent checker passes that plan, and no local search and no
 * lower bound contradict its optimum. No timing: the time limit only keeps a broken model from hanging the build.
 */
class ExactSolverTest {

    private static final Duration GENEROUS = Duration.ofMinutes(2);
    private static final long SEARCH_MOVES = 5_000;

    @ParameterizedTest
    @EnumSource(Shape.class)
    void optimumIsScoredAlikeChecksOutAndBoundsTheSearch(Shape shape) throws Exception {
        ScenarioJson scenario = ScenarioValidator.validate(Path.of(shape.name()), TinyScenarios.of(shape, 1, 4));
        DrawdownPlan problem = ProblemFactory.build(scenario);
        long lowerBound = ProvenBound.of(problem).bestUsd();

        ExactSolver.Result exact = new ExactSolver().solve(problem, GENEROUS, 1L, (seconds, notMoved, cost) -> { });

        assertEquals(ExactSolver.Outcome.OPTIMAL, exact.outcome());
        PlanSolver scorer = new PlanSolver(SolverSettings.greedy());
        scorer.rescore(exact.plan());
        assertEquals(HardMediumSoftLongScore.of(0, -exact.notMoved(), -exact.costUsd()), exact.plan().getScore(),
                "CP-SAT's objective and the constraint provider's score of the same plan");
        CheckReport report = PlanChecker.check(scenario, PlanExporter.export(exact.plan()));
        assertEquals(List.of(), report.breaches().stream().map(Breach::line).toList());
        assertEquals(exact.costUsd(), report.totalCostUsd());

        SolverConfig search = new SolverSettings.RunLimits(null, null, SEARCH_MOVES, 1L, null)
                .applyTo(SolverSettings.load(null));
        DrawdownPlan searched = new PlanSolver(search).solve(ProblemFactory.build(scenario),
                (millis, score, speed) -> { }).plan();
        assertTrue(exact.plan().getScore().compareTo(searched.getScore()) >= 0,
                "exact " + exact.plan().getScore() + " against the search's " + searched.getScore());
        assertEquals(0, exact.notMoved(), "every tiny scenario can move everything");
        assertTrue(lowerBound <= exact.costUsd(), "proven bound $" + lowerBound + " above the optimum $" + exact.costUsd());
    }
}
