package org.drawdown.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the command line in a separate JVM, as a user would, with the test class path. */
final class CommandRunner {

    static final Path NIGER = Path.of("datasets/niger-2024.json");
    static final Path SMALL = Path.of("src/test/resources/scenarios/small.json");
    /** A scenario whose deadline falls before its only aircraft can reach the loads. */
    static final Path HOPELESS = Path.of("src/test/resources/scenarios/hopeless.json");
    /** The plan checker's small scenario and a feasible plan of it, every figure worked out by hand. */
    static final Path CHECKER_SCENARIO = Path.of("src/test/resources/org/drawdown/check/small-scenario.json");
    static final Path CHECKER_PLAN = Path.of("src/test/resources/org/drawdown/check/small-plan.json");

    private CommandRunner() {
    }

    static ProcessBuilder builder(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(DrawdownCommand.class.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    /** Runs to completion and returns the exit code; output is kept for failure messages. */
    static Result run(String... args) throws IOException, InterruptedException {
        Process process = builder(args).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output);
    }

    record Result(int exitCode, String output) {
    }

    /** Runs the command line in this JVM and keeps what it printed on each stream, line by line. */
    static Captured capture(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = DrawdownCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Captured(exitCode, out.toString().lines().toList(), err.toString().lines().toList());
    }

    record Captured(int exitCode, List<String> out, List<String> err) {
    }
}
