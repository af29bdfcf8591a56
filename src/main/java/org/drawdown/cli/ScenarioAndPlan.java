package org.drawdown.cli;

import java.nio.file.Path;

import org.drawdown.io.InputException;
import org.drawdown.io.OutputFiles.Input;
import org.drawdown.io.PlanJson;
import org.drawdown.io.PlanReader;
import org.drawdown.io.ScenarioJson;
import org.drawdown.io.ScenarioValidator;

import picocli.CommandLine.Parameters;

/** The two files a command about a plan reads, as its first two parameters: the scenario and the plan. */
final class ScenarioAndPlan {

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario file (JSON).")
    Path scenarioFile;

    @Parameters(index = "1", paramLabel = "PLAN", description = "The plan file (JSON).")
    Path planFile;

    /** The scenario, validated, and the plan, refused unless it is a plan of that scenario. */
    Contents read() throws InputException {
        ScenarioJson scenario = ScenarioValidator.read(scenarioFile);
        return new Contents(scenario, PlanReader.readOf(planFile, scenario, scenarioFile));
    }

    Input scenarioInput() {
        return new Input("SCENARIO", scenarioFile);
    }

    Input planInput() {
        return new Input("PLAN", planFile);
    }

    record Contents(ScenarioJson scenario, PlanJson plan) {
    }
}
