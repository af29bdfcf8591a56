package org.drawdown.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.drawdown.io.PlanJson;
import org.drawdown.io.ScenarioJson;
import org.drawdown.io.ScenarioValidator;
import org.drawdown.io.StrictJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SolveCommandTest {

    @TempDir
    Path temp;

    @Test
    void smallScenarioSolvesFeasiblyAndItsCostFollowsFromThePlanFile() throws Exception {
        Path out = temp.resolve("plan.json");
        int exit = DrawdownCommand.execute("solve", CommandRunner.SMALL.toString(), "--move-limit", "20000",
                "--seed", "1", "--out", out.toString(), "--quiet");
        assertEquals(DrawdownCommand.FEASIBLE, exit);
        PlanJson plan = StrictJson.read(out, PlanJson.class);
        assertTrue(plan.feasible());
        assertTrue(plan.unassigned().isEmpty());
        assertEquals(recomputeCost(ScenarioValidator.read(CommandRunner.SMALL), plan), plan.totalCostUsd());
    }

    /** The contract's cost, from the scenario and the plan file only: no class of the solver is involved. */
    private static long recomputeCost(ScenarioJson scenario, PlanJson plan) {
        Map<String, ScenarioJson.AircraftTypeJson> typeOfAircraft = new HashMap<>();
        scenario.aircraft().forEach(a -> typeOfAircraft.put(a.id(), scenario.aircraftTypes().stream()
                .filter(t -> t.code().equals(a.type())).findFirst().orElseThrow()));
        Map<String, Integer> distance = new HashMap<>();
        scenario.routes().forEach(r -> {
            distance.put(r.from() + r.to(), r.distanceNm());
            distance.put(r.to() + r.from(), r.distanceNm());
        });
        Map<String, ScenarioJson.PersonnelJson> groups = new HashMap<>();
        scenario.personnel().forEach(p -> groups.put(p.id(), p));
        long total = 0;
        for (PlanJson.FlightJson flight : plan.flights()) {
            ScenarioJson.AircraftTypeJson type = typeOfAircraft.get(flight.aircraft());
            long minutes = (distance.get(flight.origin() + flight.destination()) * 60L + type.cruiseKnots() - 1)
                    / type.cruiseKnots() + 30;
            total += 2 * minutes * type.costPerFlightHourUsd() / 60;
            for (String id : flight.personnel()) {
                ScenarioJson.PersonnelJson group = groups.get(id);
                long waited = (flight.departure().getEpochSecond() - group.readyAt().getEpochSecond()) / 60;
                total += Math.floorDiv(group.count() * waited * scenario.personDayCostUsd(), 1440);
            }
        }
        for (String id : plan.leftBehind()) {
            total += scenario.cargo().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow().valueUsd();
        }
        return total;
    }

    @Test
    void sameSeedAndMoveLimitGiveTheSameBytesTwiceInOneJvm() throws Exception {
        Path first = temp.resolve("first.json");
        Path second = temp.resolve("second.json");
        for (Path out : new Path[] {first, second}) {
            DrawdownCommand.execute("solve", CommandRunner.NIGER.toString(), "--move-limit", "20000", "--seed", "42",
                    "--environment-mode", "REPRODUCIBLE", "--out", out.toString(), "--quiet");
        }
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    @Test
    void sameSeedAndMoveLimitGiveTheSameBytesAcrossJvms() throws Exception {
        Path first = temp.resolve("first.json");
        Path second = temp.resolve("second.json");
        for (Path out : new Path[] {first, second}) {
            CommandRunner.Result result = CommandRunner.run("solve", CommandRunner.NIGER.toString(), "--move-limit",
                    "20000", "--seed", "42", "--environment-mode", "REPRODUCIBLE", "--out", out.toString(), "--quiet");
            assertEquals(DrawdownCommand.FEASIBLE, result.exitCode(), result.output());
        }
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    @Test
    void interruptEndsTheSearchAndStillWritesTheBestPlan() throws Exception {
        assertStopsAndWrites("INT");
    }

    @Test
    void terminateEndsTheSearchAndStillWritesTheBestPlan() throws Exception {
        assertStopsAndWrites("TERM");
    }

    /** Starts a ten-minute solve, signals it once it has a plan, and expects a prompt, ordinary exit. */
    private void assertStopsAndWrites(String signal) throws Exception {
        Path out = temp.resolve("plan.json");
        Process process = CommandRunner.builder("solve", CommandRunner.NIGER.toString(), "--time-limit", "10m",
                "--out", out.toString()).redirectErrorStream(true).start();
        BufferedReader output = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        do {
            line = output.readLine();
        } while (line != null && !line.contains("moves/s"));
        assertTrue(line != null, "the solve printed no progress line");
        new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start().waitFor();
        // A bound on waiting, not a speed requirement: without the signal this solve would run ten minutes.
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the solve did not stop on SIG" + signal);
        output.lines().forEach(ignored -> { });
        assertEquals(DrawdownCommand.FEASIBLE, process.exitValue());
        PlanJson plan = StrictJson.read(out, PlanJson.class);
        assertTrue(plan.feasible());
        assertTrue(!plan.flights().isEmpty());
    }

    @Test
    void existingPlanIsReplacedWholeNeverTruncated() throws Exception {
        Path out = temp.resolve("plan.json");
        Files.writeString(out, "{\"old\": true}");
        DrawdownCommand.execute("solve", CommandRunner.SMALL.toString(), "--move-limit", "1000", "--seed", "1",
                "--out", out.toString(), "--quiet");
        assertEquals("small", StrictJson.read(out, PlanJson.class).scenario());
        try (var files = Files.list(temp)) {
            assertEquals(1, files.count(), "no temporary file is left beside the plan");
        }
    }
}
