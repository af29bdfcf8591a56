package org.drawdown.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.drawdown.io.PlanJson;
import org.drawdown.io.PlanJson.FlightJson;
import org.drawdown.io.PlanReader;

/**
 * The small scenario solved, replanned unchanged once half of its flights have flown, and the report of the
 * replanned plan: made once per test run through the real commands, for the tests of "now" on the page.
 */
final class ReplannedReport {

    static final Path DIRECTORY = Path.of("target", "replanned-report");
    static final Path PLAN = DIRECTORY.resolve("replanned.json");
    static final Path REPORT = DIRECTORY.resolve("report-replanned.html");

    private static Instant now;

    private ReplannedReport() {
    }

    /** Makes the report on first use and returns the replan's now. */
    static synchronized Instant make() throws Exception {
        if (now != null) {
            return now;
        }
        Files.createDirectories(DIRECTORY);
        Path inForce = DIRECTORY.resolve("in-force.json");
        run("solve", CommandRunner.SMALL.toString(), "--seed", "1", "--move-limit", "20000", "--quiet", "--out",
                inForce.toString());
        List<Instant> departures = PlanReader.read(inForce).flights().stream().map(FlightJson::departure).sorted()
                .toList();
        // On the hourly slot grid, after half of the departures.
        Instant replannedAt = departures.get(departures.size() / 2 - 1).plusSeconds(3600);
        run("replan", CommandRunner.SMALL.toString(), inForce.toString(), "--now", replannedAt.toString(), "--seed",
                "1", "--move-limit", "20000", "--quiet", "--out", PLAN.toString());
        run("report", CommandRunner.SMALL.toString(), PLAN.toString(), "--out", REPORT.toString());
        now = replannedAt;
        return now;
    }

    static PlanJson plan() throws Exception {
        return PlanReader.read(PLAN);
    }

    private static void run(String... args) {
        CommandRunner.Captured run = CommandRunner.capture(args);
        if (run.exitCode() != DrawdownCommand.FEASIBLE) {
            throw new IllegalStateException(String.join(" ", args) + ": exit code " + run.exitCode() + " " + run.err());
        }
    }
}
