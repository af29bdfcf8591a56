package org.drawdown.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.drawdown.io.OutputFiles;
import org.drawdown.io.OutputFiles.Input;
import org.drawdown.io.OutputFiles.Output;
import org.drawdown.io.PlanReader;
import org.drawdown.io.ScenarioJson;
import org.drawdown.report.AnalyzedPlan;
import org.drawdown.report.ReportPage;
import org.drawdown.report.Wording;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code drawdown report}: the plan as one self-contained HTML page that opens offline. */
@Command(name = "report",
        header = "Writes a plan's report: one HTML file that opens offline.",
        mixinStandardHelpOptions = true,
        description = {"Writes a plan's report: one HTML file, charts and all, that opens offline.",
                "Timeline, drawdown curves, ramp and clearance use, loads against the aircraft's limits, the load"
                        + " sheets, what stays behind, the cost and the score explained."})
public class ReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ScenarioAndPlan files;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "plan.html",
            description = "Where to write the report (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--compare", paramLabel = "OLD_PLAN",
            description = "An older plan of the same scenario (e.g. the plan in force before replanning) to show"
                    + " beside this one.")
    private Path comparePlan;

    @Override
    public Integer call() throws Exception {
        OutputFiles.refuseUnwritableFiles(List.of(new Output("--out", out)),
                List.of(files.scenarioInput(), files.planInput(), new Input("--compare", comparePlan)));
        ScenarioAndPlan.Contents read = files.read();
        ScenarioJson scenario = read.scenario();
        AnalyzedPlan plan = AnalyzedPlan.of(scenario, files.planFile, read.plan());
        AnalyzedPlan before = comparePlan == null ? null
                : AnalyzedPlan.of(scenario, comparePlan, PlanReader.readOf(comparePlan, scenario, files.scenarioFile));
        OutputFiles.writeOrSave(out, "report", ReportPage.render(plan, before));
        PrintWriter console = spec.commandLine().getOut();
        console.printf("Report written to %s (%s plan, %s)%n", out, plan.feasible() ? "feasible" : "infeasible",
                Wording.count(plan.manifests().size(), "flight", "flights"));
        console.flush();
        return plan.feasible() ? DrawdownCommand.FEASIBLE : DrawdownCommand.INFEASIBLE;
    }
}
