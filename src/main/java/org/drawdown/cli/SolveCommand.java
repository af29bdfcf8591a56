package org.drawdown.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;

import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;

import org.drawdown.domain.DrawdownPlan;
import org.drawdown.io.PlanExporter;
import org.drawdown.io.PlanJson;
import org.drawdown.io.ScenarioJson;
import org.drawdown.io.ScenarioValidator;
import org.drawdown.io.StrictJson;
import org.drawdown.report.AnalyzedPlan;
import org.drawdown.report.PlanSummary;
import org.drawdown.report.ReportPage;
import org.drawdown.solver.LowerBound;
import org.drawdown.solver.PlanSolver;
import org.drawdown.solver.ProblemFactory;
import org.drawdown.solver.SolverSettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code drawdown solve}: plans a scenario and writes the plan file. */
@Command(name = "solve", mixinStandardHelpOptions = true,
        description = {"Plans the scenario and writes the plan file of SPEC.md.",
                "Prints a line each time the best score improves, then a summary.",
                "Ctrl-C ends the search early; the best plan so far is still written."})
public class SolveCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario file (JSON).")
    private Path scenarioFile;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "plan.json",
            description = "Where to write the plan (default: ${DEFAULT-VALUE}); written atomically.")
    private Path out;

    @Option(names = "--report", paramLabel = "FILE",
            description = "Also write the plan's HTML report here (as drawdown report would).")
    private Path report;

    @Option(names = "--time-limit", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Stop after this long, e.g. 30s, 2m (default: the configuration's, else 30s).")
    private Duration timeLimit;

    @Option(names = "--unimproved-limit", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Stop when the best score has not improved for this long.")
    private Duration unimprovedLimit;

    @Option(names = "--move-limit", paramLabel = "MOVES",
            description = "Stop after this many move evaluations; with a seed, runs repeat exactly.")
    private Long moveLimit;

    @Option(names = "--seed", paramLabel = "SEED", description = "Random seed of the search.")
    private Long seed;

    @Option(names = "--solver-config", paramLabel = "XML",
            description = "A Timefold solver configuration to use instead of the bundled one.")
    private Path solverConfig;

    @Option(names = "--greedy",
            description = "Only the greedy baseline: largest loads first, each on the earliest flight that obeys"
                    + " the rules. No search.")
    private boolean greedy;

    @Option(names = "--environment-mode", paramLabel = "MODE",
            description = "Timefold environment mode, e.g. REPRODUCIBLE or FULL_ASSERT.")
    private EnvironmentMode environmentMode;

    @Option(names = "--quiet", description = "Print nothing but errors.")
    private boolean quiet;

    @Override
    public Integer call() throws Exception {
        ScenarioJson scenario = ScenarioValidator.read(scenarioFile);
        SolverConfig base = greedy ? SolverSettings.greedy() : SolverSettings.load(solverConfig);
        SolverConfig config = new SolverSettings.RunLimits(timeLimit, unimprovedLimit, moveLimit, seed,
                environmentMode).applyTo(base);
        DrawdownPlan problem = ProblemFactory.build(scenario);
        PrintWriter console = spec.commandLine().getOut();

        PlanSolver solver = new PlanSolver(config);
        Runnable restoreSignals = StopSignals.install(solver::stop);
        PlanSolver.Result result;
        try {
            if (!quiet) {
                console.printf(Locale.ROOT, "Solving %s: %d cargo items, %d personnel groups, %d aircraft, %d flights"
                        + " in the pools%n", scenario.name(), problem.getCargo().size(),
                        problem.getPersonnel().size(), problem.getAircraft().size(), problem.getFlights().size());
                console.flush();
            }
            result = solver.solve(problem, (millis, score, speed) -> {
                if (!quiet) {
                    console.printf(Locale.ROOT, "  %7.1f s  %-40s %,9d moves/s%n", millis / 1000.0, score, speed);
                    console.flush();
                }
            });
        } finally {
            restoreSignals.run();
        }
        DrawdownPlan best = result.plan();
        PlanJson plan = PlanExporter.export(best);
        StrictJson.writeAtomically(out, StrictJson.toJson(plan));
        if (report != null) {
            StrictJson.writeAtomically(report, ReportPage.render(AnalyzedPlan.of(scenario, out, plan), null));
        }
        if (!quiet) {
            console.print(PlanSummary.format(best, solver.analyze(best)));
            LowerBound.Bound bound = LowerBound.of(problem);
            console.printf(Locale.ROOT, "  %-15s $%,d (flying $%,d + waiting $%,d): the plan costs %.1f%% more%n",
                    "Lower bound", bound.totalUsd(), bound.flyingUsd(), bound.waitingUsd(),
                    100 * bound.gapOf(plan.totalCostUsd()));
            console.printf(Locale.ROOT, "  %-15s %,d in %.1f s (%,d moves/s)%n", "Moves evaluated",
                    result.moveEvaluationCount(), result.elapsedMillis() / 1000.0,
                    result.moveEvaluationsPerSecond());
            console.printf("  %-15s %s%n", "Plan written to", out);
            if (report != null) {
                console.printf("  %-15s %s%n", "Report written", report);
            }
            console.flush();
        }
        return plan.feasible() ? DrawdownCommand.FEASIBLE : DrawdownCommand.INFEASIBLE;
    }
}
