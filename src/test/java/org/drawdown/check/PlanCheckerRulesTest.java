package org.drawdown.check;

import static org.drawdown.check.SmallPlan.C_OPT_VALUE_USD;
import static org.drawdown.check.SmallPlan.TOTAL_COST_USD;
import static org.drawdown.check.SmallPlan.reported;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each test breaks one rule in the small plan and expects that rule, and only that rule, to be reported.
 * The broken plans own up to being infeasible (see {@link SmallPlan#ownUpTo}) and state the figures that the edit
 * changes, so the one breach is the rule itself.
 */
class PlanCheckerRulesTest {

    @TempDir
    Path directory;

    @Test
    void goodPlanPasses() throws Exception {
        CheckReport report = new SmallPlan().check(directory);

        assertEquals(List.of(), reported(report));
        assertTrue(report.passed());
        assertEquals("PASS: plan is feasible and consistent (9 flights, total cost $359,177)", report.verdict());
    }

    @Test
    void rule1PayloadOverMaximum() throws Exception {
        SmallPlan plan = new SmallPlan().remove("C-OPT").load("F0003", "cargo", "C-OPT").figures("F0003", 20_500, 4)
                .totalCost(TOTAL_COST_USD - C_OPT_VALUE_USD).ownUpTo(1);

        assertEquals(List.of("rule 1 F0003"), reported(plan.check(directory)));
    }

    @Test
    void rule2PalletPositionsOverTheType() throws Exception {
        SmallPlan plan = new SmallPlan().remove("C-OPT").load("F0002", "cargo", "C-OPT").figures("F0002", 10_000, 7)
                .totalCost(TOTAL_COST_USD - C_OPT_VALUE_USD).ownUpTo(2);

        CheckReport report = plan.check(directory);

        assertEquals(List.of("rule 2 F0002"), reported(report));
        assertEquals("7 (7 cargo, 0 seats)", report.breaches().get(0).found());
    }

    @Test
    void rule3MorePassengersThanSeats() throws Exception {
        // 30 passengers on a HERC: 25 seats, and the 10 beyond its 20 sidewall seats take 2 pallet positions.
        SmallPlan plan = new SmallPlan().fly("F0001", "HERC-N").figures("F0001", 3000, 2).ownUpTo(3);

        assertEquals(List.of("rule 3 F0001"), reported(plan.check(directory)));
    }

    @Test
    void rule4LoadOnAnotherLane() throws Exception {
        SmallPlan plan = new SmallPlan().remove("C-TN2").load("F0005", "cargo", "C-TN2")
                .figures("F0007", 1000, 1).figures("F0005", 3000, 3).ownUpTo(4);

        assertEquals(List.of("rule 4 F0005"), reported(plan.check(directory)));
    }

    @Test
    void rule5DepartureBeforeReadyAt() throws Exception {
        SmallPlan plan = new SmallPlan().depart("F0002", "2024-06-01T05:00:00Z", "2024-06-01T07:32:00Z").ownUpTo(5);

        CheckReport report = plan.check(directory);

        assertEquals(List.of("rule 5 F0002"), reported(report));
        assertEquals("at or after 2024-06-01T06:00:00Z", report.breaches().get(0).expected());
    }

    @Test
    void rule6DepartureAfterDeadline() throws Exception {
        SmallPlan plan = new SmallPlan().depart("F0004", "2024-06-05T01:00:00Z", "2024-06-05T03:26:00Z").ownUpTo(6);

        assertEquals(List.of("rule 6 F0004"), reported(plan.check(directory)));
    }

    @Test
    void rule6AllowsDepartureAtTheDeadline() throws Exception {
        SmallPlan plan = new SmallPlan().depart("F0004", "2024-06-05T00:00:00Z", "2024-06-05T02:26:00Z");

        assertEquals(List.of(), reported(plan.check(directory)));
    }

    @Test
    void rule7DepartureWhenTheBaseHasClosed() throws Exception {
        // Closure is exclusive: a departure at closesAt itself is too late.
        SmallPlan plan = new SmallPlan().depart("F0008", "2024-06-03T00:00:00Z", "2024-06-03T02:32:00Z").ownUpTo(7);

        assertEquals(List.of("rule 7 F0008"), reported(plan.check(directory)));
    }

    @Test
    void rule8ClearanceThatDoesNotListTheType() throws Exception {
        SmallPlan plan = new SmallPlan().fly("F0007", "CASA-1").ownUpTo(8);

        CheckReport report = plan.check(directory);

        assertEquals(List.of("rule 8 F0007"), reported(report));
        assertEquals("NE-1 listing BIG, HERC", report.breaches().get(0).found());
    }

    @Test
    void rule8ClearanceOverItsDailyCap() throws Exception {
        // F0009 was commercial and needed no clearance; on a BIG it uses TN-1 on the same day as F0007.
        SmallPlan plan = new SmallPlan().fly("F0009", "BIG-SPARE").ownUpTo(8);

        CheckReport report = plan.check(directory);

        assertEquals(List.of("rule 8 TN-1"), reported(report));
        assertEquals("2: F0007, F0009", report.breaches().get(0).found());
    }

    @Test
    void rule9CargoOnACommercialType() throws Exception {
        SmallPlan plan = new SmallPlan().fly("F0007", "JET-3").ownUpTo(9);

        assertEquals(List.of("rule 9 F0007"), reported(plan.check(directory)));
    }

    @Test
    void rule10FlightLongerThanRange() throws Exception {
        SmallPlan plan = new SmallPlan().fly("F0006", "HERC-N").ownUpTo(10);

        assertEquals(List.of("rule 10 F0006"), reported(plan.check(directory)));
    }

    @Test
    void rule10PositioningLegLongerThanRange() throws Exception {
        // HERC-DJ must first fly DJIB-NIAM, 901 nm, beyond the HERC's 700; the flight itself is 505 nm.
        SmallPlan plan = new SmallPlan().fly("F0007", "HERC-DJ").ownUpTo(10);

        CheckReport report = plan.check(directory);

        assertEquals(List.of("rule 10 F0007"), reported(report));
        assertEquals("901 nm", report.breaches().get(0).found());
    }

    @Test
    void rule11OutsizeCargoOnATypeWithoutOutsize() throws Exception {
        SmallPlan plan = new SmallPlan().fly("F0002", "HERC-N").ownUpTo(11);

        assertEquals(List.of("rule 11 F0002"), reported(plan.check(directory)));
    }

    @Test
    void rule12PassengerIncompatibleCargoWithPersonnel() throws Exception {
        SmallPlan plan = new SmallPlan().remove("C-HAZ").load("F0005", "cargo", "C-HAZ")
                .figures("F0003", 18_000, 2).figures("F0005", 4000, 3).ownUpTo(12);

        assertEquals(List.of("rule 12 F0005"), reported(plan.check(directory)));
    }

    @Test
    void rule13SecurityGroupLeavesBeforeSensitiveCargo() throws Exception {
        // The sensitive C-OUT now leaves NIAM at 14:00, after the security group's flight at 12:00.
        SmallPlan plan = new SmallPlan().depart("F0002", "2024-06-01T14:00:00Z", "2024-06-01T16:32:00Z").ownUpTo(13);

        assertEquals(List.of("rule 13 P-SEC"), reported(plan.check(directory)));
    }

    @Test
    void rule14FirstFlightBeforeTheAircraftCanBeThere() throws Exception {
        // BIG-LATE is available from 06:00 at RAMS: 152 minutes to NIAM and 60 on the ground make 09:32.
        SmallPlan plan = new SmallPlan().fly("F0002", "BIG-LATE").ownUpTo(14);

        CheckReport report = plan.check(directory);

        assertEquals(List.of("rule 14 F0002"), reported(report));
        assertEquals("departure at or after 2024-06-01T09:32:00Z", report.breaches().get(0).expected());
    }

    @Test
    void rule14NextFlightTooSoonAfterThePrevious() throws Exception {
        // BIG-2 lands F0003 at RAMS at 10:32; two ground times and 152 minutes back to NIAM make 15:04.
        SmallPlan plan = new SmallPlan().fly("F0005", "BIG-2").ownUpTo(14);

        CheckReport report = plan.check(directory);

        assertEquals(List.of("rule 14 F0005"), reported(report));
        assertEquals("departure at or after 2024-06-01T15:04:00Z", report.breaches().get(0).expected());
    }

    @Test
    void rule14FlightsOfOneAircraftAtTheSameTimeAreOrderedById() throws Exception {
        SmallPlan plan = new SmallPlan().fly("F0003", "BIG-1").ownUpTo(14);

        CheckReport report = plan.check(directory);

        assertEquals(List.of("rule 14 F0003"), reported(report));
        assertTrue(report.breaches().get(0).message().contains("after F0002"), report.breaches().get(0).line());
    }

    @Test
    void rule14ArrivalAfterTheAircraftIsAvailable() throws Exception {
        SmallPlan plan = new SmallPlan().fly("F0002", "BIG-SHORT").ownUpTo(14);

        assertEquals(List.of("rule 14 F0002"), reported(plan.check(directory)));
    }

    @Test
    void rule14PositioningLegWithoutARoute() throws Exception {
        SmallPlan plan = new SmallPlan().fly("F0002", "BIG-ISOL").ownUpTo(14);

        assertEquals(List.of("rule 14 F0002"), reported(plan.check(directory)));
    }

    @Test
    void rule15MoreDeparturesThanTheAirfieldAllowsInADay() throws Exception {
        SmallPlan plan = new SmallPlan().depart("F0006", "2024-06-01T16:00:00Z", "2024-06-01T19:31:00Z").ownUpTo(15);

        CheckReport report = plan.check(directory);

        assertEquals(List.of("rule 15 NIAM"), reported(report));
        assertEquals("5: F0001, F0002, F0003, F0005, F0006", report.breaches().get(0).found());
    }

    @Test
    void rule16MoreAircraftParkedThanSpots() throws Exception {
        // F0006 and F0007 hold NIAM's 2 spots from 09:00 to 10:00 on 2 June; F0008 now needs one too.
        SmallPlan plan = new SmallPlan().depart("F0008", "2024-06-02T10:00:00Z", "2024-06-02T12:32:00Z").ownUpTo(16);

        CheckReport report = plan.check(directory);

        assertEquals(List.of("rule 16 NIAM"), reported(report));
        assertEquals("3: F0006, F0007, F0008", report.breaches().get(0).found());
    }

    @Test
    void rule16SpotsAreFreeTheMomentTheyAreLeft() throws Exception {
        // F0008 parks at NIAM from 10:00, the minute F0006 and F0007 leave.
        SmallPlan plan = new SmallPlan().depart("F0008", "2024-06-02T11:00:00Z", "2024-06-02T13:32:00Z");

        assertEquals(List.of(), reported(plan.check(directory)));
    }

    @Test
    void rule17MandatoryCargoNotMoved() throws Exception {
        SmallPlan plan = new SmallPlan().remove("C-GEN3").list("unassigned", "C-GEN3").figures("F0002", 9000, 5)
                .ownUpTo(17);

        CheckReport report = plan.check(directory);

        assertEquals(List.of("rule 17 C-GEN3"), reported(report));
        assertEquals("FAIL: 1 breach (rule 17: 1) in a plan of 9 flights", report.verdict());
    }
}
