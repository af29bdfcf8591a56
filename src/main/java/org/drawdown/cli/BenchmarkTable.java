package org.drawdown.cli;

import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ai.timefold.solver.benchmark.impl.result.PlannerBenchmarkResult;
import ai.timefold.solver.benchmark.impl.result.SingleBenchmarkResult;
import ai.timefold.solver.benchmark.impl.result.SolverBenchmarkResult;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import org.drawdown.bound.ProvenBound;
import org.drawdown.domain.DrawdownPlan;
import org.drawdown.io.InputException;
import org.drawdown.io.ScenarioValidator;
import org.drawdown.problem.ProblemFactory;

/**
 * The benchmark's comparison in the terminal: one row per configuration, its cost on each dataset with the gap to
 * the dataset's lower bound, its moves per second, and Timefold's favourite marked.
 */
final class BenchmarkTable {

    private static final String WINNER = "*";

    private BenchmarkTable() {
    }

    /** The proven lower bound of each dataset, by the name Timefold gives its problem (the file name, less .json). */
    static Map<String, ProvenBound> bounds(List<File> datasets) throws InputException {
        Map<String, ProvenBound> bounds = new LinkedHashMap<>();
        for (File dataset : datasets) {
            bounds.put(dataset.getName().replaceFirst("\\.json$", ""),
                    ProvenBound.of(ProblemFactory.build(ScenarioValidator.read(dataset.toPath()))));
        }
        return bounds;
    }

    static String format(PlannerBenchmarkResult result, Map<String, ProvenBound> bounds) {
        List<String> problems = new ArrayList<>(bounds.keySet());
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("", "Configuration"));
        problems.forEach(problem -> header.add(problem + " (gap to bound)"));
        header.add("Moves/s");
        rows.add(header);
        for (SolverBenchmarkResult solver : result.getSolverBenchmarkResultList()) {
            List<String> row = new ArrayList<>(List.of(solver.isFavorite() ? WINNER : "", solver.getName()));
            for (String problem : problems) {
                row.add(solver.getSingleBenchmarkResultList().stream()
                        .filter(single -> single.getProblemBenchmarkResult().getName().equals(problem))
                        .findFirst().map(single -> cell(single, bounds.get(problem))).orElse("-"));
            }
            Long speed = solver.getAverageMoveEvaluationSpeed();
            row.add(speed == null ? "-" : String.format(Locale.ROOT, "%,d", speed));
            rows.add(row);
        }
        int[] widths = new int[header.size()];
        rows.forEach(row -> {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        });
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                boolean number = i >= 2;
                String cell = row.get(i);
                String padding = " ".repeat(widths[i] - cell.length());
                line.append(number ? padding + cell : cell + padding).append(i + 1 < row.size() ? "  " : "");
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        out.append(WINNER).append(" the winner: Timefold's favourite, the best score over the datasets\n");
        return out.toString();
    }

    /** The cost and its gap to the bound; an infeasible or failed run says so instead. */
    private static String cell(SingleBenchmarkResult single, ProvenBound bound) {
        if (single.hasAnyFailure() || single.getAverageScore() == null) {
            return "failed";
        }
        HardMediumSoftLongScore score = (HardMediumSoftLongScore) single.getAverageScore();
        if (!DrawdownPlan.isFeasible(score)) {
            return "infeasible " + score;
        }
        long cost = -score.softScore();
        if (bound.failedBy(cost, true)) {
            return String.format(Locale.ROOT, "$%,d (BOUND FAILED)", cost);
        }
        return String.format(Locale.ROOT, "$%,d (%+.1f%%)", cost, 100 * bound.provenGapOf(cost));
    }
}
