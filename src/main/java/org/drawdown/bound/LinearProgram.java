package org.drawdown.bound;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

/**
 * A minimization LP kept in our own arrays, solved by GLOP, whose answer is a lower bound that round-off cannot push
 * above the true optimum: the bound is computed from GLOP's dual values alone (any duals give a valid Lagrangian
 * bound), so a slightly wrong dual only loosens it. Every variable has finite bounds, which keeps that sum finite.
 */
final class LinearProgram {

    /** Variable {@code index} with coefficient {@code coefficient}. */
    record Term(int index, double coefficient) {
    }

    private record Row(double lower, double upper, List<Term> terms) {
    }

    private final List<double[]> columns = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();
    private double objectiveOffset;

    /** A variable in {@code [lower, upper]} (both finite) costing {@code cost} per unit; returns its index. */
    int variable(double lower, double upper, double cost) {
        if (!Double.isFinite(lower) || !Double.isFinite(upper)) {
            throw new IllegalArgumentException("unbounded variable");
        }
        columns.add(new double[] {lower, upper, cost});
        return columns.size() - 1;
    }

    double upperOf(int variable) {
        return columns.get(variable)[1];
    }

    /** {@code lower <= sum of terms <= upper}; either side may be infinite. */
    void row(double lower, double upper, List<Term> terms) {
        rows.add(new Row(lower, upper, List.copyOf(terms)));
    }

    void addToObjective(double constant) {
        objectiveOffset += constant;
    }

    int variableCount() {
        return columns.size();
    }

    int rowCount() {
        return rows.size();
    }

    /** GLOP's outcome: the proven bound when it found an optimum; whether it found the LP to have no solution. */
    record Outcome(OptionalDouble bound, boolean infeasible) {
    }

    /** The proven bound, or why there is none: GLOP found no optimum in time, or no solution at all. */
    Outcome minimumBound(double timeLimitSeconds) {
        Loader.loadNativeLibraries();
        MPSolver solver = MPSolver.createSolver("GLOP");
        try {
            solver.setTimeLimit((long) (timeLimitSeconds * 1000));
            MPVariable[] variables = new MPVariable[columns.size()];
            for (int j = 0; j < variables.length; j++) {
                double[] column = columns.get(j);
                variables[j] = solver.makeNumVar(column[0], column[1], "");
                solver.objective().setCoefficient(variables[j], column[2]);
            }
            solver.objective().setMinimization();
            MPConstraint[] constraints = new MPConstraint[rows.size()];
            for (int i = 0; i < constraints.length; i++) {
                Row row = rows.get(i);
                constraints[i] = solver.makeConstraint(finite(row.lower()), finite(row.upper()));
                for (Term term : row.terms()) {
                    constraints[i].setCoefficient(variables[term.index()], term.coefficient());
                }
            }
            MPSolver.ResultStatus status = solver.solve();
            if (status != MPSolver.ResultStatus.OPTIMAL) {
                return new Outcome(OptionalDouble.empty(), status == MPSolver.ResultStatus.INFEASIBLE);
            }
            double[] duals = new double[constraints.length];
            for (int i = 0; i < duals.length; i++) {
                duals[i] = constraints[i].dualValue();
            }
            return new Outcome(OptionalDouble.of(lagrangianBound(duals)), false);
        } finally {
            solver.delete();
        }
    }

    /**
     * For any duals y, cost * x >= sum_j min over x_j's bounds of (c - A'y)_j x_j + sum_i min over row i's bounds
     * of y_i * activity: a dual whose row side is infinite is taken as 0, and the sum is rounded down by a margin
     * far above the round-off of the arithmetic here.
     */
    private double lagrangianBound(double[] duals) {
        double[] reduced = new double[columns.size()];
        double[] reducedMagnitude = new double[columns.size()];
        for (int j = 0; j < reduced.length; j++) {
            reduced[j] = columns.get(j)[2];
        }
        double bound = objectiveOffset;
        double magnitude = Math.abs(objectiveOffset);
        for (int i = 0; i < duals.length; i++) {
            Row row = rows.get(i);
            double dual = duals[i];
            double side = dual > 0 ? row.lower() : row.upper();
            if (dual == 0 || !Double.isFinite(side) || Double.isNaN(dual)) {
                continue;
            }
            bound += dual * side;
            magnitude += Math.abs(dual * side);
            for (Term term : row.terms()) {
                reduced[term.index()] -= dual * term.coefficient();
                reducedMagnitude[term.index()] += Math.abs(dual * term.coefficient());
            }
        }
        for (int j = 0; j < reduced.length; j++) {
            double[] column = columns.get(j);
            double term = reduced[j] * (reduced[j] > 0 ? column[0] : column[1]);
            bound += term;
            magnitude += Math.abs(term) + reducedMagnitude[j] * Math.max(Math.abs(column[0]), Math.abs(column[1]));
        }
        return bound - 1e-9 * magnitude - 1;
    }

    private static double finite(double side) {
        return Double.isInfinite(side) ? (side > 0 ? MPSolver.infinity() : -MPSolver.infinity()) : side;
    }
}
