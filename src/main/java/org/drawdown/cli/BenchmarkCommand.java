package org.drawdown.cli;

import java.io.File;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;

import ai.timefold.solver.benchmark.api.PlannerBenchmarkFactory;
import ai.timefold.solver.benchmark.config.PlannerBenchmarkConfig;
import ai.timefold.solver.benchmark.config.ProblemBenchmarksConfig;
import ai.timefold.solver.benchmark.config.SolverBenchmarkConfig;
import ai.timefold.solver.benchmark.impl.DefaultPlannerBenchmark;
import ai.timefold.solver.benchmark.impl.result.PlannerBenchmarkResult;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import org.drawdown.io.InputException;
import org.drawdown.io.OutputFiles;
import org.drawdown.io.OutputFiles.Input;
import org.drawdown.io.OutputFiles.Output;
import org.drawdown.io.ScenarioValidator;
import org.drawdown.solver.SolverSettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code drawdown benchmark}: Timefold's benchmarker over solver configurations and datasets, with its report. */
@Command(name = "benchmark",
        header = "Compares solver configurations with Timefold's benchmarker.",
        mixinStandardHelpOptions = true,
        description = {"Compares solver configurations on datasets with Timefold's benchmarker and writes its",
                "HTML report. The bundled configuration compares late acceptance, tabu search, simulated",
                "annealing, great deluge and Timefold's own moves (pillar moves included) on niger-2024, gen-s",
                "and gen-m. A .ftl configuration is a FreeMarker template. A local search that lists no moves",
                "gets Drawdown's default moves."})
public class BenchmarkCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--config", paramLabel = "XML", defaultValue = "benchmarks/solver-comparison.xml.ftl",
            description = "A Timefold benchmark configuration (default: ${DEFAULT-VALUE}).")
    private Path config;

    @Option(names = "--dataset", paramLabel = "SCENARIO",
            description = "Benchmark these scenarios instead of the configuration's (repeatable).")
    private List<Path> datasets;

    @Option(names = "--time-limit", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Each solver run's time, instead of the configuration's.")
    private Duration timeLimit;

    @Option(names = "--report-dir", paramLabel = "DIR", defaultValue = "target/benchmark-reports",
            description = "Where the report goes (default: ${DEFAULT-VALUE}).")
    private Path reportDirectory;

    @Option(names = "--quiet", description = "No progress; only the comparison and the report's path.")
    private boolean quiet;

    @Override
    public Integer call() throws Exception {
        List<Input> inputs = new ArrayList<>(List.of(new Input("--config", config)));
        if (datasets != null) {
            datasets.forEach(dataset -> inputs.add(new Input("--dataset", dataset)));
        }
        OutputFiles.refuseUnwritableDirectory(new Output("--report-dir", reportDirectory), inputs);
        PlannerBenchmarkConfig benchmark = load(config);
        benchmark.setBenchmarkDirectory(reportDirectory.toFile());
        benchmark.getSolverBenchmarkConfigList()
                .forEach(run -> SolverSettings.fillInDefaultMoves(run.getSolverConfig()));
        List<SolverBenchmarkConfig> runs = runs(benchmark);
        if (datasets != null) {
            for (Path dataset : datasets) {
                ScenarioValidator.read(dataset); // refuse a bad file now, not halfway through the benchmark
            }
            List<File> files = datasets.stream().map(Path::toFile).toList();
            for (SolverBenchmarkConfig run : runs) {
                if (run.getProblemBenchmarksConfig() == null) {
                    run.setProblemBenchmarksConfig(new ProblemBenchmarksConfig());
                }
                run.getProblemBenchmarksConfig().setInputSolutionFileList(files);
            }
        }
        if (timeLimit != null) {
            for (SolverBenchmarkConfig run : runs) {
                if (run.getSolverConfig() == null) {
                    run.setSolverConfig(new SolverConfig());
                }
                run.getSolverConfig().setTerminationConfig(new TerminationConfig().withSpentLimit(timeLimit));
            }
        }
        DefaultPlannerBenchmark planner =
                (DefaultPlannerBenchmark) PlannerBenchmarkFactory.create(benchmark).buildPlannerBenchmark();
        PrintWriter out = spec.commandLine().getOut();
        PlannerBenchmarkResult result = planner.getPlannerBenchmarkResult();
        LongSupplier finished = () -> result.getSolverBenchmarkResultList().stream()
                .flatMap(solver -> solver.getSingleBenchmarkResultList().stream())
                .flatMap(single -> single.getSubSingleBenchmarkResultList().stream())
                .filter(run -> run.getSucceeded() != null).count();
        int runCount = result.getTotalSubSingleCount();
        ProgressDisplay.Watch watch = ProgressDisplay.of(quiet, false, out).watch("Benchmarking", runCount,
                " runs", finished, () -> String.format(Locale.ROOT, "%d of %d runs done", finished.getAsLong(),
                        runCount));
        try {
            planner.benchmark();
        } finally {
            watch.close();
        }
        // benchmark() returns the benchmark directory; each run's report lies in a dated directory below it.
        File report = planner.getBenchmarkReport().getHtmlOverviewFile();
        out.print(BenchmarkTable.format(result, BenchmarkTable.bounds(runs(benchmark).stream()
                .map(SolverBenchmarkConfig::getProblemBenchmarksConfig)
                .filter(problems -> problems != null && problems.getInputSolutionFileList() != null)
                .flatMap(problems -> problems.getInputSolutionFileList().stream()).distinct().toList())));
        out.println("Benchmark report: " + report);
        out.flush();
        return DrawdownCommand.FEASIBLE;
    }

    /** Where the configuration sets what every run does: its inherited part, else each of its runs. */
    private static List<SolverBenchmarkConfig> runs(PlannerBenchmarkConfig benchmark) {
        return benchmark.getInheritedSolverBenchmarkConfig() == null ? benchmark.getSolverBenchmarkConfigList()
                : List.of(benchmark.getInheritedSolverBenchmarkConfig());
    }

    private static PlannerBenchmarkConfig load(Path file) throws InputException {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file, "", "no such file");
        }
        try {
            return file.toString().endsWith(".ftl")
                    ? PlannerBenchmarkConfig.createFromFreemarkerXmlFile(file.toFile())
                    : PlannerBenchmarkConfig.createFromXmlFile(file.toFile());
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            String reason = String.valueOf(cause.getMessage()).lines().findFirst().orElse("");
            throw new InputException(file, "", "not a Timefold benchmark configuration: " + reason);
        }
    }
}
