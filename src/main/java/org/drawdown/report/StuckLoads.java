package org.drawdown.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

import org.drawdown.domain.Aircraft;
import org.drawdown.domain.AircraftType;
import org.drawdown.domain.DrawdownPlan;
import org.drawdown.domain.Flight;
import org.drawdown.domain.Lane;
import org.drawdown.domain.Load;
import org.drawdown.domain.LoadTotals;
import org.drawdown.domain.PlanningWindow;
import org.drawdown.domain.PositioningLeg;
import org.drawdown.score.LoneFlightRule;
import org.drawdown.score.PlanConstraint;

/**
 * Why mandatory loads that no flight carries are stuck. Each such load is put alone on a probe flight of its lane,
 * for every aircraft of the scenario and every departure slot from the lane's first (the start, or a replan's now)
 * to the deadline, and the rules a flight breaks on its own ({@link LoneFlightRule}) are asked of each probe, with
 * its positioning leg from base and the daily caps (departures, clearance flights) counting the plan's flights too.
 * A rule that rules out every probe blocks the load by itself; when none does, the rules block it together; when
 * some probe breaks none, the load could fly and what keeps it on the ground is the rest of the plan (ramp,
 * turnarounds) or the search.
 * The probes that break one rule alone are kept as near misses: what a single change to the scenario could open.
 */
public final class StuckLoads {

    /** A rule a lone flight can break, with its breach in the rule's unit (zero when kept). */
    private record ProbeRule(PlanConstraint constraint, ToLongFunction<Probe> breach) {
    }

    /**
     * One aircraft at one departure, carrying one load and nothing else, beside the plan's flown flights: what they
     * leave of the daily caps.
     *
     * @param departuresOver how far a departure more takes its origin's day over the maximum (rule 15)
     * @param clearancesFull the clearances it needs whose cap the plan's flights already reach that day (rule 8)
     */
    private record Probe(Flight flight, LoadTotals totals, PositioningLeg fromBase, long departuresOver,
            long clearancesFull) {
    }

    /** The rules a lone flight breaks, and those a probe breaks beside the plan, in the constraints' order. */
    private static final List<ProbeRule> RULES = Stream.concat(
            Arrays.stream(LoneFlightRule.values()).map(rule -> new ProbeRule(rule.constraint(),
                    probe -> rule.breach(probe.totals(), probe.flight()))),
            Stream.of(new ProbeRule(PlanConstraint.CLEARANCE_DAILY_CAP, Probe::clearancesFull),
                    new ProbeRule(PlanConstraint.POSITIONING_RANGE, probe -> probe.fromBase().getRangeOverNm()),
                    new ProbeRule(PlanConstraint.AIRCRAFT_TURNAROUND, probe -> probe.fromBase().getMinutesShort()),
                    new ProbeRule(PlanConstraint.POSITIONING_ROUTE, probe -> probe.fromBase().lacksRoute() ? 1 : 0),
                    new ProbeRule(PlanConstraint.DEPARTURES_PER_DAY, Probe::departuresOver)))
            .sorted(Comparator.comparing(ProbeRule::constraint))
            .toList();

    /**
     * A rule and the probes it rules out, with the one that comes closest to keeping it.
     *
     * @param closest the aircraft and departure of the smallest breach, e.g. "C17-01 departing 2024-06-01 23:00Z"
     */
    public record Blocker(PlanConstraint constraint, long probesRuledOut, long closestBreach, String closest) {

        public String describe(long probes) {
            String reach = probesRuledOut == probes ? "rules out every aircraft and departure"
                    : String.format(Locale.ROOT, "rules out %,d of %,d aircraft and departures", probesRuledOut,
                            probes);
            return String.format(Locale.ROOT, "rule %d %s %s; closest: %s, %s", constraint.rule(),
                    constraint.id(), reach, closest, constraint.amount(closestBreach));
        }
    }

    /**
     * A probe that breaks one rule and keeps every other: the load could fly on it if that rule gave way. The
     * probe flight has its aircraft and departure slot set.
     */
    public record NearMiss(PlanConstraint constraint, Flight probe) {
    }

    /**
     * Stuck loads of one lane that the same rules hold back.
     *
     * @param verdict what holds them: one rule alone, rules together, or nothing on a flight of their own
     * @param reasons one line per blocking rule
     * @param nearMisses the probes that break one rule alone, one per rule, aircraft type and departure
     * @param couldFlyOn a probe that breaks no rule, or null when every probe breaks one
     */
    public record Diagnosis(String lane, List<String> loads, String verdict, List<String> reasons,
            List<NearMiss> nearMisses, Flight couldFlyOn) {
    }

    /** The probe's findings for loads alike in everything the probe rules look at. */
    private record Finding(String verdict, List<String> reasons, List<NearMiss> nearMisses, Flight couldFlyOn) {
    }

    /** Near misses that any aircraft of a type would make alike: one is kept. */
    private record NearMissKey(PlanConstraint constraint, AircraftType type, int slot) {
    }

    /** What the probe rules see of a load: loads alike in all of it share one finding. */
    private record LoadShape(Lane lane, LoadTotals totals) {
    }

    /** Stuck loads of one lane that the same rules hold back are reported together. */
    private record Group(String lane, String verdict, List<String> reasons) {
    }

    /** A daily cap's count: an airfield's departures or a clearance's flights on one UTC day. */
    private record DayCount(Object capped, int utcDay) {
    }

    private final DrawdownPlan plan;
    private final PlanningWindow window;
    /** What the plan's flown flights, history included, use of each daily cap. */
    private final Map<DayCount, Integer> used = new HashMap<>();

