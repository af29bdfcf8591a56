package org.drawdown.bound;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import org.drawdown.domain.DrawdownPlan;
import org.drawdown.generate.ScenarioGenerator;
import org.drawdown.io.ScenarioJson;
import org.drawdown.io.ScenarioValidator;
import org.drawdown.solver.PlanSolver;
import org.drawdown.solver.ProblemFactory;
import org.drawdown.solver.SolverSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The proven bound never exceeds the cost of a feasible plan, and says so plainly when it cannot apply. */
class ProvenBoundTest {

    @ParameterizedTest
    @ValueSource(strings = {"niger-2024", "gen-s", "gen-m"})
    void noPlanOfTheDatasetsCostsLessThanTheBound(String dataset) throws Exception {
        DrawdownPlan problem = ProblemFactory.build(ScenarioValidator.read(Path.of("datasets", dataset + ".json")));
        ProvenBound bound = ProvenBound.of(problem);
        DrawdownPlan plan = shortSolve(problem, 20_000);
        long cost = -plan.getScore().softScore();

        assertThat(plan.getScore().isFeasible()).isTrue();
        assertThat(bound.relaxationUsd()).isPresent();
        assertThat(bound.relaxationUsd().getAsLong()).isGreaterThanOrEqualTo(bound.combinatorial().totalUsd());
        assertThat(cost).isGreaterThanOrEqualTo(bound.bestUsd());
        assertThat(bound.verdict(cost, true)).startsWith("proven within ").doesNotContain("-");
    }

    /**
     * Small generated scenarios of many shapes, each with a short solve: whenever the plan is feasible, it costs
     * no less than the bound; and a relaxation that finds some mandatory load unable to move has no feasible plan
     * beside it.
     */
    @Property(tries = 25, seed = "20261202")
    void boundNeverExceedsTheCostOfAFeasiblePlan(@ForAll @IntRange(min = 1, max = 3) int airfields,
            @ForAll @IntRange(max = 12) int personnel, @ForAll @IntRange(max = 40) int cargo,
            @ForAll @IntRange(min = 1, max = 5) int aircraft, @ForAll @IntRange(min = 7, max = 20) int days,
            @ForAll @IntRange(max = 1000) int seed) throws Exception {
        ScenarioJson scenario = ScenarioGenerator.generate(
                new ScenarioGenerator.Request("random", seed, airfields, personnel, cargo, aircraft, days)).scenario();
        DrawdownPlan problem = ProblemFactory.build(scenario);
        ProvenBound bound = ProvenBound.of(problem);
        DrawdownPlan plan = shortSolve(problem, 2_000);
        long cost = -plan.getScore().softScore();

        assertThat(bound.bestUsd()).isNotNegative();
        assertThat(bound.relaxationUsd().orElse(0)).isNotNegative();
        assertThat(bound.failedBy(cost, plan.getScore().isFeasible())).isFalse();
        if (plan.getScore().isFeasible()) {
            assertThat(cost).isGreaterThanOrEqualTo(bound.bestUsd());
        }
    }

    @Test
    void aScenarioWhoseAircraftComeAfterTheDeadlineHasNoFeasiblePlan() throws Exception {
        ScenarioJson scenario = ScenarioValidator.read(Path.of("datasets", "gen-s.json"));
        List<ScenarioJson.AircraftJson> late = scenario.aircraft().stream()
                .map(a -> new ScenarioJson.AircraftJson(a.id(), a.type(), a.base(),
                        scenario.deadline().plus(Duration.ofDays(1)), scenario.deadline().plus(Duration.ofDays(9))))
                .toList();
        DrawdownPlan problem = ProblemFactory.build(new ScenarioJson(scenario.name(), scenario.start(),
                scenario.deadline(), scenario.slotMinutes(), scenario.personDayCostUsd(), scenario.changeCostUsd(),
                scenario.clearanceFreeCountries(), scenario.airfields(), scenario.routes(), scenario.aircraftTypes(),
                late, scenario.clearances(), scenario.cargo(), scenario.personnel()));

        ProvenBound bound = ProvenBound.of(problem);

        assertThat(bound.noFeasiblePlan()).isTrue();
        assertThat(bound.verdict(0, false)).isEqualTo("no plan can keep every rule, so none is feasible");
        assertThat(bound.failedBy(0, true)).isTrue();
    }

    @Test
    void aFeasiblePlanCheaperThanTheBoundIsReportedAsABug() throws Exception {
        DrawdownPlan problem = ProblemFactory.build(ScenarioValidator.read(Path.of("datasets", "gen-s.json")));
        ProvenBound bound = ProvenBound.of(problem);

        assertThat(bound.describe(bound.bestUsd() - 1, true)).contains("BOUND FAILED").doesNotContain("%");
        assertThat(bound.verdict(bound.bestUsd() - 1, false))
                .isEqualTo("holds for feasible plans, and this plan is not");
        assertThat(bound.verdict(bound.bestUsd(), true)).isEqualTo("proven optimal");
    }

    private static DrawdownPlan shortSolve(DrawdownPlan problem, long moves) throws Exception {
        SolverConfig config = SolverSettings.load(null)
                .withTerminationConfig(new TerminationConfig().withMoveCountLimit(moves))
                .withRandomSeed(1L);
        return new PlanSolver(config).solve(problem, (millis, score, speed) -> { }).plan();
    }
}
