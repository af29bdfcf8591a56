package org.drawdown.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code drawdown explain}: the score per constraint, broken rules with their flights and loads, stuck loads. */
class ExplainCommandTest {

    @TempDir
    Path directory;

    @Test
    void feasiblePlanListsEveryConstraintAndNoBrokenRule() {
        CommandRunner.Captured run = CommandRunner.capture("explain", CommandRunner.CHECKER_SCENARIO.toString(),
                CommandRunner.CHECKER_PLAN.toString());

        assertEquals(DrawdownCommand.FEASIBLE, run.exitCode(), String.join("\n", run.err()));
        assertEquals("checker-small (small-plan.json): feasible plan, score 0hard/0medium/-359177soft",
                run.out().get(0));
        assertTrue(run.out().get(1).matches("Lower bound: \\$[0-9,]+ \\(.*\\): proven within [0-9.]+%"),
                run.out().get(1));
        assertEquals("Constraint                 Rule  Matches  Score", run.out().get(3));
        assertTrue(run.out().contains("Payload                       1        0  0hard/0medium/0soft"), run.out()
                .toString());
        assertTrue(run.out().contains("Flying cost                cost        9  0hard/0medium/-275844soft"),
                run.out().toString());
        assertEquals("Broken rules: none", run.out().get(run.out().size() - 1));
    }

    @Test
    void brokenRuleIsListedWithItsFlightAndLoads() throws Exception {
        Path overloaded = CheckerPlans.overloaded(directory);

        CommandRunner.Captured run = CommandRunner.capture("explain", CommandRunner.CHECKER_SCENARIO.toString(),
                overloaded.toString());

        assertEquals(DrawdownCommand.INFEASIBLE, run.exitCode());
        assertEquals("checker-small (overloaded.json): INFEASIBLE plan, score -2000hard/0medium/-328772soft",
                run.out().get(0));
        assertTrue(run.out().contains("Payload                       1        1  -2000hard/0medium/0soft"));
        assertEquals(List.of(
                "Broken rules: 1",
                "",
                "rule 1 Payload: 2,000 kg over the type's maximum payload in 1 match",
                "   1. -2000hard/0medium/0soft  F0003 (BIG-2 NIAM-RAMS 2024-06-01 08:00Z)",
                "      loads: C-HEAVY, C-HAZ, C-GEN4"), tail(run.out(), 5));
    }

    @Test
    void hopelessScenarioSaysWhichRuleBlocksAndWhichLoadsAreStuck() {
        Path plan = directory.resolve("plan.json");
        int solved = DrawdownCommand.execute("solve", CommandRunner.HOPELESS.toString(), "--greedy", "--quiet",
                "--out", plan.toString());
        assertEquals(DrawdownCommand.INFEASIBLE, solved);

        CommandRunner.Captured run = CommandRunner.capture("explain", CommandRunner.HOPELESS.toString(),
                plan.toString());

        assertEquals(DrawdownCommand.INFEASIBLE, run.exitCode());
        assertEquals(List.of(
                "Broken rules: 2",
                "",
                "rule 17 Mandatory cargo not moved: 1 mandatory cargo item left behind in 1 match",
                "   1. 0hard/-1medium/0soft  BOX-1 on no flight (ORIG-DEST)",
                "      loads: BOX-1",
                "",
                "rule 17 Personnel not moved: 10 people left behind in 1 match",
                "   1. 0hard/-10medium/0soft  TEAM-1 on no flight (ORIG-DEST)",
                "      loads: TEAM-1",
                "",
                "Mandatory loads not moved, each tried alone on every aircraft (coming from its base) and every"
                        + " departure up to the deadline 2024-06-01 12:00Z:",
                "  ORIG-DEST, 2 loads: BOX-1, TEAM-1",
                "    blocked by one rule alone",
                "    rule 14 Aircraft turnaround rules out every aircraft and departure; closest: LIFT-1 departing"
                        + " 2024-06-01 12:00Z, 330 minutes an aircraft departs before it can be there"),
                tail(run.out(), 14));
    }

    @Test
    void missingPlanIsRefusedWithOneLine() {
        Path missing = directory.resolve("missing.json");

        CommandRunner.Captured run = CommandRunner.capture("explain", CommandRunner.CHECKER_SCENARIO.toString(),
                missing.toString());

        assertEquals(new CommandRunner.Captured(DrawdownCommand.BAD_INPUT, List.of(),
                List.of("drawdown: " + missing + ": no such file")), run);
    }

    private static List<String> tail(List<String> lines, int count) {
        return lines.subList(lines.size() - count, lines.size());
    }
}
