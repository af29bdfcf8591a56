package org.drawdown.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.drawdown.io.OutputFiles;
import org.drawdown.io.PlanChanges;
import org.drawdown.io.PlanJson;
import org.drawdown.io.PlanJson.FlightJson;
import org.drawdown.io.ScenarioJson;
import org.drawdown.io.ScenarioValidator;
import org.drawdown.io.StrictJson;
import org.drawdown.report.AnalyzedPlan;
import org.drawdown.report.PlanComparison;
import org.drawdown.report.PlanCsv;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replanning the small scenario after changes. The plan in force comes from a seeded solve; each test reads what it
 * needs from it (which flights fly when, on what), so the tests hold whatever plan the solver finds.
 */
class ReplanCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PRINTED_COUNT =
            Pattern.compile(" {2}(Retimed|New aircraft|Cancelled|Added|Loads moved|Newly left) +(\\d+).*");
    private static final Pattern PRINTED_COST = Pattern.compile(" {2}Cost +\\$([\\d,]+) -> \\$([\\d,]+) .*");

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
        assertEquals(Instant.parse("2024-06-01T00:00:00Z"), replanned.replannedAt(), "the file says when");
        assertEquals(planInForce, asSolved(replanned));
        assertTrue(PlanChanges.between(planInForce, replanned).changesNothing());
    }

    @Test
    void flightsThatStillFlyKeepThePlanInForcesIds() throws Exception {
        // The planner's own mission numbers, counting down against the departures.
        ObjectNode renamed = (ObjectNode) JSON.readTree(inForce.toFile());
        ArrayNode flights = (ArrayNode) renamed.get("flights");
        for (int i = 0; i < flights.size(); i++) {
            ((ObjectNode) flights.get(i)).put("id", "MSN-" + (900 - i));
        }
        JSON.writeValue(inForce.toFile(), renamed);
        planInForce = StrictJson.read(inForce, PlanJson.class);
        assertEquals(planInForce, asSolved(replan(CommandRunner.SMALL, "2024-06-01T00:00:00Z")));
    }

    @Test
    void historyFlightsStayByteIdenticalWhateverTheChanges() throws Exception {
        // Now falls after half of the flights: they are history.
        List<Instant> departures = planInForce.flights().stream().map(FlightJson::departure).sorted().toList();
        String now = departures.get(departures.size() / 2 - 1).plusSeconds(3600).toString();
        Path changed = scenario(s -> {
            aircraft(s, "C130-1").put("availableTo", "2024-06-09T00:00:00Z");
            ((ArrayNode) s.get("cargo")).addObject().put("id", "B-GEN-9").put("origin", "BBBB")
                    .put("destination", "DEST").put("weightKg", 2500).put("palletPositions", 1)
                    .put("readyAt", "2024-06-07T06:00:00Z");
            clearance(s, "IT-1").put("maxFlightsPerDay", 1);
        });
        PlanJson replanned = replan(changed, now);
        List<FlightJson> history = planInForce.flights().stream()
                .filter(flight -> flight.departure().isBefore(Instant.parse(now))).toList();
        assertFalse(history.isEmpty());
        for (FlightJson flew : history) {
            FlightJson kept = replanned.flights().stream().filter(f -> f.id().equals(flew.id())).findFirst()
                    .orElseThrow();
            assertEquals(StrictJson.toJson(flew), StrictJson.toJson(kept));
        }
        assertTrue(replanned.feasible());
        assertPassesCheck(changed, replanned, now);
        assertIdsFollowTheSuccession(replanned);
    }

    @Test
    void withdrawingAClearanceForTwoDaysMovesExactlyTheAffectedFlightsOutOfThem() throws Exception {
        // Niger's landing clearance is withdrawn for two days from the day of the first military flight.
        String now = "2024-06-02T00:00:00Z";
        Instant from = planInForce.flights().stream().filter(f -> !f.aircraft().startsWith("CHT"))
                .map(FlightJson::departure).min(Instant::compareTo).orElseThrow().truncatedTo(ChronoUnit.DAYS);
        Instant to = from.plus(2, ChronoUnit.DAYS);
        Path changed = scenario(s -> {
            s.put("changeCostUsd", 1_000_000);
            ObjectNode before = clearance(s, "NE-1");
            ObjectNode after = before.deepCopy();
            before.put("validTo", from.toString());
            after.put("id", "NE-2").put("validFrom", to.toString());
            ((ArrayNode) s.get("clearances")).add(after);
        });
        PlanJson replanned = replan(changed, now);
        List<FlightJson> affected = planInForce.flights().stream()
                .filter(f -> !f.aircraft().startsWith("CHT") && !f.departure().isBefore(from)
                        && f.departure().isBefore(to))
                .toList();
        assertFalse(affected.isEmpty());
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
        // A flight that still flies as it did keeps its id: the planner finds it under the same name.
        Map<String, FlightJson> replannedById = replanned.flights().stream()
                .collect(Collectors.toMap(FlightJson::id, flight -> flight));
        for (FlightJson was : planInForce.flights()) {
            FlightJson is = replannedById.get(was.id());
            assertEquals(!affected.contains(was), is != null && is.departure().equals(was.departure())
                    && is.origin().equals(was.origin()) && is.aircraft().equals(was.aircraft()), was.id());
        }
        assertPassesCheck(changed, replanned, now);
        assertIdsFollowTheSuccession(replanned);
    }

    @Test
    void removingAnAircraftReassignsItsFutureFlights() throws Exception {
        String removed = planInForce.flights().stream().map(FlightJson::aircraft).filter(id -> id.startsWith("C17"))
                .findFirst().orElseThrow();
        Path changed = scenario(s -> ((ArrayNode) s.get("aircraft")).remove(indexOf(s.get("aircraft"), removed)));
        String now = "2024-06-01T00:00:00Z";
        PlanJson replanned = replan(changed, now);
        assertTrue(replanned.feasible());
        assertTrue(replanned.flights().stream().noneMatch(f -> f.aircraft().equals(removed)));
        Map<String, FlightJson> after = byLoad(replanned);
        planInForce.flights().stream().filter(f -> f.aircraft().equals(removed))
                .flatMap(f -> Stream.concat(f.cargo().stream(), f.personnel().stream()))
                .forEach(load -> assertTrue(after.containsKey(load), load + " still flies"));
        assertPassesCheck(changed, replanned, now);
        assertIdsFollowTheSuccession(replanned);
    }

    @Test
    void theReplanPrintoutTheReportAndTheCsvCountTheSameChanges() throws Exception {
        // The aircraft of the first flight after now is grounded from now; each changed load costs $1,000.
        List<FlightJson> byDeparture = planInForce.flights().stream()
                .sorted(Comparator.comparing(FlightJson::departure)).toList();
        FlightJson next = byDeparture.get(byDeparture.size() / 2);
        String now = next.departure().truncatedTo(ChronoUnit.DAYS).toString();
        Path changed = scenario(s -> {
            s.put("changeCostUsd", 1000);
            aircraft(s, next.aircraft()).put("availableTo", now);
        });
        Path out = temp.resolve("replanned.json");
        CommandRunner.Captured replan = CommandRunner.capture("replan", changed.toString(), inForce.toString(),
                "--now", now, "--move-limit", "40000", "--seed", "1", "--out", out.toString());
        PlanJson replanned = StrictJson.read(out, PlanJson.class);
        Map<String, Long> printed = new LinkedHashMap<>();
        for (String line : replan.out()) {
            Matcher count = PRINTED_COUNT.matcher(line);
            Matcher cost = PRINTED_COST.matcher(line);
            if (count.matches()) {
                printed.put(count.group(1), Long.parseLong(count.group(2)));
            } else if (cost.matches()) {
                printed.put("cost before", Long.parseLong(cost.group(1).replace(",", "")));
                printed.put("cost after", Long.parseLong(cost.group(2).replace(",", "")));
            }
        }

        ScenarioJson scenario = ScenarioValidator.read(changed);
        PlanComparison compared = PlanComparison.of(AnalyzedPlan.of(scenario, inForce, planInForce),
                AnalyzedPlan.of(scenario, out, replanned));
        PlanComparison.Figure totalCost = compared.figures().stream()
                .filter(figure -> figure.label().equals("Total cost")).findFirst().orElseThrow();
        Map<String, Long> reported = new LinkedHashMap<>();
        reported.put("Retimed", (long) compared.flightsRetimed());
        reported.put("New aircraft", (long) compared.flightsRetailed());
        reported.put("Cancelled", (long) compared.flightsCancelled().size());
        reported.put("Added", (long) compared.flightsAdded().size());
        reported.put("Loads moved", (long) compared.loadsMoved().size());
        reported.put("Newly left", (long) compared.loadsNewlyLeftBehind());
        reported.put("cost before", Long.parseLong(totalCost.before().replaceAll("[$,]", "")));
        reported.put("cost after", Long.parseLong(totalCost.after().replaceAll("[$,]", "")));

        Path csv = temp.resolve("csv");
        assertEquals(DrawdownCommand.FEASIBLE, CommandRunner.capture("export", changed.toString(), out.toString(),
                "--csv", csv.toString(), "--compare", inForce.toString()).exitCode());
        List<List<String>> rows = CsvRecords.parse(Files.readString(csv.resolve("changes.csv")));
        assertEquals(PlanCsv.CHANGE_COLUMNS, rows.get(0));
        Map<String, Long> exported = new LinkedHashMap<>();
        Map<String, String> kinds = Map.of("retimed", "Retimed", "new aircraft", "New aircraft", "cancelled",
                "Cancelled", "added", "Added", "load moved", "Loads moved");
        kinds.values().forEach(kind -> exported.put(kind, 0L));
        exported.put("Newly left", 0L);
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.get(0).equals("cost")) {
                exported.put("cost before", Long.parseLong(row.get(4)));
                exported.put("cost after", Long.parseLong(row.get(5)));
                continue;
            }
            exported.merge(kinds.get(row.get(0)), 1L, Long::sum);
            if (row.get(0).equals("load moved") && row.get(2).isEmpty()) {
                exported.merge("Newly left", 1L, Long::sum);
            }
        }

        assertEquals(printed, reported);
        assertEquals(printed, exported);
        assertTrue(printed.get("Loads moved") > 0, printed.toString());
        assertTrue(printed.get("Retimed") + printed.get("New aircraft") + printed.get("Cancelled") > 0,
                printed.toString());
        // The report prices the moved loads at the change cost, and lands on the cost the solver charged.
        assertEquals(replanned.totalCostUsd(), printed.get("cost after"));
        assertPassesCheck(changed, replanned, now);
        assertIdsFollowTheSuccession(replanned);
    }

    @Test
    void anAircraftThatHasFlownCannotBeRemoved() throws Exception {
        FlightJson first = planInForce.flights().get(0);
        String now = first.departure().plusSeconds(3600).toString();
        Path changed = scenario(s -> ((ArrayNode) s.get("aircraft"))
                .remove(indexOf(s.get("aircraft"), first.aircraft())));
        StringWriter err = new StringWriter();
        int exit = DrawdownCommand.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "replan",
                changed.toString(), inForce.toString(), "--now", now, "--out", temp.resolve("new.json").toString(),
                "--quiet");
        assertEquals(DrawdownCommand.BAD_INPUT, exit);
        assertTrue(err.toString().contains("flights \"" + first.id() + "\": flew before now on aircraft \""
                + first.aircraft() + "\""), err.toString());
        assertFalse(Files.exists(temp.resolve("new.json")));
    }

    @Test
    void aPlanInForceWithTwoFlightsOfOneIdIsRefused() throws Exception {
        ObjectNode plan = (ObjectNode) JSON.readTree(inForce.toFile());
        String id = plan.get("flights").get(0).get("id").asText();
        ((ObjectNode) plan.get("flights").get(1)).put("id", id);
        JSON.writeValue(inForce.toFile(), plan);
        StringWriter err = new StringWriter();
        int exit = DrawdownCommand.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "replan",
                CommandRunner.SMALL.toString(), inForce.toString(), "--now", "2024-06-01T00:00:00Z", "--out",
                temp.resolve("new.json").toString(), "--quiet");
        assertEquals(DrawdownCommand.BAD_INPUT, exit);
        assertTrue(err.toString().contains(inForce + ": flights \"" + id + "\": another flight has this id too"),
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

    /** The replanned plan without its {@code replannedAt}, to compare with the solved plan in force. */
    private static PlanJson asSolved(PlanJson replanned) {
        return new PlanJson(replanned.scenario(), replanned.score(), replanned.feasible(), replanned.totalCostUsd(),
                replanned.flights(), replanned.leftBehind(), replanned.unassigned());
    }

    private void assertPassesCheck(Path scenario, PlanJson replanned, String now) throws Exception {
        Path plan = temp.resolve("checked.json");
        OutputFiles.write(plan, StrictJson.toJson(replanned));
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

    /**
     * A flight that carries on a flight of the plan in force has its id, and only such a flight: a cancelled flight's
     * id is gone, and an added flight's id is new.
     */
    private void assertIdsFollowTheSuccession(PlanJson replanned) {
        PlanChanges changes = PlanChanges.between(planInForce, replanned);
        changes.successions().forEach(succession ->
                assertEquals(succession.before().id(), succession.after().id(), succession.toString()));
        Set<String> before = planInForce.flights().stream().map(FlightJson::id).collect(Collectors.toSet());
        Set<String> after = replanned.flights().stream().map(FlightJson::id).collect(Collectors.toSet());
        changes.cancelled().forEach(flight -> assertFalse(after.contains(flight.id()), flight.id()));
        changes.added().forEach(flight -> assertFalse(before.contains(flight.id()), flight.id()));
        assertEquals(replanned.flights().size(), after.size(), "ids are unique");
    }

    private static Map<String, FlightJson> byLoad(PlanJson plan) {
        return plan.flights().stream()
                .flatMap(flight -> Stream.concat(flight.cargo().stream(), flight.personnel().stream())
                        .map(load -> Map.entry(load, flight)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
