package org.drawdown.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.drawdown.domain.Flight;
import org.drawdown.domain.Load;
import org.drawdown.domain.PlanningWindow;
import org.drawdown.solver.PlanConstraint;

/**
 * An older plan of the same scenario beside the current one (after replanning, the plan in force and its
 * replacement): their figures side by side, the flights only one of them flies, and the loads that changed
 * flight. A flight is the same in both when its aircraft, lane and departure are; loads are matched by id.
 */
public record PlanComparison(String before, String after, List<Figure> figures, List<FlightChange> flightsDropped,
        List<FlightChange> flightsAdded, int flightsKept, List<LoadChange> loadsChanged) {

    /** One figure of both plans, and how it changed ("" when it did not); a detail breaks down the one above. */
    public record Figure(String label, String before, String after, String change, boolean detail) {
    }

    public record FlightChange(String flight, String loads) {
    }

    /** A load whose flight differs, with where it flew in each plan ("not moved" when nowhere). */
    public record LoadChange(String load, String before, String after) {
    }

    static PlanComparison of(AnalyzedPlan before, AnalyzedPlan after) {
        PlanFigures old = PlanFigures.of(before.plan(), before.analysis());
        PlanFigures now = PlanFigures.of(after.plan(), after.analysis());
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("Feasible", old.feasible() ? "yes" : "no", now.feasible() ? "yes" : "no", "", false));
        figures.add(new Figure("Score", old.score().toString(), now.score().toString(), "", false));
        figures.add(money("Total cost", old.totalCostUsd(), now.totalCostUsd(), false));
        Set<PlanConstraint> terms = new LinkedHashSet<>();
        old.costs().forEach(term -> terms.add(term.constraint()));
        now.costs().forEach(term -> terms.add(term.constraint()));
        for (PlanConstraint term : PlanConstraint.values()) {
            if (terms.contains(term)) {
                figures.add(money(term.id(), costOf(old, term), costOf(now, term), true));
            }
        }
        figures.add(number("Flights", old.flights(), now.flights(), false));
        Set<String> types = new LinkedHashSet<>(old.flightsByType().keySet());
        types.addAll(now.flightsByType().keySet());
        for (String type : types) {
            figures.add(number(type, old.flightsByType().getOrDefault(type, 0),
                    now.flightsByType().getOrDefault(type, 0), true));
        }
        PlanningWindow window = after.plan().getWindow();
        for (PlanFigures.OriginFigures origin : now.origins()) {
            String code = origin.airfield().getCode();
            PlanFigures.OriginFigures was = old.origins().stream()
                    .filter(candidate -> candidate.airfield().getCode().equals(code)).findFirst().orElse(null);
            Integer wasLast = was == null ? null : was.lastDepartureMinute();
            Integer isLast = origin.lastDepartureMinute();
            figures.add(new Figure("Last departure " + code, lastDeparture(window, wasLast),
                    lastDeparture(window, isLast), wasLast == null || isLast == null || wasLast.equals(isLast) ? ""
                            : (isLast > wasLast ? "+" : "-") + PlanSummary.duration(Math.abs(isLast - wasLast)),
                    false));
        }
        figures.add(number("Optional items left behind", old.leftBehindItems(), now.leftBehindItems(), false));
        figures.add(number("Mandatory items not moved", old.mandatoryItemsNotMoved(), now.mandatoryItemsNotMoved(),
                false));
        figures.add(number("People not moved", old.peopleNotMoved(), now.peopleNotMoved(), false));

        Map<String, Flight> beforeFlights = byKey(before);
        Map<String, Flight> afterFlights = byKey(after);
        List<FlightChange> dropped = changes(before, beforeFlights, afterFlights);
        List<FlightChange> added = changes(after, afterFlights, beforeFlights);
        int kept = (int) afterFlights.keySet().stream().filter(beforeFlights::containsKey).count();
        return new PlanComparison(before.fileName(), after.fileName(), figures, dropped, added, kept,
                loadChanges(before, after));
    }

    private static long costOf(PlanFigures figures, PlanConstraint term) {
        return figures.costs().stream().filter(cost -> cost.constraint() == term)
                .mapToLong(PlanFigures.CostTerm::usd).sum();
    }

    private static Figure money(String label, long before, long after, boolean detail) {
        return new Figure(label, Wording.usd(before), Wording.usd(after), before == after ? ""
                : (after > before ? "+" : "-") + Wording.usd(Math.abs(after - before)), detail);
    }

    private static Figure number(String label, long before, long after, boolean detail) {
        return new Figure(label, Wording.count(before), Wording.count(after), before == after ? ""
                : String.format(Locale.ROOT, "%+,d", after - before), detail);
    }

    private static String lastDeparture(PlanningWindow window, Integer minute) {
        return minute == null ? "none" : Wording.time(window, minute);
    }

    /** Aircraft, lane and departure: what makes two plans' flights the same flight. */
    private static String key(Flight flight) {
        return flight.getAircraft().getId() + " " + flight.getOrigin().getCode() + "-"
                + flight.getDestination().getCode() + " " + flight.getDepartureMinute();
    }

    private static Map<String, Flight> byKey(AnalyzedPlan plan) {
        Map<String, Flight> flights = new LinkedHashMap<>();
        plan.manifests().keySet().forEach(flight -> flights.put(key(flight), flight));
        return flights;
    }

    private static List<FlightChange> changes(AnalyzedPlan plan, Map<String, Flight> these,
            Map<String, Flight> others) {
        List<FlightChange> changes = new ArrayList<>();
        these.forEach((key, flight) -> {
            if (!others.containsKey(key)) {
                List<String> loads = new ArrayList<>();
                plan.manifests().get(flight).cargo().forEach(item -> loads.add(item.getId()));
                plan.manifests().get(flight).personnel().forEach(group -> loads.add(group.getId()));
                changes.add(new FlightChange(Wording.flight(flight), String.join(", ", loads)));
            }
        });
        return changes;
    }

    private static List<LoadChange> loadChanges(AnalyzedPlan before, AnalyzedPlan after) {
        Map<String, Load> beforeLoads = loadsById(before);
        List<LoadChange> changes = new ArrayList<>();
        for (Load load : loadsById(after).values()) {
            Load was = beforeLoads.get(load.getId());
            String wasWhere = was == null ? "not in that plan" : where(was);
            String isWhere = where(load);
            boolean sameFlight = was != null && (was.getFlight() == null ? load.getFlight() == null
                    : load.getFlight() != null && key(was.getFlight()).equals(key(load.getFlight())));
            if (!sameFlight) {
                changes.add(new LoadChange(load.getId(), wasWhere, isWhere));
            }
        }
        return changes;
    }

    private static Map<String, Load> loadsById(AnalyzedPlan plan) {
        Map<String, Load> loads = new LinkedHashMap<>();
        plan.plan().getCargo().forEach(item -> loads.put(item.getId(), item));
        plan.plan().getPersonnel().forEach(group -> loads.put(group.getId(), group));
        return loads;
    }

    private static String where(Load load) {
        return load.getFlight() == null ? PlanCsv.status(load) : Wording.flight(load.getFlight());
    }
}
