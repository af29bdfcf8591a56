package org.drawdown.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.drawdown.domain.DrawdownPlan;
import org.drawdown.domain.PlanningWindow;
import org.drawdown.io.OutputFiles;
import org.drawdown.io.PlanExporter;
import org.drawdown.io.PlanJson;
import org.drawdown.io.ScenarioJson;
import org.drawdown.io.ScenarioValidator;
import org.drawdown.io.StrictJson;
import org.drawdown.report.StuckLoads;
import org.drawdown.solver.PlanSolver;
import org.drawdown.solver.Replanner;
import org.drawdown.solver.SolverSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replanning is feasible whenever a repair exists, however little the search may do: every replan here runs one
 * move of local search (what a very slow machine gets through), so what makes it feasible is the constructed start.
 */
class ReplanRepairTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path GEN_S = Path.of("datasets/gen-s.json");
    private static final String JULY_10 = "2024-07-10T00:00:00Z";

    @TempDir
    static Path temp;

    /** niger-2024 with the change cost of benchmarks/run-replan, and its plan in force. */
    private static Path niger;
    private static Path nigerInForce;
    private static Path genS;
    private static Path genSInForce;

    @BeforeAll
    static void solveThePlansInForce() throws Exception {
        niger = edit(CommandRunner.NIGER, "niger-cc.json", s -> s.put("changeCostUsd", 5000));
        nigerInForce = solve(niger);
        genS = GEN_S;
        genSInForce = solve(genS);
    }

    // ************************************************************************
    // The changes a planner meets
    // ************************************************************************

    @Test
    void aC17UnserviceableFromTenJuly() throws Exception {
        assertFeasibleAndChecked(edit(niger, "grounded.json",
                s -> find(s, "aircraft", "C17-05").put("availableTo", JULY_10)), JULY_10);
    }

    @Test
    void theLandingClearanceWithdrawnForAWeek() throws Exception {
        assertFeasibleAndChecked(edit(niger, "withdrawn.json", s -> {
            ObjectNode before = find(s, "clearances", "NE-MIL-2");
            ObjectNode after = before.deepCopy().put("id", "NE-MIL-2b").put("validFrom", "2024-07-22T00:00:00Z");
            before.put("validTo", "2024-07-15T00:00:00Z");
            ((ArrayNode) s.get("clearances")).add(after);
        }), JULY_10);
    }

    @Test
    void aC17GroundedFromTwentyFiveJune() throws Exception {
        String now = "2024-06-25T00:00:00Z";
        assertFeasibleAndChecked(edit(niger, "grounded-june.json",
                s -> find(s, "aircraft", "C17-01").put("availableTo", now)), now);
    }

    @Test
    void agadezClosingThreeDaysEarlier() throws Exception {
        assertFeasibleAndChecked(edit(niger, "agadez-earlier.json",
                s -> find(s, "airfields", "DRZA").put("closesAt", "2024-08-02T00:00:00Z")), JULY_10);
    }

    @Test
    void tenLoadsAdded() throws Exception {
        assertFeasibleAndChecked(edit(niger, "added.json", s -> {
            ArrayNode cargo = (ArrayNode) s.get("cargo");
            for (int i = 1; i <= 10; i++) {
                cargo.addObject().put("id", "DRZA-LATE-" + i).put("description", "Found in a hangar")
                        .put("category", "GENERAL").put("origin", "DRZA").put("destination", "ETAR")
                        .put("weightKg", 1500 * i).put("palletPositions", 1 + i % 3).put("mandatory", i % 2 == 0)
                        .put("valueUsd", 100_000).put("readyAt", "2024-07-12T00:00:00Z");
            }
        }), JULY_10);
    }

    @Test
    void theLandingClearanceCapHalved() throws Exception {
        assertFeasibleAndChecked(edit(niger, "cap-halved.json",
                s -> find(s, "clearances", "NE-MIL-2").put("maxFlightsPerDay", 2)), JULY_10);
    }

    // ************************************************************************
    // Random changes
    // ************************************************************************

    /**
     * Twenty seeded changes of either scenario. A replan either passes the checker, or breaks no rule and leaves
     * behind only mandatory loads that no aircraft could carry at any departure from now on, even alone.
     */
    @Test
    void randomChangesGiveACheckedPlanOrOnlyLoadsNothingCanTake() throws Exception {
        Random random = new Random(9);
        for (int i = 0; i < 20; i++) {
            boolean onNiger = i % 2 == 0;
            Path scenario = onNiger ? niger : genS;
            Path inForce = onNiger ? nigerInForce : genSInForce;
            PlanJson planInForce = StrictJson.read(inForce, PlanJson.class);
            List<Instant> departures = planInForce.flights().stream().map(PlanJson.FlightJson::departure).sorted()
                    .toList();
            Instant now = departures.get(departures.size() / 4 + random.nextInt(departures.size() / 2));
            Disruption disruption = Disruption.values()[i % Disruption.values().length];
            List<String> what = new ArrayList<>();
            Path changed = edit(scenario, "random-" + i + ".json",
                    s -> what.add(disruption.apply(s, planInForce, now, random)));
            String context = "change " + i + " (" + what.get(0) + ", now " + now + ")";
            Replanned replanned = replan(changed, inForce, now.toString());
            assertEquals(0, replanned.best().getScore().hardScore(), context + " breaks a rule");
            if (replanned.plan().feasible()) {
                assertPassesCheck(changed, replanned.plan(), inForce, now.toString(), context);
            } else {
                List<StuckLoads.Diagnosis> stuck = StuckLoads.diagnose(replanned.best());
                assertFalse(stuck.isEmpty(), context);
                for (StuckLoads.Diagnosis diagnosis : stuck) {
                    assertTrue(diagnosis.verdict().startsWith("blocked"),
                            context + ": " + diagnosis.loads() + " " + diagnosis.verdict());
                }
            }
        }
    }

    /** What a random change does to a scenario; each returns what it did, for the failure message. */
    private enum Disruption {
        REMOVE_AIRCRAFT {
            @Override
            String apply(ObjectNode s, PlanJson inForce, Instant now, Random random) {
                // An aircraft that has flown cannot be removed; one that has not, can.
                List<String> idle = ids(s, "aircraft").stream()
                        .filter(id -> inForce.flights().stream()
                                .noneMatch(f -> f.aircraft().equals(id) && f.departure().isBefore(now)))
                        .toList();
                if (idle.isEmpty()) {
                    return SHORTEN_AIRCRAFT.apply(s, inForce, now, random);
                }
                String id = idle.get(random.nextInt(idle.size()));
                ArrayNode aircraft = (ArrayNode) s.get("aircraft");
                aircraft.remove(ids(s, "aircraft").indexOf(id));
                return "aircraft " + id + " removed";
            }
        },
        SHORTEN_AIRCRAFT {
            @Override
            String apply(ObjectNode s, PlanJson inForce, Instant now, Random random) {
                ObjectNode aircraft = pick(s, "aircraft", random);
                Instant from = Instant.parse(aircraft.get("availableFrom").asText());
                Instant to = latest(from.plus(1, ChronoUnit.DAYS), now.plus(random.nextInt(10), ChronoUnit.DAYS));
                aircraft.put("availableTo", to.toString());
                return "aircraft " + aircraft.get("id").asText() + " available to " + to;
            }
        },
        WITHDRAW_CLEARANCE {
            @Override
            String apply(ObjectNode s, PlanJson inForce, Instant now, Random random) {
                ObjectNode before = pick(s, "clearances", random);
                Instant from = Instant.parse(before.get("validFrom").asText());
                Instant to = Instant.parse(before.get("validTo").asText());
                Instant withdrawn = latest(from.plus(1, ChronoUnit.DAYS), now.truncatedTo(ChronoUnit.DAYS))
                        .plus(random.nextInt(7), ChronoUnit.DAYS);
                if (!withdrawn.isBefore(to)) {
                    return MOVE_CLOSURE.apply(s, inForce, now, random);
                }
                Instant back = withdrawn.plus(7, ChronoUnit.DAYS);
                if (back.isBefore(to)) {
                    ObjectNode after = before.deepCopy().put("id", before.get("id").asText() + "-B")
                            .put("validFrom", back.toString());
                    ((ArrayNode) s.get("clearances")).add(after);
                }
                before.put("validTo", withdrawn.toString());
                return "clearance " + before.get("id").asText() + " withdrawn from " + withdrawn + " for a week";
            }
        },
        MOVE_CLOSURE {
            @Override
            String apply(ObjectNode s, PlanJson inForce, Instant now, Random random) {
                List<JsonNode> closing = new ArrayList<>();
                s.get("airfields").forEach(airfield -> {
                    if (airfield.hasNonNull("closesAt")) {
                        closing.add(airfield);
                    }
                });
                ObjectNode airfield = (ObjectNode) closing.get(random.nextInt(closing.size()));
                int days = (random.nextBoolean() ? 1 : -1) * (1 + random.nextInt(5));
                Instant closes = Instant.parse(airfield.get("closesAt").asText()).plus(days, ChronoUnit.DAYS);
                airfield.put("closesAt", closes.toString());
                return airfield.get("code").asText() + " closing at " + closes;
            }
        },
        ADD_LOADS {
            @Override
            String apply(ObjectNode s, PlanJson inForce, Instant now, Random random) {
                for (int i = 0; i < 5; i++) {
                    String kind = random.nextInt(4) == 0 ? "personnel" : "cargo";
                    ObjectNode load = pick(s, kind, random).deepCopy();
                    load.put("id", load.get("id").asText() + "-ADDED-" + i);
                    load.put("readyAt", now.plus(random.nextInt(72), ChronoUnit.HOURS).toString());
                    ((ArrayNode) s.get(kind)).add(load);
                }
                return "five loads added";
            }
        },
        DELAY_READINESS {
            @Override
            String apply(ObjectNode s, PlanJson inForce, Instant now, Random random) {
                List<String> delayed = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    ObjectNode load = pick(s, random.nextInt(4) == 0 ? "personnel" : "cargo", random);
                    Instant ready = load.hasNonNull("readyAt") ? Instant.parse(load.get("readyAt").asText())
                            : Instant.parse(s.get("start").asText());
                    load.put("readyAt", latest(ready, now).plus(1 + random.nextInt(96), ChronoUnit.HOURS)
                            .toString());
                    delayed.add(load.get("id").asText());
                }
                return "readyAt later for " + delayed;
            }
        };

        abstract String apply(ObjectNode scenario, PlanJson inForce, Instant now, Random random);
    }

    // ************************************************************************
    // Helpers
    // ************************************************************************

    private record Replanned(DrawdownPlan best, PlanJson plan) {
    }

    private void assertFeasibleAndChecked(Path scenario, String now) throws Exception {
        Replanned replanned = replan(scenario, nigerInForce, now);
        assertTrue(replanned.plan().feasible(), scenario + ": " + replanned.plan().score());
        assertPassesCheck(scenario, replanned.plan(), nigerInForce, now, scenario.toString());
    }

    /** One move of local search, in this JVM: the replan's start is all there is. */
    private static Replanned replan(Path scenarioFile, Path inForceFile, String now) throws Exception {
        ScenarioJson scenario = ScenarioValidator.read(scenarioFile);
        PlanJson inForce = StrictJson.read(inForceFile, PlanJson.class);
        PlanningWindow window = new PlanningWindow(scenario.start(), scenario.deadline(), scenario.slotMinutes());
        Replanner replanner = new Replanner(inForceFile, scenario, inForce, window.minuteOf(Instant.parse(now)));
        SolverSettings.RunLimits limits = new SolverSettings.RunLimits(null, null, 1L, 1L, null);
        DrawdownPlan best = replanner.solve(replanner.replan(), SolverSettings.load(null), limits, false,
                (problem, config) -> new PlanSolver(config).solve(problem, (millis, score, speed) -> { }).plan(),
                () -> false);
        return new Replanned(best, PlanExporter.export(best, inForce, Instant.parse(now)));
    }

    private void assertPassesCheck(Path scenario, PlanJson plan, Path inForce, String now, String context)
            throws Exception {
        Path file = temp.resolve("replanned.json");
        OutputFiles.write(file, StrictJson.toJson(plan));
        StringWriter out = new StringWriter();
        int exit = DrawdownCommand.execute(new PrintWriter(out), new PrintWriter(new StringWriter()), "check",
                scenario.toString(), file.toString(), "--now", now, "--previous", inForce.toString());
        assertEquals(DrawdownCommand.FEASIBLE, exit, context + "\n" + out);
    }

    private static Path solve(Path scenario) {
        Path plan = temp.resolve("in-force-" + scenario.getFileName());
        assertEquals(DrawdownCommand.FEASIBLE, DrawdownCommand.execute("solve", scenario.toString(), "--move-limit",
                "20000", "--seed", "1", "--out", plan.toString(), "--quiet"));
        return plan;
    }

    private static Path edit(Path scenario, String name, Consumer<ObjectNode> change) throws Exception {
        ObjectNode edited = (ObjectNode) JSON.readTree(scenario.toFile());
        change.accept(edited);
        Path file = temp.resolve(name);
        JSON.writeValue(file.toFile(), edited);
        return file;
    }

    private static ObjectNode find(ObjectNode scenario, String list, String id) {
        String key = list.equals("airfields") ? "code" : "id";
        for (JsonNode entry : scenario.get(list)) {
            if (entry.get(key).asText().equals(id)) {
                return (ObjectNode) entry;
            }
        }
        throw new IllegalArgumentException("no " + list + " entry " + id);
    }

    private static List<String> ids(ObjectNode scenario, String list) {
        List<String> ids = new ArrayList<>();
        scenario.get(list).forEach(entry -> ids.add(entry.get("id").asText()));
        return ids;
    }

    private static ObjectNode pick(ObjectNode scenario, String list, Random random) {
        return (ObjectNode) scenario.get(list).get(random.nextInt(scenario.get(list).size()));
    }

    private static Instant latest(Instant a, Instant b) {
        return Stream.of(a, b).max(Instant::compareTo).orElseThrow();
    }
}
