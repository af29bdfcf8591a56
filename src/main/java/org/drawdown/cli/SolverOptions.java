package org.drawdown.cli;

import java.nio.file.Path;
import java.time.Duration;

import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;

import org.drawdown.io.InputException;
import org.drawdown.io.OutputFiles.Input;
import org.drawdown.solver.SolverSettings;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options of every command that runs the solver. */
final class SolverOptions {

    /** picocli makes the options as it parses the command line, so this is when the command started. */
    private final long commandStartNanos = System.nanoTime();

    @Option(names = "--time-limit", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Stop after this long from the command's start, reading and building the scenario"
                    + " included, e.g. 30s, 2m (default: the configuration's, else 30s of search).")
    Duration timeLimit;

    @Option(names = "--unimproved-limit", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Stop when the best score has not improved for this long.")
    Duration unimprovedLimit;

    @Option(names = "--move-limit", paramLabel = "MOVES",
            description = "Stop after this many move evaluations; with a seed, runs repeat exactly.")
    Long moveLimit;

    @Option(names = "--seed", paramLabel = "SEED", description = "Random seed of the search.")
    Long seed;

    @Option(names = "--solver-config", paramLabel = "XML",
            description = "A Timefold solver configuration to use instead of the bundled one.")
    Path solverConfig;

    @Option(names = "--environment-mode", paramLabel = "MODE",
            description = "Timefold environment mode, e.g. REPRODUCIBLE or FULL_ASSERT.")
    EnvironmentMode environmentMode;

    @Option(names = "--quiet", description = "Print nothing but errors.")
    boolean quiet;

    @Option(names = "--verbose", description = "Print a line at every better plan instead of a progress bar.")
    boolean verbose;

    /** The progress display --quiet and --verbose ask for on this console. */
    ProgressDisplay progress(CommandLine commandLine) {
        if (quiet && verbose) {
            throw new CommandLine.ParameterException(commandLine, "--quiet and --verbose exclude each other");
        }
        return ProgressDisplay.of(quiet, verbose, commandLine.getOut());
    }

    /** The configuration to run: the user's or the bundled one (or the greedy baseline), with these limits. */
    SolverConfig config(boolean greedy) throws InputException {
        return limits().applyTo(baseConfig(greedy));
    }

    /** The user's or the bundled configuration (or the greedy baseline), before the limits. */
    SolverConfig baseConfig(boolean greedy) throws InputException {
        return greedy ? SolverSettings.greedy() : SolverSettings.load(solverConfig);
    }

    /** The solver configuration file as an input, which no output may overwrite. */
    Input configInput() {
        return new Input("--solver-config", solverConfig);
    }

    /** The time limit given, else the bundled configuration's default. */
    Duration timeLimitOrDefault() {
        return timeLimit != null ? timeLimit : SolverSettings.DEFAULT_TIME_LIMIT;
    }

    SolverSettings.RunLimits limits() {
        return new SolverSettings.RunLimits(searchTimeLeft(), unimprovedLimit, moveLimit, seed, environmentMode);
    }

    /**
     * The time limit less what the command has spent so far: on 100,000 loads, reading and building the problem
     * take seconds that a planner counts. The construction always finishes, so a limit already spent still gives a
     * plan, with no search.
     */
    private Duration searchTimeLeft() {
        if (timeLimit == null) {
            return null;
        }
        // Timefold takes whole milliseconds.
        long leftMillis = timeLimit.minusNanos(System.nanoTime() - commandStartNanos).toMillis();
        return Duration.ofMillis(Math.max(1, leftMillis));
    }
}
