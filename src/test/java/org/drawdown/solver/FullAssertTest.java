package org.drawdown.solver;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import ai.timefold.solver.core.config.solver.EnvironmentMode;

import org.drawdown.domain.DrawdownPlan;
import org.drawdown.io.ScenarioValidator;
import org.drawdown.problem.ProblemFactory;
import org.junit.jupiter.api.Test;

/**
 * A short solve in Timefold's FULL_ASSERT mode recalculates the score from scratch after every move and fails on
 * any difference from the incremental score, so it catches score corruption in the constraints, the custom
 * collectors and the custom moves.
 */
class FullAssertTest {

    @Test
    void shortSolveFindsNoScoreCorruption() throws Exception {
        DrawdownPlan problem = ProblemFactory.build(
                ScenarioValidator.read(Path.of("src/test/resources/scenarios/small.json")));
        var config = new SolverSettings.RunLimits(null, null, 3000L, 7L, EnvironmentMode.FULL_ASSERT)
                .applyTo(SolverSettings.load(null));
        DrawdownPlan solved = new PlanSolver(config).solve(problem, (millis, score, speed) -> { }).plan();
        assertTrue(DrawdownPlan.isFeasible(solved.getScore()));
    }
}
