package org.drawdown.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;
import ai.timefold.solver.core.impl.solver.DefaultSolverFactory;

import org.drawdown.domain.DrawdownPlan;
import org.drawdown.io.InputException;
import org.drawdown.io.PlanJson;
import org.drawdown.io.ScenarioJson;
import org.drawdown.io.ScenarioValidator;
import org.drawdown.io.StrictJson;
import org.drawdown.problem.PlanLoader;
import org.drawdown.solver.SolverSettings;

/**
 * A benchmark dataset with a feasible-looking starting plan, loaded into the planning model and into a score
 * director, as the solver would have them in the middle of its search. The plans are made beforehand by
 * benchmarks/run-jmh (the greedy baseline), so no benchmark fork spends its setup solving.
 */
final class SolvedDataset {

    /** Where run-jmh puts gen-l and the plans; gen-s and gen-m are committed under datasets/. */
    static final Path GENERATED = Path.of(System.getProperty("drawdown.generated", "target/generated"));

    final ScenarioJson scenario;
    final DrawdownPlan plan;
    final InnerScoreDirector<DrawdownPlan, HardMediumSoftLongScore> scoreDirector;

    private SolvedDataset(ScenarioJson scenario, DrawdownPlan plan,
            InnerScoreDirector<DrawdownPlan, HardMediumSoftLongScore> scoreDirector) {
        this.scenario = scenario;
        this.plan = plan;
        this.scoreDirector = scoreDirector;
    }

    static Path scenarioFile(String dataset) {
        Path committed = Path.of("datasets", dataset + ".json");
        return Files.exists(committed) ? committed : GENERATED.resolve(dataset + ".json");
    }

    static Path planFile(String dataset) {
        return GENERATED.resolve(dataset + ".plan.json");
    }

    @SuppressWarnings("unchecked")
    static SolvedDataset load(String dataset) throws InputException {
        ScenarioJson scenario = ScenarioValidator.read(scenarioFile(dataset));
        DrawdownPlan plan = startingPlan(dataset, scenario);
        var factory = (DefaultSolverFactory<DrawdownPlan>) SolverFactory.<DrawdownPlan> create(SolverSettings.greedy());
        var scoreDirector = (InnerScoreDirector<DrawdownPlan, HardMediumSoftLongScore>) factory
                .getScoreDirectorFactory().createScoreDirectorBuilder().build();
        scoreDirector.setWorkingSolution(plan);
        scoreDirector.calculateScore();
        return new SolvedDataset(scenario, plan, scoreDirector);
    }

    /**
     * The dataset's greedy plan as the local search starts from it in a solve: after the construction, which gives
     * the pool flights that the plan leaves unused an aircraft and a departure (a flight must have both).
     */
    static DrawdownPlan constructedStart(String dataset) throws InputException {
        DrawdownPlan plan = startingPlan(dataset, ScenarioValidator.read(scenarioFile(dataset)));
        return SolverFactory.<DrawdownPlan> create(SolverSettings.greedy()).buildSolver().solve(plan);
    }

    private static DrawdownPlan startingPlan(String dataset, ScenarioJson scenario) throws InputException {
        Path planFile = planFile(dataset);
        return new PlanLoader(planFile, scenario, StrictJson.read(planFile, PlanJson.class)).asStart();
    }
}
