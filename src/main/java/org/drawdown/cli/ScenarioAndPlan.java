package org.drawdown.cli;

import java.nio.file.Path;

import picocli.CommandLine.Parameters;

/** The two files a command about a plan reads, as its first two parameters: the scenario and the plan. */
final class ScenarioAndPlan {

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario file (JSON).")
    Path scenarioFile;

    @Parameters(index = "1", paramLabel = "PLAN", description = "The plan file (JSON).")
    Path planFile;
}
