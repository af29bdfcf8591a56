package org.drawdown.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** What a user reads when asking for help or mistyping: short sentences, one line per error, a nearby name. */
class CommandLineWordingTest {

    /** The width picocli leaves a command's summary in {@code drawdown --help}, past its name column. */
    private static final int SUMMARY_WIDTH = 80 - 13;

    @Test
    void everyCommandIsSummedUpInOneWholeSentenceThatFitsItsLine() {
        CommandLine drawdown = new CommandLine(new DrawdownCommand());
        drawdown.getSubcommands().forEach((name, command) -> {
            if (name.equals("help")) {
                return;
            }
            String[] header = command.getCommandSpec().usageMessage().header();
            assertEquals(1, header.length, name + " has one summary line");
            assertTrue(header[0].endsWith("."), name + ": a whole sentence, not a cut one: " + header[0]);
            assertTrue(header[0].length() <= SUMMARY_WIDTH, name + ": fits its line: " + header[0]);
        });
    }

    @Test
    void aMistypedOptionGetsOneLineWithTheOptionMeant() {
        CommandRunner.Captured run = CommandRunner.capture("solve", CommandRunner.SMALL.toString(), "--time-limt",
                "5s");
        assertEquals(DrawdownCommand.BAD_INPUT, run.exitCode());
        assertEquals(List.of(), run.out());
        assertEquals(1, run.err().size(), run.err().toString());
        assertTrue(run.err().get(0).contains("did you mean --time-limit?"), run.err().get(0));
        assertTrue(run.err().get(0).endsWith("(see 'drawdown solve --help')"), run.err().get(0));
    }

    @Test
    void aMistypedCommandGetsOneLineWithTheCommandMeant() {
        CommandRunner.Captured run = CommandRunner.capture("sovle", CommandRunner.SMALL.toString());
        assertEquals(DrawdownCommand.BAD_INPUT, run.exitCode());
        assertEquals(List.of("drawdown: Unknown command: 'sovle'; did you mean solve? (see 'drawdown --help')"),
                run.err());
    }

    @Test
    void anOptionFarFromEveryNameGetsNoGuess() {
        CommandRunner.Captured run = CommandRunner.capture("check", "--frobnicate");
        assertEquals(DrawdownCommand.BAD_INPUT, run.exitCode());
        assertEquals(1, run.err().size(), run.err().toString());
        assertTrue(!run.err().get(0).contains("did you mean"), run.err().get(0));
    }
}
