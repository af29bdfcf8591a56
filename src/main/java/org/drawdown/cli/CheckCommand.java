package org.drawdown.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.drawdown.check.Breach;
import org.drawdown.check.CheckReport;
import org.drawdown.check.PlanChecker;
import org.drawdown.io.PlanReader;
import org.drawdown.io.ScenarioValidator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code drawdown check}: the independent second opinion on a plan file. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks a plan against its scenario, independently of the solver: every rule of SPEC.md,"
                + " the id accounting, and every figure, cost and the score the plan states.",
                "Prints each breach on its own line, then a one-line verdict."})
public class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ScenarioAndPlan files;

    @Override
    public Integer call() throws Exception {
        CheckReport report = PlanChecker.check(ScenarioValidator.read(files.scenarioFile),
                PlanReader.read(files.planFile));
        PrintWriter out = spec.commandLine().getOut();
        report.breaches().stream().map(Breach::line).forEach(out::println);
        out.println(report.verdict());
        out.flush();
        return report.passed() ? DrawdownCommand.FEASIBLE : DrawdownCommand.INFEASIBLE;
    }
}
