package org.drawdown.benchmark;

import java.util.concurrent.TimeUnit;

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

/** A score calculated from scratch (a fresh constraint session over the whole plan), for comparison with moves. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-XX:+UseParallelGC"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class FullScoreBenchmark {

    @Param({"gen-s", "gen-m", "gen-l"})
    public String dataset;

    private SolvedDataset solved;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        solved = SolvedDataset.load(dataset);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        solved.scoreDirector.close();
    }

    @Benchmark
    public Object calculateFromScratch() {
        solved.scoreDirector.setWorkingSolution(solved.plan);
        return solved.scoreDirector.calculateScore();
    }
}
