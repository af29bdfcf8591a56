package org.drawdown.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.drawdown.io.OutputFiles;
import org.drawdown.io.PlanExporter;
import org.drawdown.io.ScenarioValidator;
import org.drawdown.io.StrictJson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** Reading and validating a scenario file, and writing a plan file, on the largest committed-size dataset. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-XX:+UseParallelGC"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class FileBenchmark {

    @Param({"gen-l"})
    public String dataset;

    private SolvedDataset solved;
    private Path planOut;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        solved = SolvedDataset.load(dataset);
        planOut = Files.createTempFile("drawdown-jmh-", ".plan.json");
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        solved.scoreDirector.close();
        Files.deleteIfExists(planOut);
    }

    @Benchmark
    public Object parseScenario() throws Exception {
        return ScenarioValidator.read(SolvedDataset.scenarioFile(dataset));
    }

    @Benchmark
    public void writePlan() throws Exception {
        OutputFiles.write(planOut, StrictJson.toJson(PlanExporter.export(solved.plan)));
    }
}
