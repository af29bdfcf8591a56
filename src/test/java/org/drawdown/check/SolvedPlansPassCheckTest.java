package org.drawdown.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import ai.timefold.solver.core.config.solver.SolverConfig;

import org.drawdown.io.OutputFiles;
import org.drawdown.io.PlanExporter;
import org.drawdown.io.PlanJson;
import org.drawdown.io.PlanJson.FlightJson;
import org.drawdown.io.PlanReader;
import org.drawdown.io.ScenarioJson;
import org.drawdown.io.ScenarioValidator;
import org.drawdown.io.StrictJson;
import org.drawdown.problem.ProblemFactory;
import org.drawdown.solver.PlanSolver;
import org.drawdown.solver.SolverSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The solver and the checker are written apart; they must agree that what {@code solve} writes is feasible and
 * consistent: on the Niger dataset, and on a scenario whose types have no pallet positions or no seats. Runs stop
 * after a fixed number of moves with a fixed seed, so they repeat exactly.
 */
class SolvedPlansPassCheckTest {

    private static final Path NIGER = Path.of("datasets", "niger-2024.json");
    /** A freighter with no seats, cheaper by the hour than the passenger charter, which has no pallet positions. */
    private static final Path ZERO_CAPACITIES = Path.of("src/test/resources/scenarios/zero-capacities.json");
    private static final long MOVES = 2_000;

    @TempDir
    Path directory;

    @ParameterizedTest
    @ValueSource(longs = {1, 7})
    void searchedPlanPasses(long seed) throws Exception {
        assertSolvedPlanPasses(NIGER, SolverSettings.load(null), seed);
    }

    @Test
    void greedyPlanPasses() throws Exception {
        assertSolvedPlanPasses(NIGER, SolverSettings.greedy(), 1);
    }

    @Test
    void typesWithNoPalletPositionsOrNoSeatsCarryOnlyTheOtherKindOfLoad() throws Exception {
        for (SolverConfig base : List.of(SolverSettings.greedy(), SolverSettings.load(null))) {
            PlanJson plan = assertSolvedPlanPasses(ZERO_CAPACITIES, base, 1);
            for (FlightJson flight : plan.flights()) {
                if (flight.aircraft().startsWith("FRTR")) {
                    assertEquals(List.of(), flight.personnel(), flight.id() + " on the seatless freighter");
                } else {
                    assertEquals(List.of(), flight.cargo(), flight.id() + " on the palletless charter");
                    assertEquals(0, (int) flight.palletPositionsUsed());
                }
            }
            assertEquals(List.of(), plan.unassigned());
        }
    }

    private PlanJson assertSolvedPlanPasses(Path scenarioFile, SolverConfig base, long seed) throws Exception {
        ScenarioJson scenario = ScenarioValidator.read(scenarioFile);
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
        return plan;
    }
}
