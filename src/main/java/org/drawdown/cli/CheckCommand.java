package org.drawdown.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;

import org.drawdown.check.Breach;
import org.drawdown.check.CheckReport;
import org.drawdown.check.PlanChecker;
import org.drawdown.io.PlanJson;
import org.drawdown.io.PlanReader;
import org.drawdown.io.ScenarioJson;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code drawdown check}: the independent second opinion on a plan file. */
@Command(name = "check",
        header = "Checks a plan against its scenario, independently of the solver.",
        mixinStandardHelpOptions = true,
        description = {"Checks a plan against its scenario, independently of the solver: every rule of"
                + " docs/contract.md, the id accounting, and every figure, cost and the score the plan states.",
                "Prints each breach on its own line, then a one-line verdict."})
public class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ScenarioAndPlan files;

    @Option(names = "--now", paramLabel = "TIME", converter = UtcInstantConverter.class,
            description = "For a plan written by replan: its now. Flights before it are history, not checked alone.")
    private Instant now;

    @Option(names = "--previous", paramLabel = "PLAN",
            description = "For a plan written by replan (with --now): the plan in force it replaced. History must"
                    + " be kept as it flew, and changed loads cost the scenario's changeCostUsd.")
    private Path previous;

    @Override
    public Integer call() throws Exception {
        if (previous != null && now == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--previous needs --now");
        }
        ScenarioAndPlan.Contents read = files.read();
        ScenarioJson scenario = read.scenario();
        PlanJson plan = read.plan();
        CheckReport report = now == null ? PlanChecker.check(scenario, plan)
                : PlanChecker.check(scenario, plan, new PlanChecker.Replanning(now,
                        previous == null ? null : PlanReader.readOf(previous, scenario, files.scenarioFile)));
        PrintWriter out = spec.commandLine().getOut();
        report.breaches().stream().map(Breach::line).forEach(out::println);
        out.println(report.verdict());
        out.flush();
        return report.passed() ? DrawdownCommand.FEASIBLE : DrawdownCommand.INFEASIBLE;
    }
}
