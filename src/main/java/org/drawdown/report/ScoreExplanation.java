package org.drawdown.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.DefaultConstraintJustification;

import org.drawdown.domain.Aircraft;
import org.drawdown.domain.Airfield;
import org.drawdown.domain.CargoItem;
import org.drawdown.domain.Clearance;
import org.drawdown.domain.Flight;
import org.drawdown.domain.Load;
import org.drawdown.domain.Manifest;
import org.drawdown.domain.ParkingUse;
import org.drawdown.domain.PersonnelGroup;
import org.drawdown.domain.PositioningLeg;
import org.drawdown.solver.ItineraryBreaches;
import org.drawdown.solver.ParkingBreach;
import org.drawdown.solver.PlanConstraint;

/**
 * Timefold's score analysis in a planner's words: each constraint's total and match count, and its worst matches,
 * each naming the flights and loads it is about. Everything comes from the analysis' justifications (the facts of
 * each match) and the model; no rule is evaluated here.
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
                    .map(match -> explanation.describe(constraint, match))
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

    private Match describe(PlanConstraint constraint, MatchAnalysis<HardMediumSoftLongScore> match) {
        List<Object> facts = ((DefaultConstraintJustification) match.justification()).getFacts();
        Facts named = new Facts();
        switch (constraint) {
            case CLEARANCE_DAILY_CAP -> {
                Clearance clearance = (Clearance) facts.get(0);
                int day = (Integer) facts.get(1);
                named.context.add("clearance " + clearance.getId() + " on " + Wording.day(day) + ": "
                        + Wording.count((Integer) facts.get(2), "flight", "flights")
                        + ", cap " + clearance.getMaxFlightsPerDay());
                manifests.keySet().stream()
                        .filter(flight -> flight.getClearanceUses().stream()
                                .anyMatch(use -> use.clearance().getId().equals(clearance.getId())
                                        && use.utcDay() == day))
                        .forEach(named.flights::add);
            }
            case DEPARTURES_PER_DAY -> {
                Airfield airfield = (Airfield) facts.get(0);
                int day = (Integer) facts.get(1);
                named.context.add(airfield.getCode() + " on " + Wording.day(day) + ": " + facts.get(2)
                        + " departures, at most " + airfield.getMaxDeparturesPerDay());
                manifests.keySet().stream()
                        .filter(flight -> flight.getOrigin().getCode().equals(airfield.getCode())
                                && flight.getDepartureDay() == day)
                        .forEach(named.flights::add);
            }
            default -> facts.forEach(named::add);
        }
        return new Match(match.score(), String.join("; ", named.context),
                named.flights.stream().map(Flight::getId).toList(),
                named.flights.stream().map(Wording::flight).toList(), named.loadIds());
    }

    /** What the facts of one match name. */
    private final class Facts {
        final List<String> context = new ArrayList<>();
        final Set<Flight> flights = new LinkedHashSet<>();
        final Set<Load> loads = new LinkedHashSet<>();

        void add(Object fact) {
            if (fact instanceof Flight flight) {
                flights.add(flight);
            } else if (fact instanceof Load load) {
                loads.add(load);
                if (load.getFlight() == null) {
                    context.add(load.getId() + " on no flight (" + load.getLane().getId() + ")");
                } else {
                    flights.add(load.getFlight());
                }
            } else if (fact instanceof Aircraft aircraft) {
                context.add("aircraft " + aircraft.getId());
            } else if (fact instanceof Airfield airfield) {
                context.add("at " + airfield.getCode());
            } else if (fact instanceof ItineraryBreaches breaches) {
                for (PositioningLeg leg : breaches.legs()) {
                    context.add("leg " + leg.from().getCode() + "-" + leg.to().getCode() + " into "
                            + leg.next().getId() + (leg.previous() == null ? " from base"
                                    : " after " + leg.previous().getId()));
                    if (leg.previous() != null) {
                        flights.add(leg.previous());
                    }
                    flights.add(leg.next());
                }
            } else if (fact instanceof ParkingBreach breach) {
                List<String> moments = new ArrayList<>();
                for (ParkingUse use : breach.crowdedUses()) {
                    moments.add(Wording.time(use.flight().getWindow(), use.fromMinute()));
                    flights.add(use.flight());
                }
                context.add("over its parking spots from " + String.join(", ", moments));
            }
            // Figures (load totals, counts) are in the match's score; they name nothing.
        }

        /** The loads the match names; when it names none, the loads of its flights. */
        List<String> loadIds() {
            if (!loads.isEmpty()) {
                return loads.stream().map(Load::getId).toList();
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
}
