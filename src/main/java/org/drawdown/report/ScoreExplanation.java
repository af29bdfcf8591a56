package org.drawdown.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import org.drawdown.domain.CargoItem;
import org.drawdown.domain.Flight;
import org.drawdown.domain.Load;
import org.drawdown.domain.Manifest;
import org.drawdown.domain.PersonnelGroup;
import org.drawdown.domain.PositioningLeg;
import org.drawdown.score.PlanConstraint;
import org.drawdown.score.justifications.ClearanceDailyCapJustification;
import org.drawdown.score.justifications.DeparturesPerDayJustification;
import org.drawdown.score.justifications.ItineraryJustification;
import org.drawdown.score.justifications.ParkingJustification;
import org.drawdown.score.justifications.PlanJustification;

/**
 * Timefold's score analysis in a planner's words: each constraint's total and match count, and its worst matches,
 * each naming the flights and loads it is about. Everything comes from the matches' typed justifications
 * ({@link PlanJustification}) and the model; no rule is evaluated here.
 */
public final class ScoreExplanation {

    /**
     * One match: its score, what it is about besides flights, the flights it names (their ids, and described) and
     * the loads involved.
     */
    public record Match(HardMediumSoftLongScore score, String context, List<String> flightIds, List<String> flights,
            List<String> loads) {

        /** The context and the flights, as one line. */
        public String subject() {
            List<String> parts = new ArrayList<>();
            if (!context.isEmpty()) {
                parts.add(context);
            }
            parts.addAll(flights);
            return String.join("; ", parts);
        }
    }

    /** A constraint's total over the plan, with its worst matches first. */
    public record ConstraintTotal(PlanConstraint constraint, HardMediumSoftLongScore score, int matchCount,
            List<Match> worstMatches) {

        /** A rule that the plan breaks (or, for rule 17, loads it leaves behind). */
        public boolean broken() {
            return constraint.isRule() && !score.isZero();
        }

        /** A rule's penalty in the rule's unit; a cost term's US dollars. */
        public long amount() {
            return constraint.isRule() ? -(score.hardScore() + score.mediumScore()) : -score.softScore();
        }
    }

    /** Worst first; ties in a fixed order, so that the same plan always reads the same. */
    private static final Comparator<Match> WORST_FIRST = Comparator.comparing(Match::score)
            .thenComparing(Match::subject)
            .thenComparing(match -> String.join(",", match.loads()));

    private final Map<Flight, Manifest> manifests;

    private ScoreExplanation(Map<Flight, Manifest> manifests) {
        this.manifests = manifests;
    }

    /** Every constraint of {@link PlanConstraint}, in its order, with at most {@code matchesEach} matches. */
    public static List<ConstraintTotal> of(AnalyzedPlan plan, int matchesEach) {
        return of(plan.manifests(), plan.analysis(), matchesEach);
    }

    /** As {@link #of(AnalyzedPlan, int)}, for a plan in memory: its manifests and its score analysis. */
    public static List<ConstraintTotal> of(Map<Flight, Manifest> manifests,
            ScoreAnalysis<HardMediumSoftLongScore> scoreAnalysis, int matchesEach) {
        ScoreExplanation explanation = new ScoreExplanation(manifests);
        List<ConstraintTotal> totals = new ArrayList<>();
        for (PlanConstraint constraint : PlanConstraint.values()) {
            ConstraintAnalysis<HardMediumSoftLongScore> analysis =
                    scoreAnalysis.getConstraintAnalysis(constraint.id());
            if (analysis == null) {
                totals.add(new ConstraintTotal(constraint, HardMediumSoftLongScore.ZERO, 0, List.of()));
                continue;
            }
            List<Match> matches = analysis.matches() == null ? List.of() : analysis.matches().stream()
                    .map(explanation::describe)
                    .sorted(WORST_FIRST)
                    .limit(matchesEach)
                    .toList();
            totals.add(new ConstraintTotal(constraint, analysis.score(), analysis.matchCount(), matches));
        }
        return totals;
    }

    /** The broken rules among the totals. */
    public static List<ConstraintTotal> broken(List<ConstraintTotal> totals) {
        return totals.stream().filter(ConstraintTotal::broken).toList();
    }

    private Match describe(MatchAnalysis<HardMediumSoftLongScore> match) {
        PlanJustification justification = (PlanJustification) match.justification();
        Set<Flight> flights = new LinkedHashSet<>();
        justification.loads().stream().map(Load::getFlight).filter(Objects::nonNull).forEach(flights::add);
        flights.addAll(justification.flights(manifests.keySet()));
        return new Match(match.score(), String.join("; ", context(justification)),
                flights.stream().map(Flight::getId).toList(), flights.stream().map(Wording::flight).toList(),
                loadIds(justification.loads(), flights));
    }

    /** What a match is about besides its flights, in a planner's words; the figures are in its score. */
    private static List<String> context(PlanJustification justification) {
        List<String> context = new ArrayList<>();
        if (justification instanceof ClearanceDailyCapJustification cap) {
            context.add("clearance " + cap.clearance().getId() + " on " + Wording.day(cap.utcDay()) + ": "
                    + Wording.count(cap.flightCount(), "flight", "flights") + ", cap " + cap.clearance().getMaxFlightsPerDay());
        } else if (justification instanceof DeparturesPerDayJustification departures) {
            context.add(departures.origin().getCode() + " on " + Wording.day(departures.utcDay()) + ": "
                    + departures.departures() + " departures, at most "
                    + departures.origin().getMaxDeparturesPerDay());
        } else if (justification instanceof ItineraryJustification itinerary) {
            context.add("aircraft " + itinerary.aircraft().getId());
            for (PositioningLeg leg : itinerary.breaches().legs()) {
                context.add("leg " + leg.from().getCode() + "-" + leg.to().getCode() + " into " + leg.next().getId()
                        + (leg.previous() == null ? " from base" : " after " + leg.previous().getId()));
            }
        } else if (justification instanceof ParkingJustification parking) {
            context.add("at " + parking.airfield().getCode());
            context.add("over its parking spots from " + parking.breach().crowdedUses().stream()
                    .map(use -> Wording.time(use.flight().getWindow(), use.fromMinute()))
                    .collect(Collectors.joining(", ")));
        }
        for (Load load : justification.loads()) {
            if (load.getFlight() == null) {
                context.add(load.getId() + " on no flight (" + load.getLane().getId() + ")");
            }
        }
        return context;
    }

    /** The loads the match names; when it names none, the loads of its flights. */
    private List<String> loadIds(List<Load> loads, Set<Flight> flights) {
        if (!loads.isEmpty()) {
            return loads.stream().map(Load::getId).distinct().toList();
        }
        List<String> ids = new ArrayList<>();
        for (Flight flight : flights) {
            Manifest manifest = manifests.get(flight);
            if (manifest != null) {
                manifest.cargo().stream().map(CargoItem::getId).forEach(ids::add);
                manifest.personnel().stream().map(PersonnelGroup::getId).forEach(ids::add);
            }
        }
        return ids;
    }
}
