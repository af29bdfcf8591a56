package org.drawdown.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code drawdown check} on the checker's small scenario: its output lines and exit codes. */
class CheckCommandTest {

    @TempDir
    Path directory;

    /** What one run printed and returned. */
    private record Run(int exitCode, List<String> out, List<String> err) {
    }

    @Test
    void goodPlanPasses() throws Exception {
        Run run = check(resource("small-scenario.json"), resource("small-plan.json"));

        assertEquals(new Run(DrawdownCommand.FEASIBLE,
                List.of("PASS: plan is feasible and consistent (9 flights, total cost $359,177)"), List.of()), run);
    }

    @Test
    void brokenPlanPrintsEachBreachAndFails() throws Exception {
        String good = Files.readString(resource("small-plan.json"));
        Path broken = Files.writeString(directory.resolve("broken.json"),
                good.replace("\"payloadKg\": 9500", "\"payloadKg\": 9600"));

        Run run = check(resource("small-scenario.json"), broken);

        assertEquals(new Run(DrawdownCommand.INFEASIBLE, List.of(
                "consistency  F0002: payloadKg is not what the scenario implies; expected 9500, found 9600",
                "FAIL: 1 breach (consistency: 1) in a plan of 9 flights"), List.of()), run);
    }

    @Test
    void unreadablePlanIsBadInput() throws Exception {
        Path missing = directory.resolve("missing.json");

        Run run = check(resource("small-scenario.json"), missing);

        assertEquals(new Run(DrawdownCommand.BAD_INPUT, List.of(), List.of("drawdown: " + missing + ": no such file")),
                run);
    }

    private static Path resource(String name) throws Exception {
        return Path.of(CheckCommandTest.class.getResource("/org/drawdown/check/" + name).toURI());
    }

    private static Run check(Path scenario, Path plan) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            int exitCode = DrawdownCommand.execute("check", scenario.toString(), plan.toString());
            return new Run(exitCode, outBytes.toString(StandardCharsets.UTF_8).lines().toList(),
                    errBytes.toString(StandardCharsets.UTF_8).lines().toList());
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
