package org.drawdown.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.drawdown.io.OutputFiles;
import org.drawdown.io.PlanReader;
import org.drawdown.io.ScenarioValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output paths are refused before any work when they cannot be written, and what cannot be written after the work
 * is saved, not lost: one line on standard error, exit code 2, nothing half-written.
 */
class OutputPathsTest {

    private static final Path DEV_FULL = Path.of("/dev/full");
    /** sysfs takes no new file, not even from root: a real "cannot write" wherever the tests run. */
    private static final Path SYSFS = Path.of("/sys");
    private static final Pattern SAVED_IN = Pattern.compile(".* is saved in (\\S+)$");

    @TempDir
    Path temp;

    @Test
    void directoryAsOutFileIsRefusedBeforeSolving() {
        assertRefusedBeforeWork(solve("--out", temp.toString()),
                "drawdown: " + temp + ": --out: is a directory; give the name of a file to write");
    }

    @Test
    void missingParentIsRefusedBeforeSolving() {
        Path out = temp.resolve("no-such-directory/plan.json");
        assertRefusedBeforeWork(solve("--out", out.toString()),
                "drawdown: " + out + ": --out: directory " + out.getParent() + " does not exist");
    }

    @Test
    void fileAsParentIsRefusedBeforeSolving() throws IOException {
        Path file = Files.writeString(temp.resolve("a-file"), "");
        Path out = file.resolve("plan.json");
        assertRefusedBeforeWork(solve("--out", out.toString()),
                "drawdown: " + out + ": --out: " + file + " is not a directory");
    }

    @Test
    void directoryThatTakesNoFileIsRefusedBeforeSolving() {
        assumeTrue(Files.isDirectory(SYSFS), "no sysfs on this machine");
        Path out = SYSFS.resolve("plan.json");
        CommandRunner.Captured run = solve("--out", out.toString());
        assertRefusedBeforeWork(run, "drawdown: " + out + ": --out: cannot be written: no file can be made in "
                + SYSFS + " (permission denied)");
    }

