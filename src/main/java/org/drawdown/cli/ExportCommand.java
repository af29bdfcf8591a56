package org.drawdown.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.drawdown.io.InputException;
import org.drawdown.io.OutputFiles;
import org.drawdown.io.OutputFiles.Input;
import org.drawdown.io.OutputFiles.Output;
import org.drawdown.report.AnalyzedPlan;
import org.drawdown.report.PlanCsv;
import org.drawdown.report.Wording;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code drawdown export}: a plan's flights and load manifests as CSV files for spreadsheets. */
@Command(name = "export",
        header = "Writes a plan's flights and load manifests as CSV files.",
        mixinStandardHelpOptions = true,
        description = {"Writes a plan as CSV files that a spreadsheet opens directly:",
                "flights.csv, one row a flight; loads.csv, one row a load with its flight (or why it has none)."})
public class ExportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ScenarioAndPlan files;

    @Option(names = "--csv", paramLabel = "DIR", required = true,
            description = "The directory to write flights.csv and loads.csv into (made when missing).")
    private Path directory;

    @Option(names = "--compare", paramLabel = "OLD_PLAN",
            description = "An older plan of the same scenario (e.g. the plan in force before replanning): also"
                    + " writes changes.csv, one row a change from it to PLAN, as replan prints them.")
    private Path comparePlan;

    @Override
    public Integer call() throws Exception {
        Path flights = directory.resolve("flights.csv");
        Path loads = directory.resolve("loads.csv");
        Path changes = directory.resolve("changes.csv");
        List<Input> inputs = List.of(files.scenarioInput(), files.planInput());
        OutputFiles.refuseUnwritableDirectory(new Output("--csv", directory), inputs);
        if (Files.isDirectory(directory)) {
            List<Output> outputs = new ArrayList<>(List.of(new Output("--csv", flights), new Output("--csv", loads)));
            if (comparePlan != null) {
                outputs.add(new Output("--csv", changes));
            }
            OutputFiles.refuseUnwritableFiles(outputs, inputs);
        }
        AnalyzedPlan plan = AnalyzedPlan.load(files.scenarioFile, files.planFile);
        AnalyzedPlan before = comparePlan == null ? null : AnalyzedPlan.load(files.scenarioFile, comparePlan);
        Map<Path, String> csv = new LinkedHashMap<>();
        csv.put(flights, PlanCsv.flights(plan));
        csv.put(loads, PlanCsv.loads(plan));
        if (before != null) {
            csv.put(changes, PlanCsv.changes(before, plan));
        }
        try {
            OutputFiles.writeAll(csv);
        } catch (IOException e) {
            throw new InputException(directory, "--csv", "cannot be written (" + OutputFiles.reason(e)
                    + "); no file was written");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Wrote %s (%s) and %s (%s)%n", flights, Wording.count(plan.manifests().size(), "flight", "flights"),
                loads, Wording.count(plan.plan().getCargo().size() + plan.plan().getPersonnel().size(), "load",
                        "loads"));
        if (before != null) {
            out.printf("Wrote %s (the changes from %s)%n", changes, comparePlan);
        }
        out.flush();
        return plan.feasible() ? DrawdownCommand.FEASIBLE : DrawdownCommand.INFEASIBLE;
    }
}
