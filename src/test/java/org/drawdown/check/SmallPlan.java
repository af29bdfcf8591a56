package org.drawdown.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.drawdown.io.InputException;
import org.drawdown.io.PlanJson;
import org.drawdown.io.PlanReader;
import org.drawdown.io.ScenarioValidator;

/**
 * The hand-made plan of {@code small-scenario.json}, which keeps every rule, as a JSON tree that a test breaks one
 * thing at a time. The scenario is built so that one edit breaks one rule: its types share speed, ground time and
 * hourly cost, so moving a flight to another aircraft changes no time and no cost, and each rule has an unused
 * aircraft or a spare slot that breaks it alone. The checked plan goes through the real file readers.
 */
final class SmallPlan {

    /** The good plan's total cost: 9 flights, the waiting of 3 groups and the optional C-OPT left behind. */
    static final long TOTAL_COST_USD = 359_177;
    /** The value of the optional C-OPT, which the good plan leaves behind. */
    static final long C_OPT_VALUE_USD = 50_000;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ObjectNode root;

    SmallPlan() {
        try (InputStream in = SmallPlan.class.getResourceAsStream("small-plan.json")) {
            root = (ObjectNode) MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path scenarioFile() {
        try {
            return Path.of(SmallPlan.class.getResource("small-scenario.json").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each breach as "category subject", e.g. "rule 5 F0002" or "consistency totalCostUsd". */
    static List<String> reported(CheckReport report) {
        return report.breaches().stream().map(breach -> Breach.category(breach.rule()) + " " + breach.subject())
                .toList();
    }

    ObjectNode root() {
        return root;
    }

    ObjectNode flight(String id) {
        for (JsonNode flight : root.withArray("flights")) {
            if (flight.get("id").asText().equals(id)) {
                return (ObjectNode) flight;
            }
        }
        throw new IllegalArgumentException("no flight " + id + " in the small plan");
    }

    SmallPlan depart(String flightId, String departure, String arrival) {
        flight(flightId).put("departure", departure).put("arrival", arrival);
        return this;
    }

    SmallPlan fly(String flightId, String aircraft) {
        flight(flightId).put("aircraft", aircraft);
        return this;
    }

    SmallPlan figures(String flightId, int payloadKg, int palletPositionsUsed) {
        flight(flightId).put("payloadKg", payloadKg).put("palletPositionsUsed", palletPositionsUsed);
        return this;
    }

    /** Takes a load id out of every list of the plan. */
    SmallPlan remove(String id) {
        for (JsonNode flight : root.withArray("flights")) {
            removeFrom((ArrayNode) flight.get("cargo"), id);
            removeFrom((ArrayNode) flight.get("personnel"), id);
        }
        removeFrom(root.withArray("leftBehind"), id);
        removeFrom(root.withArray("unassigned"), id);
        return this;
    }

    /** Adds an id to a flight's "cargo" or "personnel" list. */
    SmallPlan load(String flightId, String list, String id) {
        flight(flightId).withArray(list).add(id);
        return this;
    }

    /** Adds an id to "leftBehind" or "unassigned". */
    SmallPlan list(String list, String id) {
        root.withArray(list).add(id);
        return this;
    }

    /** States a total cost, with the soft score that goes with it. */
    SmallPlan totalCost(long totalCostUsd) {
        root.put("totalCostUsd", totalCostUsd);
        return declare(score(0), score(1));
    }

    /**
     * Makes the plan own up to breaking a rule, as the solver would: not feasible, and a negative hard score for
     * rules 1-16 or a negative medium score for rule 17. Without this a broken plan that still claims to be feasible
     * is a second breach, of consistency.
     */
    SmallPlan ownUpTo(int rule) {
        root.put("feasible", false);
        return rule == 17 ? declare(score(0), -1) : declare(-1, score(1));
    }

    private SmallPlan declare(long hard, long medium) {
        root.put("score", hard + "hard/" + medium + "medium/" + -root.get("totalCostUsd").asLong() + "soft");
        return this;
    }

    private long score(int part) {
        return Long.parseLong(root.get("score").asText().split("[a-z]+/?")[part]);
    }

    /** Writes the plan to a file and checks it as {@code drawdown check} would. */
    CheckReport check(Path directory) throws IOException, InputException {
        return PlanChecker.check(ScenarioValidator.read(scenarioFile()), read(directory));
    }

    /** The plan as {@code drawdown check} reads it from a file. */
    PlanJson read(Path directory) throws IOException, InputException {
        Path file = Files.createTempFile(directory, "plan", ".json");
        Files.writeString(file, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        return PlanReader.read(file);
    }

    private static void removeFrom(ArrayNode ids, String id) {
        for (int i = ids.size() - 1; i >= 0; i--) {
            if (ids.get(i).asText().equals(id)) {
                ids.remove(i);
            }
        }
    }
}
