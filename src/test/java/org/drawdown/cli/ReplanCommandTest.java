package org.drawdown.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.drawdown.io.PlanJson;
import org.drawdown.io.PlanJson.FlightJson;
import org.drawdown.io.StrictJson;
import org.drawdown.report.PlanChanges;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replanning the small scenario after changes. The plan in force (five flights: C130-1 AAAA-SICY on 4 June, C130-1
 * BBBB-SICY and C17-2 AAAA-DEST on 6 June, the charter on 7 June, C130-1 BBBB-DEST on 10 June) comes from a
 * seeded solve, so every run starts from the same plan.
 */
class ReplanCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private Path inForce;
    private PlanJson planInForce;

    @BeforeEach
    void solveThePlanInForce() throws Exception {
        inForce = temp.resolve("in-force.json");
        assertEquals(DrawdownCommand.FEASIBLE, DrawdownCommand.execute("solve", CommandRunner.SMALL.toString(),
                "--move-limit", "20000", "--seed", "1", "--out", inForce.toString(), "--quiet"));
        planInForce = StrictJson.read(inForce, PlanJson.class);
    }

    @Test
    void unchangedScenarioAtTheStartChangesNothing() throws Exception {
        PlanJson replanned = replan(CommandRunner.SMALL, "2024-06-01T00:00:00Z");
        assertEquals(planInForce, replanned);
        assertTrue(PlanChanges.between(planInForce, replanned, Instant.parse("2024-06-01T00:00:00Z")).changesNothing());
    }

    @Test
    void historyFlightsStayByteIdenticalWhateverTheChanges() throws Exception {
        Path changed = scenario(s -> {
            aircraft(s, "C130-1").put("availableTo", "2024-06-09T00:00:00Z");
            ((ArrayNode) s.get("cargo")).addObject().put("id", "B-GEN-9").put("origin", "BBBB")
                    .put("destination", "DEST").put("weightKg", 2500).put("palletPositions", 1)
                    .put("readyAt", "2024-06-07T06:00:00Z");
            clearance(s, "IT-1").put("maxFlightsPerDay", 1);
        });
        String now = "2024-06-06T07:00:00Z";
        PlanJson replanned = replan(changed, now);
        List<FlightJson> history = planInForce.flights().stream()
                .filter(flight -> flight.departure().isBefore(Instant.parse(now))).toList();
        assertEquals(2, history.size(), "the plan in force flew twice before now");
        for (FlightJson flew : history) {
            FlightJson kept = replanned.flights().stream().filter(f -> f.id().equals(flew.id())).findFirst()
                    .orElseThrow();
            assertEquals(StrictJson.toJson(flew), StrictJson.toJson(kept));
        }
        assertTrue(replanned.feasible());
        assertPassesCheck(changed, replanned, now);
    }

    @Test
    void withdrawingAClearanceForTwoDaysMovesExactlyTheAffectedFlightsOutOfThem() throws Exception {
        // Niger's landing clearance withdrawn on 6 and 7 June: the C-130 and C-17 sorties of 6 June lose it.
        Path changed = scenario(s -> {
            s.put("changeCostUsd", 1_000_000);
            ObjectNode before = clearance(s, "NE-1");
            ObjectNode after = before.deepCopy();
            before.put("validTo", "2024-06-06T00:00:00Z");
            after.put("id", "NE-2").put("validFrom", "2024-06-08T00:00:00Z");
            ((ArrayNode) s.get("clearances")).add(after);
        });
        String now = "2024-06-05T00:00:00Z";
        PlanJson replanned = replan(changed, now);
        Instant from = Instant.parse("2024-06-06T00:00:00Z");
        Instant to = Instant.parse("2024-06-08T00:00:00Z");
        List<FlightJson> affected = planInForce.flights().stream()
                .filter(f -> !f.aircraft().startsWith("CHT") && !f.departure().isBefore(from)
                        && f.departure().isBefore(to))
                .toList();
        assertEquals(List.of("F0002", "F0003"), affected.stream().map(FlightJson::id).toList());
        assertTrue(replanned.flights().stream().noneMatch(f -> !f.aircraft().startsWith("CHT")
                && !f.departure().isBefore(from) && f.departure().isBefore(to)));
        Map<String, FlightJson> before = byLoad(planInForce);
        Map<String, FlightJson> after = byLoad(replanned);
        for (Map.Entry<String, FlightJson> load : before.entrySet()) {
            FlightJson was = load.getValue();
            FlightJson is = after.get(load.getKey());
            boolean unaffected = !affected.contains(was);
            assertEquals(unaffected, is != null && was.departure().equals(is.departure())
                    && was.aircraft().equals(is.aircraft()), "load " + load.getKey());
        }
        assertPassesCheck(changed, replanned, now);
    }

    @Test
    void removingAnAircraftReassignsItsFutureFlights() throws Exception {
        Path changed = scenario(s -> ((ArrayNode) s.get("aircraft")).remove(indexOf(s.get("aircraft"), "C17-2")));
        String now = "2024-06-01T00:00:00Z";
        PlanJson replanned = replan(changed, now);
        assertTrue(replanned.feasible());
        FlightJson old = planInForce.flights().stream().filter(f -> f.aircraft().equals("C17-2")).findFirst()
                .orElseThrow();
        FlightJson reassigned = byLoad(replanned).get(old.cargo().get(0));
        assertEquals("C17-1", reassigned.aircraft(), "another C-17 takes the flight");
        assertEquals(old.departure(), reassigned.departure(), "at the same time, as it is free then");
        assertEquals(old.cargo(), reassigned.cargo());
        assertTrue(replanned.flights().stream().noneMatch(f -> f.aircraft().equals("C17-2")));
        assertPassesCheck(changed, replanned, now);
    }

    @Test
    void anAircraftThatHasFlownCannotBeRemoved() throws Exception {
        Path changed = scenario(s -> ((ArrayNode) s.get("aircraft")).remove(indexOf(s.get("aircraft"), "C130-1")));
        StringWriter err = new StringWriter();
        int exit = DrawdownCommand.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "replan",
                changed.toString(), inForce.toString(), "--now", "2024-06-05T00:00:00Z", "--out",
                temp.resolve("new.json").toString(), "--quiet");
        assertEquals(DrawdownCommand.BAD_INPUT, exit);
        assertTrue(err.toString().contains("flights \"F0001\": flew before now on aircraft \"C130-1\""),
                err.toString());
        assertFalse(Files.exists(temp.resolve("new.json")));
    }

    @Test
    void nowOffTheSlotGridIsRefused() throws Exception {
        StringWriter err = new StringWriter();
        int exit = DrawdownCommand.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "replan",
                CommandRunner.SMALL.toString(), inForce.toString(), "--now", "2024-06-05T00:30:00Z", "--out",
                temp.resolve("new.json").toString(), "--quiet");
        assertEquals(DrawdownCommand.BAD_INPUT, exit);
        assertTrue(err.toString().contains("must lie on the scenario's slot grid"), err.toString());
    }

    // ************************************************************************
    // Helpers
    // ************************************************************************

    private PlanJson replan(Path scenario, String now) throws Exception {
        Path out = temp.resolve("replanned.json");
        int exit = DrawdownCommand.execute("replan", scenario.toString(), inForce.toString(), "--now", now,
                "--move-limit", "40000", "--seed", "1", "--out", out.toString(), "--quiet");
        PlanJson replanned = StrictJson.read(out, PlanJson.class);
        assertEquals(replanned.feasible() ? DrawdownCommand.FEASIBLE : DrawdownCommand.INFEASIBLE, exit);
        return replanned;
    }

    private void assertPassesCheck(Path scenario, PlanJson replanned, String now) throws Exception {
        Path plan = temp.resolve("checked.json");
        StrictJson.writeAtomically(plan, StrictJson.toJson(replanned));
        StringWriter out = new StringWriter();
        int exit = DrawdownCommand.execute(new PrintWriter(out), new PrintWriter(new StringWriter()), "check",
                scenario.toString(), plan.toString(), "--now", now, "--previous", inForce.toString());
        assertEquals(DrawdownCommand.FEASIBLE, exit, out.toString());
    }

    private Path scenario(Consumer<ObjectNode> change) throws Exception {
        ObjectNode scenario = (ObjectNode) JSON.readTree(CommandRunner.SMALL.toFile());
        change.accept(scenario);
        Path file = temp.resolve("changed-scenario.json");
        JSON.writeValue(file.toFile(), scenario);
        return file;
    }

    private static ObjectNode aircraft(ObjectNode scenario, String id) {
        return (ObjectNode) scenario.get("aircraft").get(indexOf(scenario.get("aircraft"), id));
    }

    private static ObjectNode clearance(ObjectNode scenario, String id) {
        return (ObjectNode) scenario.get("clearances").get(indexOf(scenario.get("clearances"), id));
    }

    private static int indexOf(JsonNode entries, String id) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).get("id").asText().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no entry " + id);
    }

    private static Map<String, FlightJson> byLoad(PlanJson plan) {
        return plan.flights().stream()
                .flatMap(flight -> Stream.concat(flight.cargo().stream(), flight.personnel().stream())
                        .map(load -> Map.entry(load, flight)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
