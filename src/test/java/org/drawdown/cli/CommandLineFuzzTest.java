package org.drawdown.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.drawdown.io.InputException;
import org.drawdown.io.PlanJson;
import org.drawdown.io.StrictJson;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Fuzzes the command line from valid files: each case mutates the scenario or the plan of a small valid pair and
 * runs a command on it, in this JVM. Whatever the input, the command exits 0, 1 or 2 without a stack trace; on 2 it
 * prints exactly one line on standard error and writes no file; on 0 or 1 the plan it wrote passes {@code check}
 * as consistent, with the same verdict. 600 scenario cases and 600 plan cases run in each build.
 */
class CommandLineFuzzTest {

    private static final Path SCENARIO = Path.of("src/test/resources/bad-input/valid-scenario.json");
    private static final String NOW = "2024-06-10T00:00:00Z";
    private static final List<String> PLAN_COMMANDS = List.of("check", "explain", "export", "replan");

    private static Path work;
    private static Path plan;
    private static String scenarioJson;
    private static String planJson;

    @BeforeContainer
    static void solveTheValidPair() throws IOException {
        work = Files.createTempDirectory("drawdown-fuzz-");
        plan = work.resolve("plan.json");
        CommandRunner.Captured solved = CommandRunner.capture("solve", SCENARIO.toString(), "--greedy", "--quiet",
                "--out", plan.toString());
        assertEquals(DrawdownCommand.FEASIBLE, solved.exitCode(), solved.toString());
        scenarioJson = Files.readString(SCENARIO);
        planJson = Files.readString(plan);
    }

    @AfterContainer
    static void removeTheFiles() throws IOException {
        try (Stream<Path> files = Files.walk(work)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
    }

    @Property(tries = 600, seed = "20240919")
    void mutatedScenarioIsSolvedOrRefusedInOneLine(@ForAll long seed) throws IOException, InputException {
        JsonMutator mutator = new JsonMutator(seed);
        Path scenario = write("scenario-" + seed + ".json", mutator.mutate(scenarioJson));
        Path out = work.resolve("solved-" + seed + ".json");
        String what = mutator.description();

        CommandRunner.Captured run = CommandRunner.capture("solve", scenario.toString(), "--greedy", "--quiet",
                "--out", out.toString());

        Statistics.label("solve exit code").collect(run.exitCode());
        assertWellBehaved(run, what, out);
        if (run.exitCode() != DrawdownCommand.BAD_INPUT) {
            assertNoFigureNegative(out, what);
            assertConsistent(run.exitCode(), what, "check", scenario.toString(), out.toString());
        }
    }

    @Property(tries = 600, seed = "20240920")
    void mutatedPlanIsReadOrRefusedInOneLine(@ForAll long seed) throws IOException {
        JsonMutator mutator = new JsonMutator(seed);
        Path mutated = write("plan-" + seed + ".json", mutator.mutate(planJson));
        String command = PLAN_COMMANDS.get(Math.floorMod(seed, PLAN_COMMANDS.size()));
        Path out = work.resolve(command + "-" + seed);
        String what = command + " on a plan with " + mutator.description();

        List<String> args = new ArrayList<>(List.of(command, SCENARIO.toString(), mutated.toString()));
        switch (command) {
            case "export" -> args.addAll(List.of("--csv", out.toString()));
            case "replan" -> args.addAll(List.of("--now", NOW, "--move-limit", "50", "--seed", "1", "--quiet",
                    "--out", out.toString()));
            default -> {
            }
        }
        CommandRunner.Captured run = CommandRunner.capture(args.toArray(String[]::new));

        Statistics.label(command + " exit code").collect(run.exitCode());
        assertWellBehaved(run, what, out);
        if (command.equals("replan") && run.exitCode() != DrawdownCommand.BAD_INPUT) {
            assertConsistent(run.exitCode(), what, "check", SCENARIO.toString(), out.toString(), "--now", NOW,
                    "--previous", mutated.toString());
        }
    }

    /** Exit 0, 1 or 2, no stack trace; on 2, one line and no file at {@code out}. */
    private static void assertWellBehaved(CommandRunner.Captured run, String what, Path out) {
        assertTrue(List.of(0, 1, 2).contains(run.exitCode()), what + ": " + run);
        String everything = String.join("\n", run.out()) + "\n" + String.join("\n", run.err());
        assertFalse(everything.contains("\tat ") || everything.contains("Exception"), what + ": " + run);
        if (run.exitCode() == DrawdownCommand.BAD_INPUT) {
            assertEquals(1, run.err().size(), what + ": " + run);
            assertTrue(run.err().get(0).startsWith("drawdown: "), what + ": " + run);
            assertFalse(Files.exists(out), what + ": a file was written: " + run);
        }
    }

    /** The plan written passes check's consistency and gets the same verdict as the command gave. */
    private static void assertConsistent(int exitCode, String what, String... check) {
        CommandRunner.Captured checked = CommandRunner.capture(check);
        assertTrue(checked.out().stream().noneMatch(line -> line.startsWith("consistency")), what + ": " + checked);
        assertEquals(exitCode, checked.exitCode(), what + ": " + checked);
    }

    /**
     * A solved plan's figures are sums of terms that are never negative: a negative one overflowed, in the solver
     * and the checker alike, so that check alone would not see it. (A replan keeps history's figures as the plan in
     * force states them, however wrong.)
     */
    private static void assertNoFigureNegative(Path written, String what) throws InputException {
        PlanJson plan = StrictJson.read(written, PlanJson.class);
        assertTrue(plan.totalCostUsd() >= 0, what + ": total cost " + plan.totalCostUsd());
        for (PlanJson.FlightJson flight : plan.flights()) {
            assertTrue(Stream.of(flight.payloadKg(), flight.palletPositionsUsed(), flight.passengers(),
                    flight.costUsd()).allMatch(figure -> figure.longValue() >= 0), what + ": " + flight);
        }
    }

    private static Path write(String name, String content) {
        try {
            return Files.writeString(work.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
