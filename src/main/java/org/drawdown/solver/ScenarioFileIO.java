package org.drawdown.solver;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;

import ai.timefold.solver.persistence.common.api.domain.solution.SolutionFileIO;

import org.drawdown.domain.DrawdownPlan;
import org.drawdown.io.InputException;
import org.drawdown.io.OutputFiles;
import org.drawdown.io.PlanExporter;
import org.drawdown.io.ScenarioValidator;
import org.drawdown.io.StrictJson;
import org.drawdown.problem.ProblemFactory;

/** Lets Timefold's benchmarker read scenario files as planning problems and write its best plans as plan files. */
public class ScenarioFileIO implements SolutionFileIO<DrawdownPlan> {

    @Override
    public String getInputFileExtension() {
        return "json";
    }

    @Override
    public DrawdownPlan read(File scenarioFile) {
        try {
            return ProblemFactory.build(ScenarioValidator.read(scenarioFile.toPath()));
        } catch (InputException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    @Override
    public void write(DrawdownPlan plan, File planFile) {
        try {
            OutputFiles.write(planFile.toPath(), StrictJson.toJson(PlanExporter.export(plan)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