    private StuckLoads(DrawdownPlan plan) {
        this.plan = plan;
        this.window = plan.getWindow();
        for (Flight flight : plan.manifests().keySet()) {
            used.merge(new DayCount(flight.getOrigin(), flight.getDepartureDay()), 1, Integer::sum);
            flight.getClearanceUses()
                    .forEach(use -> used.merge(new DayCount(use.clearance(), use.utcDay()), 1, Integer::sum));
        }
    }

    /** What the diagnoses are about, as a heading for them. */
    public static String heading(DrawdownPlan plan) {
        return "Mandatory loads not moved, each tried alone on every aircraft (coming from its base) and every"
                + " departure up to the deadline " + Wording.time(plan.getWindow(), plan.getWindow().deadlineMinute());
    }

    /** The mandatory loads no flight carries, grouped by lane and finding, in scenario order. */
    public static List<Diagnosis> diagnose(DrawdownPlan plan) {
        return new StuckLoads(plan).diagnoseAll();
    }

    private List<Diagnosis> diagnoseAll() {
        List<Load> stuck = new ArrayList<>();
        plan.getCargo().stream().filter(item -> item.getFlight() == null && item.isMandatory()).forEach(stuck::add);
        plan.getPersonnel().stream().filter(group -> group.getFlight() == null).forEach(stuck::add);
        Map<LoadShape, Finding> findings = new HashMap<>();
        Map<Group, List<String>> grouped = new LinkedHashMap<>();
        // A group's near misses are its first load's: loads the same rules hold back alike differ in little else.
        Map<Group, Finding> firstFinding = new HashMap<>();
        for (Load load : stuck) {
            LoadShape shape = new LoadShape(load.getLane(), LoadTotals.NONE.plus(load));
            Finding finding = findings.computeIfAbsent(shape, this::probe);
            Group group = new Group(load.getLane().getId(), finding.verdict(), finding.reasons());
            firstFinding.putIfAbsent(group, finding);
            grouped.computeIfAbsent(group, key -> new ArrayList<>()).add(load.getId());
        }
        List<Diagnosis> diagnoses = new ArrayList<>();
        grouped.forEach((group, loads) -> diagnoses.add(new Diagnosis(group.lane(), loads, group.verdict(),
                group.reasons(), firstFinding.get(group).nearMisses(), firstFinding.get(group).couldFlyOn())));
        return diagnoses;
    }

    private Finding probe(LoadShape shape) {
        int lastSlot = window.lastSlotAtOrBefore(window.deadlineMinute());
        long[] ruledOut = new long[RULES.size()];
        long[] closestBreach = new long[RULES.size()];
        String[] closest = new String[RULES.size()];
        long probes = 0;
        Flight open = null;
        Map<NearMissKey, NearMiss> nearMisses = new LinkedHashMap<>();
        for (Aircraft aircraft : plan.getAircraft()) {
            for (int slot = shape.lane().getSlotRange().get(0); slot <= lastSlot; slot++) {
                Flight flight = new Flight("probe", -1, shape.lane(), window);
                flight.setAircraft(aircraft);
                flight.setDepartureSlot(slot);
                Probe probe = new Probe(flight, shape.totals(), PositioningLeg.fromBase(flight),
                        departuresOver(flight), clearancesFull(flight));
                probes++;
                int broken = 0;
                PlanConstraint lastBroken = null;
                for (int i = 0; i < RULES.size(); i++) {
                    long breach = RULES.get(i).breach().applyAsLong(probe);
                    if (breach > 0) {
                        broken++;
                        lastBroken = RULES.get(i).constraint();
                        ruledOut[i]++;
                        if (closest[i] == null || breach < closestBreach[i]) {
                            closestBreach[i] = breach;
                            closest[i] = departing(flight);
                        }
                    }
                }
                if (broken == 0 && open == null) {
                    open = flight;
                }
                if (broken == 1) {
                    nearMisses.putIfAbsent(new NearMissKey(lastBroken, aircraft.getType(), slot),
                            new NearMiss(lastBroken, flight));
                }
            }
        }
        if (open != null) {
            return new Finding("could fly alone, e.g. on " + departing(open)
                    + "; other flights (ramp, turnarounds) or the search keep it on the ground", List.of(), List.of(),
                    open);
        }
        List<Blocker> blockers = new ArrayList<>();
        for (int i = 0; i < RULES.size(); i++) {
            if (ruledOut[i] > 0) {
                blockers.add(new Blocker(RULES.get(i).constraint(), ruledOut[i], closestBreach[i], closest[i]));
            }
        }
        long all = probes;
        List<Blocker> alone = blockers.stream().filter(blocker -> blocker.probesRuledOut() == all).toList();
        List<Blocker> shown = alone.isEmpty()
                ? blockers.stream().sorted(Comparator.comparingLong(Blocker::probesRuledOut).reversed()).toList()
                : alone;
        String verdict = alone.isEmpty() ? "blocked by these rules together"
                : alone.size() == 1 ? "blocked by one rule alone" : "blocked by each of these rules alone";
        return new Finding(verdict, shown.stream().map(blocker -> blocker.describe(all)).toList(),
                List.copyOf(nearMisses.values()), null);
    }

    private long departuresOver(Flight flight) {
        int departures = used.getOrDefault(new DayCount(flight.getOrigin(), flight.getDepartureDay()), 0) + 1;
        return Math.max(0, departures - flight.getOrigin().getMaxDeparturesPerDay());
    }

    private long clearancesFull(Flight flight) {
        return flight.getClearanceUses().stream()
                .filter(use -> used.getOrDefault(new DayCount(use.clearance(), use.utcDay()), 0)
                        >= use.clearance().getMaxFlightsPerDay())
                .count();
    }

    private String departing(Flight flight) {
        return flight.getAircraft().getId() + " departing " + Wording.time(window, flight.getDepartureMinute());
    }
}
