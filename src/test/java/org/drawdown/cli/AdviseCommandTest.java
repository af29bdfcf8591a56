package org.drawdown.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code drawdown advise}: single scenario changes that free the loads a plan leaves behind, verified. */
class AdviseCommandTest {

    /**
     * Overflight clearance DZ-1 ends when the radar loads become ready, DZ-2 starts only after their base FWD has
     * closed: four loads are stranded. Two aircraft need three sorties for them, twelve hours apart.
     */
    static final Path CLEARANCE_GAP = Path.of("src/test/resources/scenarios/clearance-gap.json");

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path directory;

    @Test
    void clearanceGapIsClosedByTheSmallestChangeThatFreesEveryStuckLoad() throws Exception {
        Path out = directory.resolve("advice");

        CommandRunner.Captured run = CommandRunner.capture("advise", CLEARANCE_GAP.toString(), "--out",
                out.toString());

        assertEquals(DrawdownCommand.FEASIBLE, run.exitCode(), String.join("\n", run.err()));
        assertTrue(run.out().contains("clearance-gap: the plan solved here leaves 4 mandatory loads behind"
                + " (score 0hard/-43medium/-360000soft, cost $360,000)"), run.out().toString());
        // The third sortie departs at 13:00: the clearance must still be valid then, and no longer.
        assertEquals("  1. clearance DZ-1 validTo 2024-06-02T00:00:00Z -> 2024-06-02T14:00:00Z", line(run, "  1. "));
        assertTrue(run.out().contains("  3. airfield FWD closesAt 2024-06-05T00:00:00Z -> 2024-06-07T14:00:00Z"),
                run.out().toString());
        assertEquals("     frees 4 of 4 stuck, feasible; cost $900,000 (+$540,000)", run.out().get(
                run.out().indexOf(line(run, "  1. ")) + 1));
        assertEquals("Change 1 moves every mandatory load in a feasible plan.", run.out().get(run.out().size() - 1));

        try (var written = Files.list(out)) {
            assertEquals(4, written.count(), "one file per change shown");
        }
        Path edited = out.resolve("clearance-gap-1-clearance-DZ-1-validTo.json");
        ObjectNode expected = (ObjectNode) JSON.readTree(CLEARANCE_GAP.toFile());
        ((ObjectNode) expected.withArray("clearances").get(1)).put("validTo", "2024-06-02T14:00:00Z");
        assertEquals(expected, JSON.readTree(edited.toFile()), "the edited file changes that field alone");
        assertEquals(DrawdownCommand.FEASIBLE, solve(edited));
        Path hourShort = directory.resolve("hour-short.json");
        Files.writeString(hourShort, Files.readString(edited).replace("2024-06-02T14:00:00Z", "2024-06-02T13:00:00Z"));
        assertEquals(DrawdownCommand.INFEASIBLE, solve(hourShort), "an hour less leaves a load behind");
    }

    @Test
    void planGivenIsAdvisedOnAsItStands() throws Exception {
        Path plan = directory.resolve("plan.json");
        assertEquals(DrawdownCommand.INFEASIBLE, DrawdownCommand.execute("solve", CommandRunner.HOPELESS.toString(),
                "--greedy", "--quiet", "--out", plan.toString()));

        CommandRunner.Captured run = CommandRunner.capture("advise", CommandRunner.HOPELESS.toString(),
                plan.toString());

        assertEquals(DrawdownCommand.FEASIBLE, run.exitCode(), String.join("\n", run.err()));
        assertEquals("  1. aircraft of type LIFT based at ORIG count 1 -> 2 (LIFT-ADDED, available"
                + " 2024-06-01T10:00:00Z to 2024-06-10T00:00:00Z)", line(run, "  1. "));
    }

    @Test
    void whenNoSingleChangeFreesEveryLoadTheClosestIsNamedAndTheExitCodeIsOne() throws Exception {
        ObjectNode scenario = (ObjectNode) JSON.readTree(CLEARANCE_GAP.toFile());
        ((ArrayNode) scenario.withArray("airfields")).addObject().put("code", "OUT").put("country", "ML")
                .put("maxDeparturesPerDay", 4).put("parkingSpots", 2);
        ((ArrayNode) scenario.withArray("routes")).addObject().put("from", "OUT").put("to", "HUB")
                .put("distanceNm", 1500);
        ((ArrayNode) scenario.withArray("cargo")).addObject().put("id", "STRAY-1").put("origin", "OUT")
                .put("destination", "HUB").put("weightKg", 1000).put("palletPositions", 1);
        Path file = directory.resolve("two-problems.json");
        JSON.writeValue(file.toFile(), scenario);

        CommandRunner.Captured run = CommandRunner.capture("advise", file.toString(), "--top", "1");

        assertEquals(DrawdownCommand.INFEASIBLE, run.exitCode(), String.join("\n", run.err()));
        assertTrue(run.out().contains("No single change of a limit relaxes rule 8 Clearance: no clearance of ML"
                + " covers LIFT (OUT-HUB)."), run.out().toString());
        assertEquals("     frees 4 of 5 stuck, 1 load still stuck; cost $900,000 (+$540,000)", run.out().get(
                run.out().indexOf(line(run, "  1. ")) + 1));
        assertEquals("No single change moves every mandatory load; the closest, change 1, frees 4 of 5.",
                run.out().get(run.out().size() - 1));
    }

    @Test
    void feasibleScenarioHasNothingToAdvise() {
        CommandRunner.Captured run = CommandRunner.capture("advise", CommandRunner.SMALL.toString(), "--move-limit",
                "100");

        assertEquals(DrawdownCommand.FEASIBLE, run.exitCode(), String.join("\n", run.err()));
        assertTrue(line(run, "small: ").endsWith("; nothing to advise"), run.out().toString());
    }

    @Test
    void outputDirectoryThatIsAFileIsRefusedBeforeAnyWork() throws Exception {
        Path file = Files.writeString(directory.resolve("taken"), "x");

        CommandRunner.Captured run = CommandRunner.capture("advise", CLEARANCE_GAP.toString(), "--out",
                file.toString());

        assertEquals(DrawdownCommand.BAD_INPUT, run.exitCode());
        assertEquals(List.of("drawdown: " + file + ": --out: is a file, not a directory"), run.err());
        assertTrue(run.out().isEmpty(), run.out().toString());
        assertEquals("x", Files.readString(file));
    }

    private static int solve(Path scenario) {
        return DrawdownCommand.execute("solve", scenario.toString(), "--move-limit", "10000", "--quiet", "--out",
                scenario.resolveSibling(scenario.getFileName() + ".plan.json").toString());
    }

    private static String line(CommandRunner.Captured run, String start) {
        return run.out().stream().filter(text -> text.startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starting \"" + start + "\" in " + run.out()));
    }
}
