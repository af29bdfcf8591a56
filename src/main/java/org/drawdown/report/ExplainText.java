package org.drawdown.report;

import java.util.List;
import java.util.Locale;

import org.drawdown.bound.ProvenBound;
import org.drawdown.domain.DrawdownPlan;
import org.drawdown.report.ScoreExplanation.ConstraintTotal;
import org.drawdown.report.ScoreExplanation.Match;

/**
 * {@code drawdown explain} in the terminal: the score per constraint with match counts, the worst matches of each
 * broken rule with their flights and loads, and for loads left behind, the rules that hold them.
 */
public final class ExplainText {

    /** How many matches of each broken rule are printed. */
    public static final int MATCHES_SHOWN = 10;
    /** How many load ids a line names before it says how many more. */
    private static final int LOADS_NAMED = 12;

    private ExplainText() {
    }

    public static String format(AnalyzedPlan plan) {
        List<ConstraintTotal> totals = ScoreExplanation.of(plan, MATCHES_SHOWN);
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%s (%s): %s plan, score %s%n", plan.plan().getName(),
                plan.fileName(), plan.feasible() ? "feasible" : "INFEASIBLE", plan.score()));
        out.append(String.format(Locale.ROOT, "Lower bound: %s%n%n",
                ProvenBound.of(plan.plan()).describe(-plan.score().softScore(), plan.feasible())));
        out.append(String.format(Locale.ROOT, "%-26s %4s %8s  %s%n", "Constraint", "Rule", "Matches", "Score"));
        for (ConstraintTotal total : totals) {
            out.append(String.format(Locale.ROOT, "%-26s %4s %,8d  %s%n", total.constraint().id(),
                    total.constraint().isRule() ? Integer.toString(total.constraint().rule()) : "cost",
                    total.matchCount(), total.score()));
        }
        List<ConstraintTotal> broken = ScoreExplanation.broken(totals);
        out.append(String.format(Locale.ROOT, "%nBroken rules: %s%n", broken.isEmpty() ? "none" : broken.size()));
        for (ConstraintTotal total : broken) {
            out.append(String.format(Locale.ROOT, "%nrule %d %s: %s in %s%s%n",
                    total.constraint().rule(), total.constraint().id(), total.constraint().amount(total.amount()),
                    Wording.count(total.matchCount(), "match", "matches"),
                    total.matchCount() > MATCHES_SHOWN ? ", the worst " + MATCHES_SHOWN : ""));
            int rank = 1;
            for (Match match : total.worstMatches()) {
                out.append(String.format(Locale.ROOT, "  %2d. %s  %s%n", rank++, match.score(), match.subject()));
                if (!match.loads().isEmpty()) {
                    out.append(String.format(Locale.ROOT, "      loads: %s%n",
                            Wording.names(match.loads(), LOADS_NAMED)));
                }
            }
        }
        List<StuckLoads.Diagnosis> stuck = StuckLoads.diagnose(plan.plan());
        if (!stuck.isEmpty()) {
            out.append(System.lineSeparator()).append(stuckLoads(plan.plan(), stuck));
        }
        return out.toString();
    }

    /** The diagnoses of stuck loads under their heading, lane by lane, with the rules that hold each group. */
    public static String stuckLoads(DrawdownPlan plan, List<StuckLoads.Diagnosis> stuck) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%s:%n", StuckLoads.heading(plan)));
        for (StuckLoads.Diagnosis diagnosis : stuck) {
            out.append(String.format(Locale.ROOT, "  %s, %s: %s%n    %s%n", diagnosis.lane(),
                    Wording.count(diagnosis.loads().size(), "load", "loads"),
                    Wording.names(diagnosis.loads(), LOADS_NAMED), diagnosis.verdict()));
            diagnosis.reasons().forEach(reason -> out.append("    ").append(reason).append('\n'));
        }
        return out.toString();
    }
}
