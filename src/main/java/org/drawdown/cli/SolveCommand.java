package org.drawdown.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.drawdown.domain.DrawdownPlan;
import org.drawdown.exact.ExactSolver;
import org.drawdown.io.OutputFiles;
import org.drawdown.io.OutputFiles.Input;
import org.drawdown.io.OutputFiles.Output;
import org.drawdown.io.PlanExporter;
import org.drawdown.io.PlanJson;
import org.drawdown.io.ScenarioJson;
import org.drawdown.io.ScenarioValidator;
import org.drawdown.problem.ProblemFactory;
import org.drawdown.report.AnalyzedPlan;
import org.drawdown.report.ReportPage;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code drawdown solve}: plans a scenario and writes the plan file. */
@Command(name = "solve",
        header = "Plans a scenario and writes the plan file.",
        mixinStandardHelpOptions = true,
        description = {"Plans the scenario and writes the plan file of docs/contract.md.",
                "Shows its progress (a live bar on a terminal, a line every few seconds in a log, every better",
                "plan with --verbose), then a summary.",
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

    @Option(names = "--greedy",
            description = "Only the greedy baseline: largest loads first, each on the earliest flight that obeys"
                    + " the rules. No search.")
    private boolean greedy;

    @Option(names = "--exact",
            description = "Solve to proven optimality with CP-SAT (small scenarios: at most "
                    + ExactSolver.MAX_LOADS + " loads and " + ExactSolver.MAX_AIRCRAFT + " aircraft). Prints"
                    + " 'optimal', or when --time-limit runs out the best plan and the proven bound.")
    private boolean exact;

    @Mixin
    private SolverOptions options;

    @Override
    public Integer call() throws Exception {
        OutputFiles.refuseUnwritableFiles(List.of(new Output("--out", out), new Output("--report", report)),
                List.of(new Input("SCENARIO", scenarioFile), options.configInput()));
        if (exact) {
            refuseLocalSearchOptions();
        }
        ScenarioJson scenario = ScenarioValidator.read(scenarioFile);
        SolverRun run = new SolverRun(options.progress(spec.commandLine()), spec.commandLine().getOut());
        DrawdownPlan problem = ProblemFactory.build(scenario);
        if (exact) {
            ExactSolver.refuseBeyondReach(problem, scenarioFile);
        }
        if (!options.quiet || report != null) {
            run.proveBoundMeanwhile(problem);
        }
        DrawdownPlan best;
        if (exact) {
            best = run.solveExactly(problem, options.timeLimitOrDefault(), options.seed);
        } else {
            best = run.solve(problem, options.config(greedy));
        }
        PlanJson plan = PlanExporter.export(best);
        int exitCode = run.finish(problem, best, plan, out);
        if (report != null) {
            OutputFiles.writeOrSave(report, "report", ReportPage.render(AnalyzedPlan.of(scenario, out, plan), null,
                    run.provenBound(problem)));
        }
        return exitCode;
    }

    /** The exact mode has no moves, configuration or environment: only a time limit and a seed. */
    private void refuseLocalSearchOptions() {
        String refused = greedy ? "--greedy" : options.solverConfig != null ? "--solver-config"
                : options.moveLimit != null ? "--move-limit" : options.unimprovedLimit != null ? "--unimproved-limit"
                : options.environmentMode != null ? "--environment-mode" : null;
        if (refused != null) {
            throw new ParameterException(spec.commandLine(), "--exact takes no " + refused
                    + ": it runs CP-SAT, with --time-limit and --seed only");
        }
    }
}
