package org.drawdown.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.drawdown.advice.AdviceText;
import org.drawdown.advice.Advisor;
import org.drawdown.advice.Advisor.Advice;
import org.drawdown.advice.Advisor.Outcome;
import org.drawdown.domain.DrawdownPlan;
import org.drawdown.io.InputException;
import org.drawdown.io.OutputFiles;
import org.drawdown.io.OutputFiles.Input;
import org.drawdown.io.OutputFiles.Output;
import org.drawdown.io.PlanReader;
import org.drawdown.io.ScenarioJson;
import org.drawdown.io.ScenarioValidator;
import org.drawdown.io.StrictJson;
import org.drawdown.report.AnalyzedPlan;
import org.drawdown.solver.SolverSettings;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code drawdown advise}: single changes to a scenario that free the mandatory loads a plan leaves behind. */
@Command(name = "advise", mixinStandardHelpOptions = true,
        header = "Proposes single changes to a scenario that free its stuck loads.",
        description = {"When mandatory loads cannot all move, proposes single changes to the scenario that free"
                + " them, read off what blocks them: a base closure later, more departures or parking at an"
                + " airfield, a clearance widened or its daily cap raised, one more aircraft, a readyAt earlier.",
                "Verifies each by solving the edited scenario (by default the construction, then "
                        + AdviseCommand.DEFAULT_MOVES + " moves with seed 0, so that results do not depend on the"
                        + " machine), ranks them by stuck loads freed, then loads left behind, then cost, prints the"
                        + " best with their effect and writes each as an edited scenario file to --out.",
                "Exits 0 when a change frees every stuck load (or the plan is feasible), 1 when none does (or the"
                        + " plan moves every load but breaks a rule)."})
public class AdviseCommand implements Callable<Integer> {

    /** Moves of the search after the construction, when no limit is given: enough to settle a small scenario. */
    static final long DEFAULT_MOVES = 10_000;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario file (JSON).")
    private Path scenarioFile;

    @Parameters(index = "1", paramLabel = "PLAN", arity = "0..1",
            description = "A plan of the scenario that leaves mandatory loads behind (default: solve the scenario).")
    private Path planFile;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write each change shown as an edited scenario file into this directory (made when"
                    + " missing); files are written atomically.")
    private Path out;

    @Option(names = "--top", paramLabel = "N", defaultValue = "5",
            description = "How many changes to show and write (default: ${DEFAULT-VALUE}).")
    private int top;

    @Mixin
    private SolverOptions options;

    @Override
    public Integer call() throws Exception {
        if (top < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--top must be at least 1, found " + top);
        }
        List<Input> inputs = List.of(new Input("SCENARIO", scenarioFile), new Input("PLAN", planFile),
                options.configInput());
        if (out != null) {
            OutputFiles.refuseUnwritableDirectory(new Output("--out", out), inputs);
        }
        ScenarioJson asRead = StrictJson.read(scenarioFile, ScenarioJson.class);
        ScenarioJson scenario = ScenarioValidator.validate(scenarioFile, asRead);
        DrawdownPlan plan = planFile == null ? null
                : AnalyzedPlan.of(scenario, planFile, PlanReader.readOf(planFile, scenario, scenarioFile)).plan();
        boolean limited = options.timeLimit != null || options.unimprovedLimit != null || options.moveLimit != null;
        SolverSettings.RunLimits limits = new SolverSettings.RunLimits(options.timeLimit, options.unimprovedLimit,
                limited ? options.moveLimit : Long.valueOf(DEFAULT_MOVES),
                options.seed != null ? options.seed : Long.valueOf(0), options.environmentMode);
        PrintWriter console = spec.commandLine().getOut();
        if (!options.quiet) {
            console.printf(Locale.ROOT, "Advising on %s: %s, then each change verified by solving...%n",
                    scenario.name(), plan == null ? "solving it first" : "the plan " + planFile);
            console.flush();
        }
        Advice advice = Advisor.advise(scenarioFile, asRead, plan, limits.applyTo(options.baseConfig(false)));
        Map<Outcome, Path> shown = new LinkedHashMap<>();
        Map<Path, String> files = new LinkedHashMap<>();
        String stem = scenarioFile.getFileName().toString().replaceFirst("\\.json$", "");
        for (Outcome outcome : advice.outcomes().subList(0, Math.min(top, advice.outcomes().size()))) {
            Path file = out == null ? null
                    : out.resolve(stem + "-" + (shown.size() + 1) + "-" + outcome.change().fileStem() + ".json");
            shown.put(outcome, file);
            if (file != null) {
                files.put(file, StrictJson.toJson(outcome.edited()));
            }
        }
        if (!options.quiet) {
            console.print(AdviceText.format(advice, plan == null ? "the plan solved here" : planFile.toString(),
                    verification(limits), shown));
            console.flush();
        }
        try {
            OutputFiles.writeAll(files);
        } catch (IOException e) {
            throw new InputException(out, "--out", "cannot be written (" + OutputFiles.reason(e)
                    + "); the changes are printed above");
        }
        boolean nothingStuck = advice.stuck().isEmpty() && advice.plan().getScore().hardScore() == 0;
        return nothingStuck || advice.solved() ? DrawdownCommand.FEASIBLE : DrawdownCommand.INFEASIBLE;
    }

    /** How each edited scenario is solved, in words. */
    private static String verification(SolverSettings.RunLimits limits) {
        StringBuilder words = new StringBuilder("the construction, then");
        if (limits.moveLimit() != null) {
            words.append(String.format(Locale.ROOT, " %,d moves", limits.moveLimit()));
        }
        if (limits.timeLimit() != null) {
            words.append(" at most ").append(limits.timeLimit().toString().substring(2).toLowerCase(Locale.ROOT));
        }
        if (limits.unimprovedLimit() != null) {
            words.append(" until ").append(limits.unimprovedLimit().toString().substring(2).toLowerCase(Locale.ROOT))
                    .append(" without improvement");
        }
        return words.append(" with seed ").append(limits.seed()).toString();
    }
}
