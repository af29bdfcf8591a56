package org.drawdown.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import ai.timefold.solver.core.config.solver.SolverConfig;

import org.drawdown.io.OutputFiles;
import org.drawdown.io.PlanExporter;
import org.drawdown.io.PlanJson;
import org.drawdown.io.PlanReader;
import org.drawdown.io.ScenarioJson;
import org.drawdown.io.ScenarioValidator;
import org.drawdown.io.StrictJson;
import org.drawdown.solver.PlanSolver;
import org.drawdown.solver.ProblemFactory;
import org.drawdown.solver.SolverSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The solver and the checker are written apart; on the Niger dataset they must agree that what {@code solve} writes
 * is feasible and consistent. Runs stop after a fixed number of moves with a fixed seed, so they repeat exactly.
 */
class SolvedPlansPassCheckTest {

    private static final Path NIGER = Path.of("datasets", "niger-2024.json");
    private static final long MOVES = 2_000;

    @TempDir
    Path directory;

    @ParameterizedTest
    @ValueSource(longs = {1, 7})
    void searchedPlanPasses(long seed) throws Exception {
        assertSolvedPlanPasses(SolverSettings.load(null), seed);
    }

    @Test
    void greedyPlanPasses() throws Exception {
        assertSolvedPlanPasses(SolverSettings.greedy(), 1);
    }

    private void assertSolvedPlanPasses(SolverConfig base, long seed) throws Exception {
        ScenarioJson scenario = ScenarioValidator.read(NIGER);
        SolverConfig config = new SolverSettings.RunLimits(null, null, MOVES, seed, null).applyTo(base);
        PlanSolver.Result result = new PlanSolver(config).solve(ProblemFactory.build(scenario),
                (millis, score, speed) -> { });
        Path file = directory.resolve("plan-" + seed + ".json");
        OutputFiles.write(file, StrictJson.toJson(PlanExporter.export(result.plan())));
        PlanJson plan = PlanReader.read(file);

        CheckReport report = PlanChecker.check(scenario, plan);

        assertEquals(List.of(), report.breaches().stream().map(Breach::line).toList());
        assertTrue(plan.feasible());
        assertTrue(plan.flights().size() > 0);
    }
}
