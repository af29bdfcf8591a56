package org.drawdown.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every command that reads a scenario and a plan refuses, in one line, a plan written for another scenario (which
 * would only break every rule), a plan and scenario given the other way round, and times the model cannot count.
 */
class PlanOfAnotherScenarioTest {

    private static final Path SCENARIO = CommandRunner.SMALL;
    private static final Path PLAN_OF_ANOTHER = CommandRunner.CHECKER_PLAN;
    private static final String SWAPPED = " (swapped arguments? SCENARIO comes first, then PLAN)";

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"check", "report", "export", "explain", "replan"})
    void planOfAnotherScenarioIsRefusedNamingBoth(String command) {
        assertEquals(refused("drawdown: " + PLAN_OF_ANOTHER + ": scenario: the plan is for scenario"
                + " \"checker-small\", but " + SCENARIO + " is scenario \"small\"; give the plan with its own"
                + " scenario"), run(command, SCENARIO, PLAN_OF_ANOTHER));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"check", "report", "export", "explain", "replan"})
    void planGivenAsTheScenarioHintsAtSwappedArguments(String command) {
        assertEquals(refused("drawdown: " + PLAN_OF_ANOTHER + ": line 2, column 3: unknown field \"scenario\": this"
                + " is a plan file, not a scenario" + SWAPPED), run(command, PLAN_OF_ANOTHER, SCENARIO));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"check", "report", "export", "explain", "replan"})
    void scenarioGivenAsThePlanSaysSo(String command) {
        assertEquals(refused("drawdown: " + SCENARIO + ": line 2, column 3: unknown field \"name\": this is a"
                + " scenario file, not a plan" + SWAPPED), run(command, SCENARIO, SCENARIO));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"check", "report", "export", "explain", "replan"})
    void departureCenturiesAwayIsRefusedNotCrashed(String command) throws IOException {
        // The model counts minutes from start in an int: such a departure ended in an ArithmeticException.
        Path plan = Files.writeString(temp.resolve("far.json"), Files.readString(CommandRunner.CHECKER_PLAN)
                .replace("\"departure\": \"2024-06-01T06:00:00Z\"", "\"departure\": \"9999-12-31T00:00:00Z\""));
        assertEquals(refused("drawdown: " + plan + ": flights \"F0001\": departure (9999-12-31T00:00:00Z) is more"
                + " than 10 years from start (2024-06-01T00:00:00Z)"),
                run(command, CommandRunner.CHECKER_SCENARIO, plan));
    }

    private CommandRunner.Captured run(String command, Path scenario, Path plan) {
        List<String> output = switch (command) {
            case "report" -> List.of("--out", temp.resolve("plan.html").toString());
            case "export" -> List.of("--csv", temp.toString());
            case "replan" -> List.of("--now", "2024-06-01T00:00:00Z", "--move-limit", "1", "--out",
                    temp.resolve("new-plan.json").toString());
            default -> List.of();
        };
        return CommandRunner.capture(Stream.concat(Stream.of(command, scenario.toString(), plan.toString()),
                output.stream()).toArray(String[]::new));
    }

    private static CommandRunner.Captured refused(String line) {
        return new CommandRunner.Captured(DrawdownCommand.BAD_INPUT, List.of(), List.of(line));
    }
}
