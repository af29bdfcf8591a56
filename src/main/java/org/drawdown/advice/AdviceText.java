package org.drawdown.advice;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.drawdown.advice.Advisor.Advice;
import org.drawdown.advice.Advisor.Outcome;
import org.drawdown.report.ExplainText;
import org.drawdown.report.Wording;

/** {@code drawdown advise} in the terminal: what is stuck and why, then the best changes with their effect. */
public final class AdviceText {

    private AdviceText() {
    }

    /**
     * @param planName what the plan advised on is, e.g. "plan.json" or "the plan solved here"
     * @param verification how each edited scenario was solved, e.g. "the construction, then 10,000 moves, seed 0"
     * @param shown the outcomes printed, best first, each with the file its edited scenario went to (or null)
     */
    public static String format(Advice advice, String planName, String verification, Map<Outcome, Path> shown) {
        StringBuilder out = new StringBuilder();
        String name = advice.plan().getName();
        if (advice.stuck().isEmpty()) {
            boolean brokenRules = advice.plan().getScore().hardScore() < 0;
            out.append(String.format(Locale.ROOT, "%s: %s moves every mandatory load (score %s); %s%n", name,
                    planName, advice.plan().getScore(), brokenRules
                            ? "it breaks rules, which drawdown explain lists, but advise is for loads left behind"
                            : "nothing to advise"));
            return out.toString();
        }
        out.append(String.format(Locale.ROOT, "%s: %s leaves %s behind (score %s, cost %s)%n%n", name, planName,
                Wording.count(advice.stuck().size(), "mandatory load", "mandatory loads"), advice.plan().getScore(),
                Wording.usd(advice.costUsd())));
        out.append(ExplainText.stuckLoads(advice.plan(), advice.diagnoses()));
        if (!advice.unrelaxable().isEmpty()) {
            out.append(String.format(Locale.ROOT, "%nNo single change of a limit relaxes %s.%n",
                    String.join(", ", advice.unrelaxable())));
        }
        List<Outcome> outcomes = advice.outcomes();
        if (outcomes.isEmpty()) {
            out.append(String.format(Locale.ROOT, "%nNo change to try: no departure of a stuck load is held back"
                    + " by one rule alone that a closure, a clearance, a cap, an aircraft or a readiness could"
                    + " relax.%n"));
            return out.toString();
        }
        out.append(String.format(Locale.ROOT, "%nTried %s, each at the smallest size at which the construction"
                + " alone does as well as at the largest (%s), then verified by a solve of the edited scenario: %s.%n",
                Wording.count(outcomes.size(), "change", "changes"),
                Wording.count(advice.trials(), "construction", "constructions"), verification));
        out.append(String.format(Locale.ROOT,
                "Best %d, most stuck loads freed first, then fewest left behind, then cheapest:%n",
                shown.size()));
        int rank = 1;
        for (Map.Entry<Outcome, Path> entry : shown.entrySet()) {
            Outcome outcome = entry.getKey();
            out.append(String.format(Locale.ROOT, "  %d. %s%n", rank++, outcome.change().describe()));
            out.append(String.format(Locale.ROOT, "     frees %d of %d stuck, %s; cost %s (%s%s)%n", outcome.freed(),
                    advice.stuck().size(), outcome.feasible() ? "feasible"
                            : Wording.count(outcome.stillStuck(), "load", "loads") + " still stuck",
                    Wording.usd(outcome.costUsd()), outcome.costUsd() >= advice.costUsd() ? "+" : "-",
                    Wording.usd(Math.abs(outcome.costUsd() - advice.costUsd()))));
            if (entry.getValue() != null) {
                out.append(String.format(Locale.ROOT, "     scenario written to %s%n", entry.getValue()));
            }
        }
        Outcome best = outcomes.get(0);
        if (advice.solved()) {
            out.append(String.format(Locale.ROOT, "%nChange 1 moves every mandatory load in a feasible plan.%n"));
        } else {
            out.append(String.format(Locale.ROOT, "%nNo single change moves every mandatory load; the closest,"
                    + " change 1, frees %d of %d.%n", best.freed(), advice.stuck().size()));
        }
        return out.toString();
    }
}
