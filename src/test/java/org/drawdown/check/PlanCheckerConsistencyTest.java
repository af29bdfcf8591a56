package org.drawdown.check;

import static org.drawdown.check.SmallPlan.TOTAL_COST_USD;
import static org.drawdown.check.SmallPlan.reported;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each test makes the small plan disagree with itself or with its scenario in one place, keeping every rule, and
 * expects exactly that consistency breach: id accounting, references, slot grid, stated figures, cost and score.
 */
class PlanCheckerConsistencyTest {

    @TempDir
    Path directory;

    // ************************************************************************
    // Stated figures
    // ************************************************************************

    @Test
    void wrongPayload() throws Exception {
        SmallPlan plan = new SmallPlan();
        plan.flight("F0002").put("payloadKg", 9600);

        CheckReport report = plan.check(directory);

        assertEquals(List.of("consistency F0002"), reported(report));
        Breach breach = report.breaches().get(0);
        assertEquals(List.of("payloadKg is not what the scenario implies", "9500", "9600"),
                List.of(breach.message(), breach.expected(), breach.found()));
    }

    @Test
    void palletPositionsWithoutTheSeatPallets() throws Exception {
        // 20 passengers on a BIG: 10 beyond the sidewall seats take 2 pallet positions.
        SmallPlan plan = new SmallPlan().figures("F0005", 2000, 0);

        assertEquals(List.of("consistency F0005"), reported(plan.check(directory)));
    }

    @Test
    void wrongPassengers() throws Exception {
        SmallPlan plan = new SmallPlan();
        plan.flight("F0009").put("passengers", 11);

        assertEquals(List.of("consistency F0009"), reported(plan.check(directory)));
    }

    @Test
    void arrivalWithoutRoundingTheFlightTimeUp() throws Exception {
        // 901 nm at 300 knots is 180.2 minutes, so 181 plus 30, not 180 plus 30.
        SmallPlan plan = new SmallPlan();
        plan.flight("F0006").put("arrival", "2024-06-02T13:30:00Z");

        CheckReport report = plan.check(directory);

        assertEquals(List.of("consistency F0006"), reported(report));
        assertEquals("2024-06-02T13:31:00Z (211 minutes)", report.breaches().get(0).expected());
    }

    @Test
    void flightCostNotRoundedDown() throws Exception {
        // 2 * 146 minutes * $6,001 / 60 = $29,204.87, which rounds down.
        SmallPlan plan = new SmallPlan();
        plan.flight("F0004").put("costUsd", 29_205);

        assertEquals(List.of("consistency F0004"), reported(plan.check(directory)));
    }

    // ************************************************************************
    // Cost, score and the feasible flag
    // ************************************************************************

    @Test
    void wrongTotalCost() throws Exception {
        SmallPlan plan = new SmallPlan();
        plan.root().put("totalCostUsd", TOTAL_COST_USD + 1);

        CheckReport report = plan.check(directory);

        assertEquals(List.of("consistency totalCostUsd"), reported(report));
        assertEquals(String.valueOf(TOTAL_COST_USD), report.breaches().get(0).expected());
    }

    @Test
    void softScoreThatIsNotMinusTheTotalCost() throws Exception {
        SmallPlan plan = new SmallPlan();
        plan.root().put("score", "0hard/0medium/-" + (TOTAL_COST_USD + 1) + "soft");

        assertEquals(List.of("consistency score"), reported(plan.check(directory)));
    }

    @Test
    void scoreInAnotherFormat() throws Exception {
        SmallPlan plan = new SmallPlan();
        plan.root().put("score", "feasible");

        assertEquals(List.of("consistency score"), reported(plan.check(directory)));
    }

    @Test
    void brokenRuleInAPlanThatClaimsToBeFeasible() throws Exception {
        SmallPlan plan = new SmallPlan().depart("F0002", "2024-06-01T05:00:00Z", "2024-06-01T07:32:00Z");

        assertEquals(List.of("rule 5 F0002", "consistency score", "consistency feasible"),
                reported(plan.check(directory)));
    }

    @Test
    void goodPlanThatClaimsToBeInfeasible() throws Exception {
        SmallPlan plan = new SmallPlan();
        plan.root().put("feasible", false);

        assertEquals(List.of("consistency feasible"), reported(plan.check(directory)));
    }

    // ************************************************************************
    // Id accounting
    // ************************************************************************

    @Test
    void optionalCargoMissingFromThePlan() throws Exception {
        // Not moved either way, so its value still counts as left behind and the cost stands.
        SmallPlan plan = new SmallPlan().remove("C-OPT");

        CheckReport report = plan.check(directory);

        assertEquals(List.of("consistency C-OPT"), reported(report));
        assertEquals("not listed", report.breaches().get(0).found());
    }

    @Test
    void mandatoryCargoMissingFromThePlanIsAlsoNotMoved() throws Exception {
        SmallPlan plan = new SmallPlan().remove("C-GEN3").figures("F0002", 9000, 5).ownUpTo(17);

        assertEquals(List.of("rule 17 C-GEN3", "consistency C-GEN3"), reported(plan.check(directory)));
    }

    @Test
    void idListedTwice() throws Exception {
        SmallPlan plan = new SmallPlan().list("unassigned", "C-GEN4");

        CheckReport report = plan.check(directory);

        assertEquals(List.of("consistency C-GEN4"), reported(report));
        assertEquals("listed 2 times: flight F0008 cargo, unassigned", report.breaches().get(0).found());
    }

    @Test
    void unknownId() throws Exception {
        SmallPlan plan = new SmallPlan().list("leftBehind", "C-GHOST");

        assertEquals(List.of("consistency C-GHOST"), reported(plan.check(directory)));
    }

    @Test
    void optionalCargoListedAsUnassigned() throws Exception {
        SmallPlan plan = new SmallPlan().remove("C-OPT").list("unassigned", "C-OPT");

        assertEquals(List.of("consistency C-OPT"), reported(plan.check(directory)));
    }

    @Test
    void personnelListedAsLeftBehind() throws Exception {
        // Not moved: rule 17, and leftBehind holds optional cargo only. P-ITA's flight carried nothing else.
        SmallPlan plan = new SmallPlan().remove("P-ITA").list("leftBehind", "P-ITA");
        plan.root().withArray("flights").remove(8);
        plan.totalCost(TOTAL_COST_USD - 26_204 - 15_833).ownUpTo(17);

        assertEquals(List.of("rule 17 P-ITA", "consistency P-ITA"), reported(plan.check(directory)));
    }

    // ************************************************************************
    // Flights and references
    // ************************************************************************

    @Test
    void flightIdUsedTwice() throws Exception {
        SmallPlan plan = new SmallPlan();
        plan.flight("F0009").put("id", "F0008");

        assertEquals(List.of("consistency F0008"), reported(plan.check(directory)));
    }

    @Test
    void departureOffTheSlotGrid() throws Exception {
        SmallPlan plan = new SmallPlan().depart("F0002", "2024-06-01T08:30:00Z", "2024-06-01T11:02:00Z");

        assertEquals(List.of("consistency F0002"), reported(plan.check(directory)));
    }

    @Test
    void unknownAircraft() throws Exception {
        SmallPlan plan = new SmallPlan().fly("F0004", "BIG-X");

        assertEquals(List.of("consistency F0004"), reported(plan.check(directory)));
    }

    @Test
    void planOfAnotherScenario() throws Exception {
        SmallPlan plan = new SmallPlan();
        plan.root().put("scenario", "niger-2024");

        assertEquals(List.of("consistency scenario"), reported(plan.check(directory)));
    }
}
