package org.drawdown.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.commons.text.similarity.LevenshteinDistance;

import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A mistyped command line gets one line on standard error, not the whole usage: what is wrong, the nearest names
 * when a command or an option is unknown, and where the usage is; exit code 2.
 */
final class MistypedArguments implements CommandLine.IParameterExceptionHandler {

    /** Edits (letters added, dropped or changed) within which an option name counts as meant. */
    private static final int NEAR = 3;
    /** picocli suggests options by their first letters only, which misses most typos. */
    private static final LevenshteinDistance EDITS = LevenshteinDistance.getDefaultInstance();

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        String message = e.getMessage().lines().findFirst().orElse("bad arguments");
        List<String> suggestions = List.of();
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String first = unmatched.getUnmatched().get(0);
            if (first.startsWith("-")) {
                suggestions = nearestOptions(commandLine, first.split("=", 2)[0]);
            } else if (!commandLine.getSubcommands().isEmpty()) {
                message = "Unknown command: '" + first + "'";
                suggestions = unmatched.getSuggestions();
            }
        }
        StringBuilder line = new StringBuilder("drawdown: ").append(message);
        if (!suggestions.isEmpty()) {
            line.append("; did you mean ").append(String.join(" or ", suggestions)).append('?');
        }
        line.append(" (see '").append(commandLine.getCommandSpec().qualifiedName()).append(" --help')");
        PrintWriter err = commandLine.getErr();
        err.println(line);
        err.flush();
        return DrawdownCommand.BAD_INPUT;
    }

    /** The command's option names fewest edits away from the mistyped one, if any are near. */
    private static List<String> nearestOptions(CommandLine commandLine, String typed) {
        List<String> names = new ArrayList<>();
        for (OptionSpec option : commandLine.getCommandSpec().options()) {
            names.addAll(List.of(option.names()));
        }
        int best = names.stream().mapToInt(name -> EDITS.apply(typed, name)).min().orElse(Integer.MAX_VALUE);
        if (best > NEAR) {
            return List.of();
        }
        return names.stream().filter(name -> EDITS.apply(typed, name) == best).sorted(Comparator.naturalOrder())
                .toList();
    }
}
