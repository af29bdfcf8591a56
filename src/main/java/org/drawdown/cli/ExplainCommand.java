package org.drawdown.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.drawdown.report.AnalyzedPlan;
import org.drawdown.report.ExplainText;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code drawdown explain}: the score of a plan, constraint by constraint, in the terminal. */
@Command(name = "explain",
        header = "Explains a plan's score, constraint by constraint.",
        mixinStandardHelpOptions = true,
        description = {"Explains a plan's score: each constraint's score and match count, then the worst "
                + ExplainText.MATCHES_SHOWN + " matches of each broken rule with the flights and loads involved.",
                "For mandatory loads left on the ground, says which rules keep them there."})
public class ExplainCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ScenarioAndPlan files;

    @Override
    public Integer call() throws Exception {
        AnalyzedPlan plan = AnalyzedPlan.load(files.scenarioFile, files.planFile);
        PrintWriter out = spec.commandLine().getOut();
        out.print(ExplainText.format(plan));
        out.flush();
        return plan.feasible() ? DrawdownCommand.FEASIBLE : DrawdownCommand.INFEASIBLE;
    }
}
