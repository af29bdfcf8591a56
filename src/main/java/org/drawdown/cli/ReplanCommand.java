package org.drawdown.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

import org.drawdown.domain.DrawdownPlan;
import org.drawdown.domain.PlanningWindow;
import org.drawdown.io.OutputFiles;
import org.drawdown.io.OutputFiles.Input;
import org.drawdown.io.OutputFiles.Output;
import org.drawdown.io.PlanExporter;
import org.drawdown.io.PlanJson;
import org.drawdown.io.PlanReader;
import org.drawdown.io.ScenarioJson;
import org.drawdown.io.ScenarioValidator;
import org.drawdown.report.ChangesText;
import org.drawdown.solver.Replanner;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code drawdown replan}: a new plan from the plan in force after the world changed. */
@Command(name = "replan",
        header = "Makes a new plan after the world changed, keeping what flew.",
        mixinStandardHelpOptions = true,
        description = {"Replans after a change: flights of PLAN that depart before --now are history and stay",
                "exactly as they were. The rest is repaired against SCENARIO as it stands now: whatever the change",
                "does not break is kept, and only what broke (and what is new) is planned again; if that cannot",
                "be made feasible, everything after --now is. Each load that flies otherwise costs the scenario's",
                "changeCostUsd. Prints what changed, then a summary."})
public class ReplanCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario as it stands now (JSON).")
    private Path scenarioFile;

    @Parameters(index = "1", paramLabel = "PLAN", description = "The plan in force (JSON).")
    private Path planFile;

    @Option(names = "--now", required = true, paramLabel = "TIME", converter = UtcInstantConverter.class,
            description = "The current time, UTC on the slot grid, e.g. 2024-06-20T06:00:00Z.")
    private Instant now;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "Where to write the new plan; written atomically.")
    private Path out;

    @Option(names = "--reoptimize",
            description = "Plan everything after --now again, each changed load costing the scenario's"
                    + " changeCostUsd, instead of repairing only what the change broke.")
    private boolean reoptimize;

    @Mixin
    private SolverOptions options;

    @Override
    public Integer call() throws Exception {
        OutputFiles.refuseUnwritableFiles(List.of(new Output("--out", out)),
                List.of(new Input("SCENARIO", scenarioFile), new Input("PLAN (the plan in force)", planFile),
                        options.configInput()));
        ScenarioJson scenario = ScenarioValidator.read(scenarioFile);
        PlanJson inForce = PlanReader.readOf(planFile, scenario, scenarioFile);
        int nowMinute = nowOnGrid(new PlanningWindow(scenario.start(), scenario.deadline(), scenario.slotMinutes()));
        Replanner replanner = new Replanner(planFile, scenario, inForce, nowMinute);
        Replanner.Replan replan = replanner.replan();
        SolverRun run = new SolverRun(options.progress(spec.commandLine()), spec.commandLine().getOut());
        DrawdownPlan best = replanner.solve(replan, options.baseConfig(false), options.limits(), reoptimize,
                run::solve, run::stopped);
        replanner.notes().forEach(note -> run.say("Note: %s%n", note));
        PlanJson plan = PlanExporter.export(best, inForce, now);
        run.say("%s", ChangesText.of(inForce, plan, now));
        return run.finish(replan.problem(), best, plan, out);
    }

    private int nowOnGrid(PlanningWindow window) {
        int minute = window.minuteOf(now);
        if (minute < 0 || Math.floorMod(minute, window.slotMinutes()) != 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--now " + now + " must lie on the"
                    + " scenario's slot grid: " + window.slotMinutes() + "-minute steps from " + window.start());
        }
        return minute;
    }
}
