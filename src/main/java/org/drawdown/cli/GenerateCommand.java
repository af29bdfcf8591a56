package org.drawdown.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.drawdown.generate.ScenarioGenerator;
import org.drawdown.io.InputException;
import org.drawdown.io.OutputFiles;
import org.drawdown.io.OutputFiles.Output;
import org.drawdown.io.ScenarioJson;
import org.drawdown.io.ScenarioValidator;
import org.drawdown.io.StrictJson;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code drawdown generate}: writes a random but reproducible scenario of the requested size. */
@Command(name = "generate",
        header = "Writes a scenario of any size in the image of the Niger one.",
        mixinStandardHelpOptions = true,
        description = {"Writes a scenario (docs/contract.md) in the image of the Niger one, of any size: host-nation"
                + " airfields that close in turn, the same destinations, aircraft types and cargo mix, unit groups"
                + " with security forces leaving last, clearances with daily caps.",
                "Ramps and clearance caps are sized so that a plan exists; when the fleet or the window looks too"
                        + " small for the load, a warning says so (the file is written all the same).",
                "The same options write the same file, byte for byte."})
public class GenerateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1",
            description = "Seed of the random choices (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--airfields", paramLabel = "N", defaultValue = "2",
            description = "Host-nation airfields the force leaves from (default: ${DEFAULT-VALUE}).")
    private int airfields;

    @Option(names = "--personnel", paramLabel = "PEOPLE", defaultValue = "500",
            description = "People to move, in unit groups of 20 to 45 (default: ${DEFAULT-VALUE}).")
    private int personnel;

    @Option(names = "--cargo", paramLabel = "ITEMS", defaultValue = "180",
            description = "Cargo items to move or leave behind (default: ${DEFAULT-VALUE}).")
    private int cargo;

    @Option(names = "--aircraft", paramLabel = "N", defaultValue = "8",
            description = "Aircraft tails: C-17s, C-130Js and charters in Niger's proportions"
                    + " (default: ${DEFAULT-VALUE}).")
    private int aircraft;

    @Option(names = "--days", paramLabel = "DAYS", defaultValue = "60",
            description = "Days from start to deadline, at least " + ScenarioGenerator.Request.MIN_DAYS
                    + " (default: ${DEFAULT-VALUE}).")
    private int days;

    @Option(names = "--destinations", paramLabel = "N",
            defaultValue = "" + ScenarioGenerator.Request.NIGER_DESTINATIONS,
            description = "Hubs abroad to fly to: Niger's four (Ramstein, Sigonella, Rota, Djibouti), then Souda Bay,"
                    + " Aviano, Moron and Incirlik, which bring overflights of Libya and Egypt and a landing"
                    + " clearance for Turkey (default: ${DEFAULT-VALUE}).")
    private int destinations;

    @Option(names = "--clearance-gaps", paramLabel = "N", defaultValue = "0",
            description = "Clearances abroad that lapse for 2 to 5 days in mid-window before their renewal"
                    + " (default: ${DEFAULT-VALUE}).")
    private int clearanceGaps;

    @Option(names = "--name", paramLabel = "NAME",
            description = "The scenario's name (default: the file name of --out without .json).")
    private String name;

    @Option(names = "--out", paramLabel = "FILE", required = true,
            description = "Where to write the scenario; written atomically.")
    private Path out;

    @Override
    public Integer call() throws Exception {
        OutputFiles.refuseUnwritableFiles(List.of(new Output("--out", out)), List.of());
        ScenarioGenerator.Request request;
        try {
            request = new ScenarioGenerator.Request(name != null ? name : defaultName(out), seed, airfields,
                    personnel, cargo, aircraft, days, destinations, clearanceGaps);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        ScenarioGenerator.Result result = ScenarioGenerator.generate(request);
        ScenarioJson scenario = result.scenario();
        try {
            ScenarioValidator.validate(out, scenario);
        } catch (InputException e) {
            throw new IllegalStateException("the generator made a scenario that validation refuses", e);
        }
        OutputFiles.writeOrSave(out, "scenario", StrictJson.toJson(scenario));

        PrintWriter err = spec.commandLine().getErr();
        result.warnings().forEach(warning -> err.println("drawdown: warning: " + warning));
        err.flush();
        PrintWriter console = spec.commandLine().getOut();
        int people = scenario.personnel().stream().mapToInt(ScenarioJson.PersonnelJson::count).sum();
        console.printf(Locale.ROOT, "Wrote %s: scenario %s, %d loads (%d cargo items, %d personnel groups of %d"
                + " people), %d airfields, %d aircraft, %s to %s%n", out, scenario.name(),
                scenario.cargo().size() + scenario.personnel().size(), scenario.cargo().size(),
                scenario.personnel().size(), people, scenario.airfields().size(), scenario.aircraft().size(),
                scenario.start(), scenario.deadline());
        console.flush();
        return CommandLine.ExitCode.OK;
    }

    private static String defaultName(Path file) {
        String fileName = file.getFileName().toString();
        return fileName.endsWith(".json") ? fileName.substring(0, fileName.length() - ".json".length()) : fileName;
    }
}
