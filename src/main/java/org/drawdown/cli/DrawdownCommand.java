package org.drawdown.cli;

import java.io.PrintWriter;

import org.drawdown.io.InputException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code drawdown} command line: one subcommand per job. */
@Command(name = "drawdown",
        mixinStandardHelpOptions = true,
        version = "Drawdown 0.1.0",
        description = {"Plans a military withdrawal airlift: which aircraft flies when, carrying what and whom.",
                "File formats, the 17 rules and the cost: docs/contract.md."},
        subcommands = {SolveCommand.class, ReplanCommand.class, CheckCommand.class, ReportCommand.class,
                ExportCommand.class, ExplainCommand.class, AdviseCommand.class, RecommendCommand.class,
                GenerateCommand.class, BenchmarkCommand.class, ServeCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the plan is feasible (check: the plan passes)",
                "1:the plan breaks a rule or leaves mandatory loads behind",
                "2:bad input: a file or an option is refused"})
public class DrawdownCommand implements Runnable {

    /** Exit code for a feasible plan. */
    public static final int FEASIBLE = 0;
    /** Exit code for a plan that breaks a rule or leaves mandatory loads behind. */
    public static final int INFEASIBLE = 1;
    /** Exit code for refused input. */
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line on standard output and error and returns its exit code. */
    public static int execute(String... args) {
        PrintWriter out = System.console() != null ? new Terminal() : new PrintWriter(System.out, true);
        return execute(out, new PrintWriter(System.err, true), args);
    }

    /** Standard output when it is a terminal: where a live progress bar may be drawn. */
    static final class Terminal extends PrintWriter {
        Terminal() {
            super(System.out, true);
        }
    }

    /** Runs the command line printing to the given writers; tests call this to see what a user would see. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new DrawdownCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(DrawdownCommand::handle);
        commandLine.setParameterExceptionHandler(new MistypedArguments());
        return commandLine.execute(args);
    }

    /** Refused input is one line on standard error and exit code 2; anything else is a bug worth a stack trace. */
    private static int handle(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult)
            throws Exception {
        if (e instanceof InputException) {
            PrintWriter err = commandLine.getErr();
            err.println("drawdown: " + e.getMessage());
            err.flush();
            return BAD_INPUT;
        }
        throw e;
    }
}
