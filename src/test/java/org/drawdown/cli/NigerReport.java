package org.drawdown.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Niger plan and its report, made once per test run through the real pipeline ({@code solve --report}, seeded,
 * with a move limit so that it is the same plan every time), for the tests that look at the report.
 */
final class NigerReport {

    static final Path DIRECTORY = Path.of("target", "niger-report");
    static final Path PLAN = DIRECTORY.resolve("plan.json");
    static final Path REPORT = DIRECTORY.resolve("report-niger.html");

    private static boolean made;

    private NigerReport() {
    }

    /** Solves and reports on first use; the exit code tells whether the plan is feasible. */
    static synchronized void make() throws Exception {
        if (made) {
            return;
        }
        Files.createDirectories(DIRECTORY);
        int exitCode = DrawdownCommand.execute("solve", CommandRunner.NIGER.toString(), "--seed", "42",
                "--move-limit", "20000", "--environment-mode", "REPRODUCIBLE", "--quiet", "--out", PLAN.toString(),
                "--report", REPORT.toString());
        if (exitCode != DrawdownCommand.FEASIBLE) {
            throw new IllegalStateException("the seeded Niger solve is not feasible: exit code " + exitCode);
        }
        made = true;
    }
}