    @Test
    void readOnlyDirectoryIsRefusedForOrdinaryUsers() throws IOException {
        // Root writes into a read-only directory all the same, so there the write is allowed and nothing to refuse.
        assumeFalse("root".equals(System.getProperty("user.name")), "root may write into read-only directories");
        Path readOnly = Files.createDirectory(temp.resolve("read-only"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        Path out = readOnly.resolve("plan.json");
        assertRefusedBeforeWork(solve("--out", out.toString()), "drawdown: " + out
                + ": --out: cannot be written: no file can be made in " + readOnly + " (permission denied)");
    }

    @Test
    void outputOverAnInputIsRefused() {
        Path scenario = CommandRunner.SMALL;
        assertRefusedBeforeWork(solve("--out", scenario.toString()), "drawdown: " + scenario
                + ": --out: is the input SCENARIO; write to another file so that the input stays as it is");
    }

    @Test
    void replanOverThePlanInForceIsRefused() {
        Path plan = CommandRunner.CHECKER_PLAN;
        assertRefusedBeforeWork(CommandRunner.capture("replan", CommandRunner.CHECKER_SCENARIO.toString(),
                plan.toString(), "--now", "2024-06-01T00:00:00Z", "--out", plan.toString(), "--move-limit", "1"),
                "drawdown: " + plan + ": --out: is the input PLAN (the plan in force); write to another file so that"
                        + " the input stays as it is");
    }

    @Test
    void reportOverThePlanIsRefused() {
        Path plan = CommandRunner.CHECKER_PLAN;
        assertRefusedBeforeWork(CommandRunner.capture("report", CommandRunner.CHECKER_SCENARIO.toString(),
                plan.toString(), "--out", plan.toString()), "drawdown: " + plan
                + ": --out: is the input PLAN; write to another file so that the input stays as it is");
    }

    @Test
    void reportAndPlanInOneFileAreRefused() {
        Path out = temp.resolve("plan.json");
        assertRefusedBeforeWork(solve("--out", out.toString(), "--report", out.toString()),
                "drawdown: " + out + ": --report: is also the file of --out; give each its own file");
    }

    @Test
    void generateIntoADirectoryIsRefused() {
        assertRefusedBeforeWork(CommandRunner.capture("generate", "--out", temp.toString()),
                "drawdown: " + temp + ": --out: is a directory; give the name of a file to write");
    }

    @Test
    void csvDirectoryBelowAFileIsRefused() throws IOException {
        Path file = Files.writeString(temp.resolve("a-file"), "");
        Path csv = file.resolve("csv");
        assertRefusedBeforeWork(CommandRunner.capture("export", CommandRunner.CHECKER_SCENARIO.toString(),
                CommandRunner.CHECKER_PLAN.toString(), "--csv", csv.toString()),
                "drawdown: " + csv + ": --csv: " + file + " is a file, not a directory");
    }

    @Test
    void csvFileThatIsADirectoryIsRefused() throws IOException {
        Path loads = Files.createDirectories(temp.resolve("loads.csv"));
        assertRefusedBeforeWork(CommandRunner.capture("export", CommandRunner.CHECKER_SCENARIO.toString(),
                CommandRunner.CHECKER_PLAN.toString(), "--csv", temp.toString()),
                "drawdown: " + loads + ": --csv: is a directory; give the name of a file to write");
        assertFalse(Files.exists(temp.resolve("flights.csv")), "flights.csv was written without loads.csv");
    }

    @Test
    void benchmarkReportDirectoryBelowAFileIsRefused() throws IOException {
        Path file = Files.writeString(temp.resolve("a-file"), "");
        Path reports = file.resolve("reports");
        assertRefusedBeforeWork(CommandRunner.capture("benchmark", "--report-dir", reports.toString()),
                "drawdown: " + reports + ": --report-dir: " + file + " is a file, not a directory");
    }

    @Test
    void planThatCannotBeWrittenAfterTheSolveIsSavedInTheTemporaryDirectory() throws Exception {
        assumeTrue(Files.isWritable(DEV_FULL), "no /dev/full on this machine");
        CommandRunner.Captured run = solve("--out", DEV_FULL.toString());

        Path saved = savedFile(run, "drawdown: " + DEV_FULL + ": cannot be written (No space left on device); the"
                + " plan is saved in ");
        try {
            assertEquals("small", PlanReader.readOf(saved, ScenarioValidator.read(CommandRunner.SMALL),
                    CommandRunner.SMALL).scenario());
        } finally {
            Files.deleteIfExists(saved);
        }
    }

    @Test
    void scenarioThatCannotBeWrittenIsSavedInTheTemporaryDirectory() throws Exception {
        assumeTrue(Files.isWritable(DEV_FULL), "no /dev/full on this machine");
        CommandRunner.Captured run = CommandRunner.capture("generate", "--cargo", "5", "--personnel", "40",
                "--name", "saved", "--out", DEV_FULL.toString());

        Path saved = savedFile(run, "drawdown: " + DEV_FULL + ": cannot be written (No space left on device); the"
                + " scenario is saved in ");
        try {
            assertEquals("saved", ScenarioValidator.read(saved).name());
        } finally {
            Files.deleteIfExists(saved);
        }
    }

    @Test
    void filesWrittenTogetherAreAllWrittenOrNone() throws IOException {
        assumeTrue(Files.isWritable(DEV_FULL), "no /dev/full on this machine");
        Path flights = Files.writeString(temp.resolve("flights.csv"), "the previous export\n");
        Map<Path, String> contents = new LinkedHashMap<>();
        contents.put(flights, "new flights\n");
        contents.put(DEV_FULL, "new loads\n");

        assertThrows(IOException.class, () -> OutputFiles.writeAll(contents));

        assertEquals("the previous export\n", Files.readString(flights));
        try (Stream<Path> left = Files.list(temp)) {
            assertEquals(List.of(flights), left.toList(), "no temporary file is left beside the target");
        }
    }

    private CommandRunner.Captured solve(String... outputs) {
        return CommandRunner.capture(Stream.concat(Stream.of("solve", CommandRunner.SMALL.toString(), "--greedy",
                "--quiet"), Stream.of(outputs)).toArray(String[]::new));
    }

    /** Refused in one line, and nothing was solved or written: no progress on standard output, no file in temp. */
    private void assertRefusedBeforeWork(CommandRunner.Captured run, String line) {
        assertEquals(new CommandRunner.Captured(DrawdownCommand.BAD_INPUT, List.of(), List.of(line)), run);
        try (Stream<Path> left = Files.walk(temp)) {
            assertTrue(left.filter(Files::isRegularFile).allMatch(file -> file.getFileName().toString()
                    .equals("a-file")), "a file was written");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The one line of a run whose output was saved instead; returns the file it names. */
    private static Path savedFile(CommandRunner.Captured run, String lineStart) {
        assertEquals(DrawdownCommand.BAD_INPUT, run.exitCode(), run.toString());
        assertEquals(1, run.err().size(), run.toString());
        String line = run.err().get(0);
        assertTrue(line.startsWith(lineStart), line);
        Matcher saved = SAVED_IN.matcher(line);
        assertTrue(saved.matches(), line);
        Path file = Path.of(saved.group(1));
        assertTrue(file.startsWith(Path.of(System.getProperty("java.io.tmpdir"))), line);
        return file;
    }
}
