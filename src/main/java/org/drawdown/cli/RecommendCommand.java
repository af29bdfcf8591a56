package org.drawdown.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.drawdown.io.InputException;
import org.drawdown.io.ScenarioJson;
import org.drawdown.io.ScenarioJson.CargoJson;
import org.drawdown.io.ScenarioJson.PersonnelJson;
import org.drawdown.io.ScenarioValidator;
import org.drawdown.io.StrictJson;
import org.drawdown.report.LoadOptions;

import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code drawdown recommend}: where one load could go in a plan, best first, each option explained. */
@Command(name = "recommend",
        header = "Ranks where one load could go in a plan, best first.",
        mixinStandardHelpOptions = true,
        description = {"Where one load of the plan (--load) or a new one (--new-load) could go:",
                "every flight of the plan on its lane, and staying behind, best first, with",
                "Timefold's recommendAssignment. Each option gives its score change against",
                "where the load is now, constraint by constraint; an option that breaks a",
                "rule says so. The rest of the plan stays as it is."})
public class RecommendCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ScenarioAndPlan files;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Subject subject;

    @Option(names = "--top", paramLabel = "N", defaultValue = "5",
            description = "How many options to show (default: ${DEFAULT-VALUE}); where the load is now always shows.")
    private int top;

    static final class Subject {
        @Option(names = "--load", paramLabel = "ID", description = "A cargo item or personnel group of the scenario.")
        String loadId;

        @Option(names = "--new-load", paramLabel = "FILE",
                description = "A load not yet in the scenario: {\"cargo\": [ITEM]} or {\"personnel\": [GROUP]},"
                        + " in the scenario's format.")
        Path newLoad;
    }

    /** A --new-load file: one cargo item or one personnel group, as a scenario lists them. */
    public record NewLoadJson(List<CargoJson> cargo, List<PersonnelJson> personnel) {
    }

    @Override
    public Integer call() throws Exception {
        if (top < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--top must be at least 1, found " + top);
        }
        ScenarioAndPlan.Contents read = files.read();
        LoadOptions options = subject.newLoad == null
                ? LoadOptions.of(read.scenario(), files.scenarioFile, files.planFile, read.plan(), subject.loadId,
                        "--load")
                : withNewLoad(read, subject.newLoad);
        PrintWriter out = spec.commandLine().getOut();
        out.print(options.format(top));
        out.flush();
        return DrawdownCommand.FEASIBLE;
    }

    /**
     * The options of the file's load in the scenario with that load added: first in its list, and validated as the
     * scenario is, so that a refusal names the load as the file has it (cargo[0] or personnel[0]).
     */
    private LoadOptions withNewLoad(ScenarioAndPlan.Contents read, Path file) throws InputException {
        ScenarioJson scenario = read.scenario();
        NewLoadJson load = StrictJson.read(file, NewLoadJson.class);
        List<CargoJson> cargo = load.cargo() == null ? List.of() : load.cargo();
        List<PersonnelJson> personnel = load.personnel() == null ? List.of() : load.personnel();
        if (cargo.size() + personnel.size() != 1) {
            throw new InputException(file, "", "must hold exactly one load, in \"cargo\" or \"personnel\", found "
                    + (cargo.size() + personnel.size()));
        }
        String id = cargo.isEmpty() ? personnel.get(0).id() : cargo.get(0).id();
        boolean known = Stream.concat(scenario.cargo().stream().map(CargoJson::id),
                scenario.personnel().stream().map(PersonnelJson::id)).anyMatch(existing -> existing.equals(id));
        if (known) {
            throw new InputException(file, (cargo.isEmpty() ? "personnel[0]" : "cargo[0]") + " \"" + id + "\"",
                    "the scenario already has a load with this id; use --load " + id);
        }
        List<CargoJson> allCargo = new ArrayList<>(cargo);
        allCargo.addAll(scenario.cargo());
        List<PersonnelJson> allPersonnel = new ArrayList<>(personnel);
        allPersonnel.addAll(scenario.personnel());
        ScenarioJson withLoad = ScenarioValidator.validate(file, new ScenarioJson(scenario.name(), scenario.start(),
                scenario.deadline(), scenario.slotMinutes(), scenario.personDayCostUsd(), scenario.changeCostUsd(),
                scenario.clearanceFreeCountries(), scenario.airfields(), scenario.routes(), scenario.aircraftTypes(),
                scenario.aircraft(), scenario.clearances(), allCargo, allPersonnel));
        return LoadOptions.of(withLoad, file, files.planFile, read.plan(), id, "--new-load");
    }
}
