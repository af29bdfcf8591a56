package org.drawdown.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.drawdown.io.ExpectedRefusal;
import org.drawdown.io.InputException;
import org.drawdown.io.ScenarioValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs {@code drawdown solve} on every malformed scenario of the corpus: each must be refused with one line on
 * standard error naming the file, the entry and the problem, exit code 2, no stack trace, and no plan written.
 */
class BadInputTest {

    private static final Path CORPUS = Path.of("src/test/resources/bad-input");
    private static final Path SCENARIOS = CORPUS.resolve("scenarios");
    private static final Path EXPECTATIONS = CORPUS.resolve("expected-scenario-refusals.txt");
    private static final int FIFTY_MEGABYTES = 50 * 1024 * 1024;

    @TempDir
    Path tmp;

    /** What a user sees of one run: exit code, both streams, and whether a plan file appeared. */
    private record Run(int exitCode, String out, String err, boolean planWritten) {
    }

    @Test
    void baseScenarioOfTheCorpusIsValid() throws InputException {
        assertEquals("bad-input-base", ScenarioValidator.read(CORPUS.resolve("valid-scenario.json")).name());
    }

    @Test
    void tableListsEveryCorpusFileOnce() throws IOException {
        List<String> listed = ExpectedRefusal.readTable(EXPECTATIONS).stream().map(ExpectedRefusal::file).sorted()
                .toList();
        assertEquals(ExpectedRefusal.filesIn(SCENARIOS), listed);
        assertTrue(listed.size() >= 40, "the corpus has " + listed.size() + " files");
    }

    static List<ExpectedRefusal> scenarioRefusals() throws IOException {
        return ExpectedRefusal.readTable(EXPECTATIONS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarioRefusals")
    void refusesMalformedScenario(ExpectedRefusal expected) {
        assertRefused(SCENARIOS.resolve(expected.file()), expected.entry(), expected.problemStart());
    }

    @Test
    void refusesFiftyMegabytesOfJunk() throws IOException {
        Path junk = tmp.resolve("junk.bin");
        byte[] bytes = new byte[FIFTY_MEGABYTES];
        new Random(2024).nextBytes(bytes);
        Files.write(junk, bytes);
        // Random(2024) starts with the byte 0x15; the parser reports the column after it.
        assertRefused(junk, "line 1, column 2", "broken JSON: control character (code 21) between values");
    }

    @Test
    void refusesFiftyMegabyteString() throws IOException {
        Path hugeName = tmp.resolve("huge-name.json");
        byte[] letters = new byte[FIFTY_MEGABYTES];
        Arrays.fill(letters, (byte) 'x');
        try (OutputStream out = Files.newOutputStream(hugeName)) {
            out.write("{\"name\": \"".getBytes(StandardCharsets.US_ASCII));
            out.write(letters);
            out.write("\"}".getBytes(StandardCharsets.US_ASCII));
        }
        assertRefused(hugeName, "line 1, column 10", "a string longer than 10000 characters");
    }

    @Test
    void refusesHundredThousandNestedArrays() throws IOException {
        Path nested = tmp.resolve("nested-arrays.json");
        Files.writeString(nested, "[".repeat(100_000) + "]".repeat(100_000));
        assertRefused(nested, "line 1, column 1", "expected an object, found an array");
    }

    @Test
    void refusesHundredThousandNestedArraysInAField() throws IOException {
        // An unknown field's value is read whole before it is refused: only the depth limit stops the descent.
        Path nested = tmp.resolve("nested-arrays-in-field.json");
        Files.writeString(nested, "{\"name\": \"deep\", \"notes\": " + "[".repeat(100_000) + "]".repeat(100_000)
                + "}");
        // Column 90 holds the 64th "[", one level below the object: the 65th level.
        assertRefused(nested, "line 1, column 90", "nested deeper than 64 levels");
    }

    @Test
    void refusedScenarioLeavesExistingPlanUntouched() throws IOException {
        Path plan = tmp.resolve("plan.json");
        String previous = "{\"scenario\": \"the plan in force\"}\n";
        Files.writeString(plan, previous);

        Run run = solve(SCENARIOS.resolve("cargo-too-heavy-for-any-type.json"), plan);

        assertEquals(DrawdownCommand.BAD_INPUT, run.exitCode());
        assertEquals(previous, Files.readString(plan));
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(plan), left.toList(), "no temporary file is left beside the plan");
        }
    }

    /** The one line names the scenario, then the entry (unless blank), then the problem starting as given. */
    private void assertRefused(Path scenario, String entry, String problemStart) {
        Path plan = tmp.resolve("plan.json");
        Run run = solve(scenario, plan);

        assertEquals(DrawdownCommand.BAD_INPUT, run.exitCode(), run.err());
        assertEquals("", run.out());
        List<String> lines = run.err().lines().toList();
        assertEquals(1, lines.size(), run.err());
        String line = lines.get(0);
        String expected = "drawdown: " + scenario + ": " + (entry.isEmpty() ? "" : entry + ": ") + problemStart;
        assertTrue(line.startsWith(expected), () -> "expected \"" + expected + "...\", found: " + line);
        assertFalse(line.contains("Exception") || run.err().contains("\tat "), line);
        assertFalse(run.planWritten(), "a plan was written");
    }

    private static Run solve(Path scenario, Path plan) {
        boolean planExisted = Files.exists(plan);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = DrawdownCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true),
                "solve", scenario.toString(), "--out", plan.toString(), "--quiet");
        return new Run(exitCode, out.toString(), err.toString(), !planExisted && Files.exists(plan));
    }
}
