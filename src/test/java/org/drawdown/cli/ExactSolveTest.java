package org.drawdown.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.drawdown.generate.TinyScenarios;
import org.drawdown.generate.TinyScenarios.Shape;
import org.drawdown.io.OutputFiles;
import org.drawdown.io.StrictJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code solve --exact} as a user meets it: the verdict line, the exit codes, the plan file and the refusals. */
class ExactSolveTest {

    @TempDir
    Path directory;

    @Test
    void tinyScenarioIsSolvedToOptimalityAndItsPlanPassesCheck() throws Exception {
        Path scenario = directory.resolve("tiny.json");
        OutputFiles.write(scenario, StrictJson.toJson(TinyScenarios.of(Shape.ONE_LANE, 2, 4)));
        Path plan = directory.resolve("plan.json");

        CommandRunner.Captured solved = CommandRunner.capture("solve", scenario.toString(), "--exact",
                "--time-limit", "2m", "--out", plan.toString());

        assertEquals(DrawdownCommand.FEASIBLE, solved.exitCode(), String.join("\n", solved.out()));
        assertTrue(solved.out().stream().anyMatch(line -> line.matches("  Exact +optimal: \\$[0-9,]+, no plan costs"
                + " less \\(proved in [0-9.]+ s\\)")), String.join("\n", solved.out()));
        assertEquals(DrawdownCommand.FEASIBLE, CommandRunner.capture("check", scenario.toString(), plan.toString())
                .exitCode());
    }

    @Test
    void scenarioWithNoFeasiblePlanIsReportedInfeasibleWithTheBestPlanWritten() throws Exception {
        Path plan = directory.resolve("plan.json");

        CommandRunner.Captured solved = CommandRunner.capture("solve", CommandRunner.HOPELESS.toString(), "--exact",
                "--out", plan.toString());

        assertEquals(DrawdownCommand.INFEASIBLE, solved.exitCode());
        assertTrue(solved.out().stream().anyMatch(line -> line.contains("optimal: every plan leaves mandatory loads"
                + " behind")), String.join("\n", solved.out()));
        assertEquals(DrawdownCommand.INFEASIBLE, CommandRunner.capture("check",
                CommandRunner.HOPELESS.toString(), plan.toString()).exitCode());
    }

    @Test
    void scenarioBeyondReachIsRefusedNamingTheLimit() {
        Path plan = directory.resolve("plan.json");

        CommandRunner.Captured refused = CommandRunner.capture("solve", "datasets/gen-s.json", "--exact", "--out",
                plan.toString());

        assertEquals(DrawdownCommand.BAD_INPUT, refused.exitCode());
        assertEquals(1, refused.err().size(), String.join("\n", refused.err()));
        assertTrue(refused.err().get(0).matches("drawdown: datasets/gen-s.json: cargo and personnel: --exact takes"
                + " at most 16 loads .*"), refused.err().get(0));
        assertFalse(Files.exists(plan));
    }

    @Test
    void localSearchOptionsAreRefused() {
        for (List<String> option : List.of(List.of("--greedy"), List.of("--move-limit", "10"))) {
            Path plan = directory.resolve("plan.json");
            String[] arguments = Stream.concat(
                    Stream.of("solve", CommandRunner.SMALL.toString(), "--exact", "--out",
                            plan.toString()), option.stream()).toArray(String[]::new);

            CommandRunner.Captured refused = CommandRunner.capture(arguments);

            assertEquals(DrawdownCommand.BAD_INPUT, refused.exitCode());
            assertTrue(refused.err().get(0).contains("--exact takes no " + option.get(0)), refused.err().get(0));
            assertFalse(Files.exists(plan));
        }
    }
}
