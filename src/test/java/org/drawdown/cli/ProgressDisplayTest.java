package org.drawdown.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress where output is not a terminal, with --verbose and with --quiet; the live bar is checked by hand. */
class ProgressDisplayTest {

    private static final String SOLVING = "Solving small:";

    @TempDir
    Path temp;

    @Test
    void aLogGetsAStatusLineEveryIntervalAndOnEventsThatMatter() throws InterruptedException {
        StringWriter log = new StringWriter();
        ProgressDisplay display = new ProgressDisplay(ProgressDisplay.Style.LINES, new PrintWriter(log), 200);
        AtomicLong done = new AtomicLong();
        try (ProgressDisplay.Watch watch = display.watch("Working", 10, " s", done::get, () -> "at " + done)) {
            watch.event(false);
            done.set(3);
            watch.event(true);
            assertEquals(List.of("at 3"), statuses(log));
            Thread.sleep(700);
        }
        List<String> statuses = statuses(log);
        assertTrue(statuses.size() >= 2, "periodic lines after the event: " + statuses);
        assertTrue(statuses.stream().allMatch("at 3"::equals), statuses.toString());
    }

    @Test
    void verbosePrintsEveryEventAndQuietNothing() {
        StringWriter verbose = new StringWriter();
        StringWriter quiet = new StringWriter();
        for (ProgressDisplay display : List.of(
                new ProgressDisplay(ProgressDisplay.Style.VERBOSE, new PrintWriter(verbose), 1),
                new ProgressDisplay(ProgressDisplay.Style.QUIET, new PrintWriter(quiet), 1))) {
            try (ProgressDisplay.Watch watch = display.watch("Working", 0, " s", () -> 0, () -> "event")) {
                watch.event(false);
                watch.event(false);
                watch.event(true);
            }
        }
        assertEquals(List.of("event", "event", "event"), statuses(verbose));
        assertEquals("", quiet.toString());
    }

    @Test
    void solveLogsLessThanVerboseAndQuietPrintsNothing() {
        CommandRunner.Captured log = solve();
        CommandRunner.Captured verbose = solve("--verbose");
        CommandRunner.Captured quiet = solve("--quiet");
        assertEquals(List.of(), quiet.out());
        assertEquals(1, log.out().stream().filter(line -> line.startsWith(SOLVING)).count(), log.out().toString());
        // The first plan is a feasibility change, so a log shows it; verbose shows every better plan as well.
        List<String> logged = progressLines(log);
        List<String> improvements = progressLines(verbose);
        assertTrue(logged.get(0).contains("0hard/0medium"), logged.toString());
        assertTrue(improvements.size() > 1 && improvements.size() >= logged.size(), improvements.toString());
        assertTrue(verbose.out().contains("small: feasible plan, score " + scoreOf(improvements)),
                verbose.out().toString());
    }

    @Test
    void quietAndVerboseTogetherAreRefused() {
        CommandRunner.Captured both = solve("--quiet", "--verbose");
        assertEquals(DrawdownCommand.BAD_INPUT, both.exitCode());
        assertEquals(1, both.err().size(), both.err().toString());
    }

    private CommandRunner.Captured solve(String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("solve", CommandRunner.SMALL.toString(),
                "--move-limit", "3000", "--seed", "1", "--out", temp.resolve("plan.json").toString()));
        args.addAll(List.of(options));
        return CommandRunner.capture(args.toArray(String[]::new));
    }

    /** The lines between the header and the summary, each elapsed seconds then the status. */
    private static List<String> progressLines(CommandRunner.Captured run) {
        return run.out().stream().filter(line -> line.matches(" +\\d+\\.\\d s  .*")).toList();
    }

    private static String scoreOf(List<String> lines) {
        return lines.get(lines.size() - 1).trim().split(" +")[2];
    }

    private static List<String> statuses(StringWriter log) {
        return log.toString().lines().map(line -> line.replaceFirst("^ +\\d+\\.\\d s  ", "")).toList();
    }
}
