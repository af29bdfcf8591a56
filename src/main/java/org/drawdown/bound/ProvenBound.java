package org.drawdown.bound;

import java.util.Locale;
import java.util.OptionalLong;

import org.drawdown.domain.DrawdownPlan;
import org.drawdown.solver.LowerBound;

/**
 * The best lower bound on the cost of any feasible plan of a scenario that Drawdown can prove: the larger of the
 * combinatorial bound ({@link LowerBound}) and the linear relaxation ({@link AirliftRelaxation}), computed once per
 * scenario. See docs/lower-bound.md.
 *
 * @param combinatorial the combinatorial bound
 * @param relaxation what became of the linear relaxation
 * @param relaxationUsd the linear relaxation's bound, when it has one
 * @param relaxationMillis how long the relaxation took
 */
public record ProvenBound(LowerBound.Bound combinatorial, Relaxation relaxation, OptionalLong relaxationUsd,
        long relaxationMillis) {

    /** What became of the linear relaxation. */
    public enum Relaxation {
        SOLVED, NO_FEASIBLE_PLAN, NO_SOLUTION, OUT_OF_TIME, NOT_RUN
    }

    /** GLOP's limit; past it the combinatorial bound stands alone. */
    static final double RELAXATION_SECONDS = 30;

    public static ProvenBound of(DrawdownPlan problem) {
        long started = System.nanoTime();
        AirliftRelaxation.Result result = AirliftRelaxation.solve(problem, RELAXATION_SECONDS);
        long millis = (System.nanoTime() - started) / 1_000_000;
        // The plan rounds each group's waiting down on its own, at most a dollar below what the LP counts.
        long roundedWaiting = problem.getPersonDayCostUsd() == 0 ? 0
                : problem.getPersonnel().stream().filter(group -> !group.isHistory()).count();
        OptionalLong relaxationUsd = result.boundUsd().isPresent()
                ? OptionalLong.of(Math.max(0, (long) Math.floor(result.boundUsd().getAsDouble()) - roundedWaiting))
                : OptionalLong.empty();
        Relaxation relaxation = result.noFeasiblePlan() ? Relaxation.NO_FEASIBLE_PLAN
                : relaxationUsd.isPresent() ? Relaxation.SOLVED
                : result.lpInfeasible() ? Relaxation.NO_SOLUTION : Relaxation.OUT_OF_TIME;
        return new ProvenBound(LowerBound.of(problem), relaxation, relaxationUsd, millis);
    }

    /** The combinatorial bound alone, for a replan, which must be quick and whose history the relaxation skips. */
    public static ProvenBound combinatorialOnly(DrawdownPlan problem) {
        return new ProvenBound(LowerBound.of(problem), Relaxation.NOT_RUN, OptionalLong.empty(), 0);
    }

    /** Whether the relaxation shows that some mandatory load cannot move at all. */
    public boolean noFeasiblePlan() {
        return relaxation == Relaxation.NO_FEASIBLE_PLAN;
    }

    public long bestUsd() {
        return Math.max(combinatorial.totalUsd(), relaxationUsd.orElse(0));
    }

    /** Whether a plan of this cost and feasibility contradicts the bound, which would be a bug. */
    public boolean failedBy(long costUsd, boolean feasible) {
        return feasible && (noFeasiblePlan() || costUsd < bestUsd());
    }

    /**
     * How much above the optimum the plan's cost can at most lie, as a fraction, rounded up to a tenth of a
     * percent; meaningful for a feasible plan the bound does not fail.
     */
    public double provenGapOf(long costUsd) {
        if (bestUsd() == 0) {
            return costUsd == 0 ? 0 : Double.POSITIVE_INFINITY;
        }
        return Math.ceil(1000.0 * (costUsd - bestUsd()) / bestUsd()) / 1000;
    }

    /** One line for summaries: the bound, where it comes from, and what it proves about the plan. */
    public String describe(long costUsd, boolean feasible) {
        String time = relaxation == Relaxation.NOT_RUN ? ""
                : String.format(Locale.ROOT, "; %.1f s", relaxationMillis / 1000.0);
        return String.format(Locale.ROOT, "$%,d (%s%s): %s", bestUsd(), sources(), time, verdict(costUsd, feasible));
    }

    /** Each bound and how it was found (no timings: a report reads the same whenever it is made). */
    public String sources() {
        String solved = switch (relaxation) {
            case SOLVED -> String.format(Locale.ROOT, "linear relaxation $%,d", relaxationUsd.getAsLong());
            case NO_FEASIBLE_PLAN -> "a mandatory load cannot move at all";
            case NO_SOLUTION -> "linear relaxation without solution: likely no feasible plan";
            case OUT_OF_TIME -> String.format(Locale.ROOT, "linear relaxation not solved in %.0f s",
                    RELAXATION_SECONDS);
            case NOT_RUN -> "no linear relaxation";
        };
        return String.format(Locale.ROOT, "%s; combinatorial $%,d", solved, combinatorial.totalUsd());
    }

    /** What the bound proves about a plan of this cost: how near the optimum, or that something is wrong. */
    public String verdict(long costUsd, boolean feasible) {
        if (failedBy(costUsd, feasible)) {
            return String.format(Locale.ROOT, "BOUND FAILED: this feasible plan costs $%,d, less than the bound"
                    + " proves possible; please report the scenario as a bug", costUsd);
        }
        if (noFeasiblePlan()) {
            return "no plan can keep every rule, so none is feasible";
        }
        if (!feasible) {
            return "holds for feasible plans, and this plan is not";
        }
        double gap = provenGapOf(costUsd);
        if (Double.isInfinite(gap)) {
            return String.format(Locale.ROOT, "the plan costs $%,d, the bound is 0", costUsd);
        }
        return gap == 0 ? "proven optimal" : String.format(Locale.ROOT, "proven within %.1f%%", 100 * gap);
    }
}
