package org.drawdown.report;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import org.drawdown.domain.DrawdownPlan;
import org.drawdown.domain.Flight;
import org.drawdown.domain.Load;
import org.drawdown.domain.Manifest;
import org.drawdown.io.InputException;
import org.drawdown.io.PlanJson;
import org.drawdown.io.PlanReader;
import org.drawdown.io.ScenarioJson;
import org.drawdown.io.ScenarioValidator;
import org.drawdown.problem.PlanLoader;
import org.drawdown.score.PlanConstraint;
import org.drawdown.solver.PlanSolver;
import org.drawdown.solver.SolverSettings;

/**
 * A plan file put back into the model, with Timefold's analysis of its score: what every report, export and
 * explanation starts from. Flights carry their plan file ids, so what the reports name is what the file says; the
 * file itself is kept for what is read from plan files alone ({@link org.drawdown.io.PlanChanges}).
 */
public record AnalyzedPlan(String fileName, ScenarioJson scenario, PlanJson file, DrawdownPlan plan,
        Map<Flight, Manifest> manifests, ScoreAnalysis<HardMediumSoftLongScore> analysis) {

    public static AnalyzedPlan load(Path scenarioFile, Path planFile) throws InputException {
        ScenarioJson scenario = ScenarioValidator.read(scenarioFile);
        return of(scenario, planFile, PlanReader.readOf(planFile, scenario, scenarioFile));
    }

    /** The plan as its file states it (the figures the file states are ignored: the model recomputes them). */
    public static AnalyzedPlan of(ScenarioJson scenario, Path planFile, PlanJson planJson) throws InputException {
        DrawdownPlan plan = new PlanLoader(planFile, scenario, planJson).asIs();
        ScoreAnalysis<HardMediumSoftLongScore> analysis =
                new PlanSolver(SolverSettings.load(null)).analyze(plan);
        plan.setScore(analysis.score());
        return new AnalyzedPlan(planFile.getFileName().toString(), scenario, planJson, plan, plan.manifests(),
                analysis);
    }

    /** Whether the flight had departed when the plan was replanned: it has flown. False for a plan not replanned. */
    public boolean departedBeforeReplan(Flight flight) {
        return file.replannedAt() != null
                && flight.getWindow().instantOf(flight.getDepartureMinute()).isBefore(file.replannedAt());
    }

    /** Every load of the scenario by id, cargo then personnel, in scenario order. */
    public Map<String, Load> loadsById() {
        Map<String, Load> loads = new LinkedHashMap<>();
        plan.getCargo().forEach(item -> loads.put(item.getId(), item));
        plan.getPersonnel().forEach(group -> loads.put(group.getId(), group));
        return loads;
    }

    public HardMediumSoftLongScore score() {
        return analysis.score();
    }

    /** No rule broken and nothing mandatory left behind. */
    public boolean feasible() {
        return DrawdownPlan.isFeasible(score());
    }

    /** The constraint's analysis; null when Timefold has none for it. */
    public ConstraintAnalysis<HardMediumSoftLongScore> analysisOf(PlanConstraint constraint) {
        return analysis.getConstraintAnalysis(constraint.id());
    }

    /** A cost term in US dollars (the constraint's soft score, negated). */
    public long costUsd(PlanConstraint constraint) {
        ConstraintAnalysis<HardMediumSoftLongScore> result = analysisOf(constraint);
        return result == null ? 0 : -result.score().softScore();
    }
}
