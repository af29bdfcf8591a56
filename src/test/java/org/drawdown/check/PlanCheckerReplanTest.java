package org.drawdown.check;

import static org.drawdown.check.SmallPlan.TOTAL_COST_USD;
import static org.drawdown.check.SmallPlan.reported;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.drawdown.io.PlanJson;
import org.drawdown.io.ScenarioJson;
import org.drawdown.io.ScenarioValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plan written by replan, checked with its "now" and the plan in force: the small plan in force has flown
 * F0001-F0007 by 2 June 11:00; F0008 and F0009 are still to come.
 */
class PlanCheckerReplanTest {

    private static final Instant NOW = Instant.parse("2024-06-02T11:00:00Z");

    @TempDir
    Path directory;

    @Test
    void planThatKeepsTheHistoryAndChangesNothingPasses() throws Exception {
        PlanJson inForce = new SmallPlan().read(directory);

        CheckReport report = check(scenario(0), new SmallPlan(), inForce);

        assertEquals(List.of(), reported(report));
        assertTrue(report.passed());
    }

    @Test
    void historyIsNotHeldToARuleItBreaksAlone() throws Exception {
        // F0002 left an hour before its cargo was ready: it flew, so that is no longer the planner's to fix.
        SmallPlan early = new SmallPlan().depart("F0002", "2024-06-01T05:00:00Z", "2024-06-01T07:32:00Z");
        PlanJson inForce = early.read(directory);

        // Checked whole, the plan breaks rule 5 (and its stated score and feasibility say it does not).
        assertEquals(List.of("rule 5 F0002", "consistency score", "consistency feasible"),
                reported(early.check(directory)));
        assertEquals(List.of(), reported(check(scenario(0), early, inForce)));
    }

    @Test
    void historyMustBeKeptAsItFlew() throws Exception {
        PlanJson inForce = new SmallPlan().read(directory);
        SmallPlan rewritten = new SmallPlan().depart("F0004", "2024-06-01T11:00:00Z", "2024-06-01T13:26:00Z");

        assertEquals(List.of("consistency F0004"), reported(check(scenario(0), rewritten, inForce)));
    }

    @Test
    void noNewFlightMayDepartBeforeNow() throws Exception {
        PlanJson inForce = new SmallPlan().read(directory);
        SmallPlan early = new SmallPlan().depart("F0009", "2024-06-02T10:00:00Z", "2024-06-02T12:11:00Z");

        assertTrue(reported(check(scenario(0), early, inForce)).contains("consistency F0009"));
    }

    @Test
    void eachLoadThatFliesOtherwiseCostsTheChangeCost() throws Exception {
        PlanJson inForce = new SmallPlan().read(directory);
        // F0008, with one load, an hour later: one changed load at $1,000.
        SmallPlan later = new SmallPlan().depart("F0008", "2024-06-02T15:00:00Z", "2024-06-02T17:32:00Z");

        assertEquals(List.of("consistency totalCostUsd", "consistency score"),
                reported(check(scenario(1000), later, inForce)));
        assertEquals(List.of(), reported(check(scenario(1000), later.totalCost(TOTAL_COST_USD + 1000), inForce)));
    }

    @Test
    void emptyFlightOfThePlanInForceIsNoHistoryToKeep() throws Exception {
        // Found by the command line fuzzer: replan drops a flight that carries nothing (it is not flown), and the
        // checker held that against it as history not kept.
        PlanJson inForce = new SmallPlan().remove("P-PAX").read(directory);
        SmallPlan replanned = new SmallPlan().remove("P-PAX");
        ((ArrayNode) replanned.root().get("flights")).remove(0);

        assertFalse(reported(check(scenario(0), replanned, inForce)).contains("consistency F0001"));
    }

    private CheckReport check(ScenarioJson scenario, SmallPlan plan, PlanJson inForce) throws Exception {
        return PlanChecker.check(scenario, plan.read(directory), new PlanChecker.Replanning(NOW, inForce));
    }

    /** The small scenario with a change cost. */
    private ScenarioJson scenario(long changeCostUsd) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode scenario = (ObjectNode) json.readTree(SmallPlan.scenarioFile().toFile());
        scenario.put("changeCostUsd", changeCostUsd);
        Path file = Files.createTempFile(directory, "scenario", ".json");
        json.writeValue(file.toFile(), scenario);
        return ScenarioValidator.read(file);
    }
}
