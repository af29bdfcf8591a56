package org.drawdown.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import org.drawdown.domain.DrawdownPlan;
import org.drawdown.domain.Flight;
import org.drawdown.domain.PlannedLoad;
import org.drawdown.io.PlanJson;
import org.drawdown.io.PlanReader;
import org.drawdown.io.ScenarioJson;
import org.drawdown.io.ScenarioValidator;
import org.drawdown.problem.PlanLoader;
import org.drawdown.report.LoadOptions;
import org.drawdown.score.PlanConstraint;
import org.drawdown.solver.PlanSolver;
import org.drawdown.solver.SolverSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** drawdown recommend on the checker's hand-made plan: NIAM-RAMS has four flights and loads of every kind. */
class RecommendCommandTest {

    private static final Path SCENARIO = CommandRunner.CHECKER_SCENARIO;
    private static final Path PLAN = CommandRunner.CHECKER_PLAN;

    @TempDir
    Path temp;

    @Test
    void eachOptionsScoreChangeIsWhatMovingTheLoadThereDoesToTheWholePlan() throws Exception {
        ScenarioJson scenario = ScenarioValidator.read(SCENARIO);
        PlanJson planFile = PlanReader.readOf(PLAN, scenario, SCENARIO);
        LoadOptions options = LoadOptions.of(scenario, SCENARIO, PLAN, planFile, "C-GEN1", "--load");
        // Every NIAM-RAMS flight of the plan and staying behind, best first.
        assertEquals(List.of("F0001", "F0002", "F0003", "F0005", "F0008", "behind"), options.options().stream()
                .map(option -> option.flight() == null ? "behind" : option.flight().getId()).sorted().toList());
        for (int i = 1; i < options.options().size(); i++) {
            assertTrue(options.options().get(i - 1).score().compareTo(options.options().get(i).score()) >= 0);
        }
        PlanSolver scorer = new PlanSolver(SolverSettings.load(null));
        HardMediumSoftLongScore now = scoreWith(scenario, planFile, scorer, "F0002");
        for (LoadOptions.Option option : options.options()) {
            String flightId = option.flight() == null ? null : option.flight().getId();
            HardMediumSoftLongScore moved = scoreWith(scenario, planFile, scorer, flightId);
            assertEquals(moved.subtract(now), option.score(), "C-GEN1 on " + flightId);
            assertEquals(moved.hardScore() < now.hardScore() || moved.mediumScore() < now.mediumScore(),
                    !option.newlyBroken().isEmpty(), "C-GEN1 on " + flightId);
        }
        LoadOptions.Option behind = options.options().stream().filter(option -> option.flight() == null)
                .findFirst().orElseThrow();
        assertEquals(List.of(PlanConstraint.MANDATORY_CARGO_NOT_MOVED), behind.newlyBroken().stream()
                .map(change -> change.constraint()).toList());
    }

    /** The plan's score with C-GEN1 on the given flight (null: left behind), scored afresh. */
    private static HardMediumSoftLongScore scoreWith(ScenarioJson scenario, PlanJson planFile, PlanSolver scorer,
            String flightId) throws Exception {
        DrawdownPlan plan = new PlanLoader(PLAN, scenario, planFile).asIs();
        PlannedLoad load = plan.getCargo().stream().filter(item -> item.getId().equals("C-GEN1")).findFirst()
                .orElseThrow();
        load.setFlight(flightId == null ? null : plan.getFlights().stream()
                .filter(flight -> flight.getId().equals(flightId)).findFirst().map(Flight.class::cast).orElseThrow());
        return scorer.analyze(plan).score();
    }

    @Test
    void theCommandShowsTheTopOptionsAndWhereTheLoadIsNow() {
        CommandRunner.Captured run = CommandRunner.capture("recommend", SCENARIO.toString(), PLAN.toString(),
                "--load", "C-OPT", "--top", "1");
        assertEquals(DrawdownCommand.FEASIBLE, run.exitCode(), run.err().toString());
        String out = String.join("\n", run.out());
        assertTrue(run.out().get(0).startsWith("C-OPT in small-plan.json: 0.5 t, 1 pallet position, optional,"
                + " NIAM-RAMS, now left behind"), out);
        assertTrue(out.contains("  1. F0"), out);
        assertTrue(out.contains("left behind  (where it is now)"), out);
        assertTrue(out.contains("Left-behind value          -$50,000"), out);
        assertTrue(out.contains("options not shown; --top 6 shows them all"), out);
    }

    @Test
    void aNewLoadFromAFileGetsItsOptionsAndABadOneIsRefusedInOneLine() throws Exception {
        Path cargo = temp.resolve("new.json");
        Files.writeString(cargo, """
                {"cargo": [{"id": "C-NEW", "origin": "NIAM", "destination": "SIGO", "weightKg": 800,
                            "palletPositions": 1}]}
                """);
        CommandRunner.Captured run = CommandRunner.capture("recommend", SCENARIO.toString(), PLAN.toString(),
                "--new-load", cargo.toString());
        assertEquals(DrawdownCommand.FEASIBLE, run.exitCode(), run.err().toString());
        assertTrue(run.out().get(0).startsWith("C-NEW in small-plan.json: 0.8 t, 1 pallet position, must fly,"
                + " NIAM-SIGO, now left behind"), run.out().toString());
        assertTrue(run.out().stream().anyMatch(line -> line.startsWith("  1. F0007")), run.out().toString());

        Files.writeString(cargo, """
                {"cargo": [{"id": "C-GEN1", "origin": "NIAM", "destination": "SIGO", "weightKg": 800,
                            "palletPositions": 1}]}
                """);
        refused(List.of("--new-load", cargo.toString()), cargo + ": cargo[0] \"C-GEN1\": the scenario already has"
                + " a load with this id; use --load C-GEN1");
        Files.writeString(cargo, """
                {"personnel": [{"id": "P-NEW", "origin": "NIAM", "destination": "SIGO", "count": -3}]}
                """);
        refused(List.of("--new-load", cargo.toString()), cargo + ": personnel[0]");
    }

    @Test
    void anUnknownLoadIsRefusedInOneLine() {
        refused(List.of("--load", "C-NONE"), SCENARIO + ": --load C-NONE: no cargo item or personnel group has"
                + " this id");
        refused(List.of("--load", "C-GEN1", "--top", "0"), "--top must be at least 1");
    }

    private void refused(List<String> options, String expected) {
        List<String> args = new java.util.ArrayList<>(List.of("recommend", SCENARIO.toString(), PLAN.toString()));
        args.addAll(options);
        CommandRunner.Captured run = CommandRunner.capture(args.toArray(String[]::new));
        assertEquals(DrawdownCommand.BAD_INPUT, run.exitCode());
        assertEquals(1, run.err().size(), run.err().toString());
        assertTrue(run.err().get(0).contains(expected), run.err().get(0));
        assertFalse(run.err().get(0).contains("Exception"), run.err().get(0));
    }
}
