package org.drawdown.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import org.drawdown.domain.AircraftType;
import org.drawdown.domain.Airfield;
import org.drawdown.domain.CargoItem;
import org.drawdown.domain.DrawdownPlan;
import org.drawdown.domain.Flight;
import org.drawdown.domain.Lane;
import org.drawdown.domain.PersonnelGroup;
import org.drawdown.score.PlanConstraint;

/**
 * The figures a planner checks first: flights per type, what each airfield got out and when it last sent a flight,
 * what stays behind, and the cost by term. The terminal summary, the page and the comparison of two plans all show
 * these, so they are worked out once, here.
 *
 * @param flightsByType flown flights per aircraft type code, in the scenario's type order, types with none left out
 * @param costs the cost terms of the score analysis, flying always, the others when not zero
 */
public record PlanFigures(boolean feasible, HardMediumSoftLongScore score, long totalCostUsd, List<CostTerm> costs,
        int flights, Map<String, Integer> flightsByType, List<OriginFigures> origins, long leftBehindItems,
        long leftBehindValueUsd, long mandatoryItemsNotMoved, long peopleNotMoved) {

    /** A cost term of the score, in US dollars. */
    public record CostTerm(PlanConstraint constraint, long usd) {
    }

    /**
     * An airfield loads leave from: people and cargo moved out of all, and its last departure (null for none).
     */
    public record OriginFigures(Airfield airfield, long peopleMoved, long people, long cargoKgMoved, long cargoKg,
            Integer lastDepartureMinute) {
    }

    public static PlanFigures of(DrawdownPlan plan, ScoreAnalysis<HardMediumSoftLongScore> analysis) {
        HardMediumSoftLongScore score = analysis.score();
        List<Flight> flown = List.copyOf(plan.manifests().keySet());
        Map<String, Integer> byType = new LinkedHashMap<>();
        for (AircraftType type : plan.getAircraftTypes()) {
            long count = flown.stream().filter(flight -> flight.getType() == type).count();
            if (count > 0) {
                byType.put(type.getCode(), (int) count);
            }
        }
        List<CostTerm> costs = new ArrayList<>();
        for (PlanConstraint constraint : PlanConstraint.values()) {
            ConstraintAnalysis<HardMediumSoftLongScore> result = analysis.getConstraintAnalysis(constraint.id());
            long usd = result == null ? 0 : -result.score().softScore();
            if (!constraint.isRule() && (usd != 0 || constraint == PlanConstraint.FLYING_COST)) {
                costs.add(new CostTerm(constraint, usd));
            }
        }
        long leftBehindItems = 0;
        long leftBehindValue = 0;
        long mandatoryNotMoved = 0;
        for (CargoItem item : plan.getCargo()) {
            if (item.getFlight() == null && item.isMandatory()) {
                mandatoryNotMoved++;
            } else if (item.getFlight() == null) {
                leftBehindItems++;
                leftBehindValue += item.getValueUsd();
            }
        }
        long peopleNotMoved = plan.getPersonnel().stream().filter(group -> group.getFlight() == null)
                .mapToLong(PersonnelGroup::getCount).sum();
        return new PlanFigures(DrawdownPlan.isFeasible(score), score, -score.softScore(), costs,
                flown.size(), byType, origins(plan, flown), leftBehindItems, leftBehindValue, mandatoryNotMoved,
                peopleNotMoved);
    }

    private static List<OriginFigures> origins(DrawdownPlan plan, List<Flight> flown) {
        Map<Airfield, long[]> moved = new LinkedHashMap<>();
        for (Lane lane : plan.getLanes()) {
            moved.putIfAbsent(lane.getOrigin(), new long[4]);
        }
        // [people moved, people, cargo kg moved, cargo kg]
        for (PersonnelGroup group : plan.getPersonnel()) {
            long[] figures = moved.get(group.getLane().getOrigin());
            figures[0] += group.getFlight() == null ? 0 : group.getCount();
            figures[1] += group.getCount();
        }
        for (CargoItem item : plan.getCargo()) {
            long[] figures = moved.get(item.getLane().getOrigin());
            figures[2] += item.getFlight() == null ? 0 : item.getWeightKg();
            figures[3] += item.getWeightKg();
        }
        List<OriginFigures> origins = new ArrayList<>();
        moved.forEach((airfield, figures) -> origins.add(new OriginFigures(airfield, figures[0], figures[1],
                figures[2], figures[3], flown.stream().filter(flight -> flight.getOrigin() == airfield)
                        .map(Flight::getDepartureMinute).max(Integer::compare).orElse(null))));
        return origins;
    }
}
