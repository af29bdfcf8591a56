package org.drawdown.solver;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.DefaultConstraintJustification;
import ai.timefold.solver.core.config.solver.SolverConfig;

import org.drawdown.domain.Aircraft;
import org.drawdown.domain.Airfield;
import org.drawdown.domain.Clearance;
import org.drawdown.domain.DrawdownPlan;
import org.drawdown.domain.Flight;
import org.drawdown.domain.Lane;
import org.drawdown.domain.Load;
import org.drawdown.domain.Manifest;
import org.drawdown.domain.PlanningWindow;
import org.drawdown.domain.PriorAssignment;
import org.drawdown.io.InputException;
import org.drawdown.io.PlanJson;
import org.drawdown.io.ScenarioJson;

/**
 * Replanning (docs/contract.md): the scenario as it stands now, the plan in force and the time
 * now. Flights of the plan in force that departed before now are history: pinned with their loads, outside every
 * pool. Its other flights are where the search starts, wherever they still fit the scenario (aircraft, lane, slot
 * window); their loads remember where they flew, so that a change costs {@code changeCostUsd}.
 * <p>
 * The search weighs a change at least {@link #LEAST_CHANGE_WEIGHT_USD}; {@link #rescore} then gives the solved plan
 * its score under the scenario's own {@code changeCostUsd}, which is what the plan file states.
 */
public final class Replanner {

    /** The problem, and whether the scenario has loads the plan in force does not mention at all. */
    public record Replan(DrawdownPlan problem, boolean newLoads) {
    }

    private final Path planFile;
    private final ScenarioJson scenario;
    private final PlanJson inForce;
    private final int nowMinute;
    private final List<String> notes = new ArrayList<>();

    public Replanner(Path planFile, ScenarioJson scenario, PlanJson inForce, int nowMinute) {
        this.planFile = planFile;
        this.scenario = scenario;
        this.inForce = inForce;
        this.nowMinute = nowMinute;
    }

    /**
     * The least weight the search gives a changed load. With {@code changeCostUsd} 0 every plan of equal cost is as
     * good, and local search, which accepts moves of equal score, would wander off the plan in force for nothing;
     * a dollar a load makes keeping it the tie-break, against flight costs of hundreds of thousands.
     */
    static final long LEAST_CHANGE_WEIGHT_USD = 1;

    /** One search of the replan, run by the caller (the command line shows its progress and handles Ctrl-C). */
    public interface Search {
        DrawdownPlan solve(DrawdownPlan problem, SolverConfig config);
    }

    /**
     * Replans. By default it repairs: when nothing the scenario changed breaks the plan in force and nothing is new,
     * the plan stands. Otherwise every flight that no broken rule involves is held still with its loads; of the
     * other future flights, each load stays where the rules still allow it ({@link PlanInForceRepair}); the
     * construction places what is left; and a search that stops early once feasible and settled improves the rest.
     * Only if that start is infeasible is everything after now released and constructed afresh, and the better
     * start searched with nothing held. With {@code reoptimize}, the start is the same repair with nothing held, and
     * the search changes anything after now, every changed load costing {@code changeCostUsd}. The starts are
     * built to the end whatever the limits, and the search never makes the best plan worse, so a feasible start
     * means a feasible result on any machine. The result is scored with the scenario's own change cost.
     */
    public DrawdownPlan solve(Replan replan, SolverConfig base, SolverSettings.RunLimits limits, boolean reoptimize,
            Search search, BooleanSupplier stopped) {
        DrawdownPlan problem = replan.problem();
        PlanSolver analyst = new PlanSolver(limits.applyTo(base));
        SolverConfig construction = limits.applyRandomnessTo(SolverSettings.replanConstruction(base));
        SolverConfig localSearch = SolverSettings.searchOnly(base);
        if (reoptimize) {
            DrawdownPlan start = search.solve(problem, construction);
            return rescore(searchFrom(start, limits.applyTo(localSearch), search, stopped), analyst);
        }
        ScoreAnalysis<HardMediumSoftLongScore> analysis = analyst.analyze(problem);
        if (isFeasible(analysis.score()) && !replan.newLoads()) {
            notes.add("nothing the scenario changed breaks the plan in force, and nothing is new: it stands");
            return rescore(problem, analyst);
        }
        int held = holdStillWhatStillWorks(problem, analysis);
        notes.add("held " + held + (held == 1 ? " flight" : " flights")
                + " of the plan in force still while repairing the rest");
        DrawdownPlan start = search.solve(problem, construction);
        if (!isFeasible(start.getScore()) && held > 0 && !stopped.getAsBoolean()) {
            notes.add("the flights held still left no feasible repair, so everything after now was planned again");
            releaseEverythingAfterNow(problem);
            DrawdownPlan afresh = search.solve(problem, construction);
            release(start);
            start = afresh.getScore().compareTo(start.getScore()) >= 0 ? afresh : start;
        }
        return rescore(searchFrom(start, limits.applyUntilSettled(localSearch), search, stopped), analyst);
    }

    /** The search from a constructed start; none when the configuration has no local search or a stop came. */
    private static DrawdownPlan searchFrom(DrawdownPlan start, SolverConfig config, Search search,
            BooleanSupplier stopped) {
        if (config.getPhaseConfigList().isEmpty() || stopped.getAsBoolean()) {
            return start;
        }
        return search.solve(start, config);
    }

    /** Nothing held still any more; history stays pinned as history. */
    private static void release(DrawdownPlan plan) {
        plan.getFlights().forEach(flight -> flight.setFrozen(false));
        plan.getCargo().forEach(item -> item.setFrozen(false));
        plan.getPersonnel().forEach(group -> group.setFrozen(false));
    }

    /** Every load after now off its flight and every pool flight without aircraft and departure, nothing held. */
    private static void releaseEverythingAfterNow(DrawdownPlan plan) {
        release(plan);
        for (Flight flight : plan.getFlights()) {
            if (!flight.isHistory()) {
                flight.setAircraft(null);
                flight.setDepartureSlot(null);
            }
        }
        Stream.concat(plan.getCargo().stream(), plan.getPersonnel().stream())
                .filter(load -> !load.isHistory())
                .forEach(load -> load.setFlight(null));
    }

    private DrawdownPlan rescore(DrawdownPlan plan, PlanSolver analyst) {
        ProblemFactory.weighChanges(plan, scenario.changeCostUsd());
        analyst.rescore(plan);
        return plan;
    }

    private static boolean isFeasible(HardMediumSoftLongScore score) {
        return score.hardScore() >= 0 && score.mediumScore() >= 0;
    }

    /**
     * Freezes every flown flight of the plan in force that no broken rule involves, with its loads (a load that
     * breaks a rule itself stays free). Returns how many flights are held.
     */
    private static int holdStillWhatStillWorks(DrawdownPlan problem,
            ScoreAnalysis<HardMediumSoftLongScore> analysis) {
        Set<Object> broken = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Flight> flown = List.copyOf(problem.manifests().keySet());
        for (ConstraintAnalysis<HardMediumSoftLongScore> constraint : analysis.constraintAnalyses()) {
            HardMediumSoftLongScore score = constraint.score();
            if (score.hardScore() < 0 || score.mediumScore() < 0) {
                for (MatchAnalysis<HardMediumSoftLongScore> match : constraint.matches()) {
                    if (match.justification() instanceof DefaultConstraintJustification justification) {
                        broken.addAll(involved(justification.getFacts(), flown));
                    }
                }
            }
        }
        int held = 0;
        for (Map.Entry<Flight, Manifest> entry : problem.manifests().entrySet()) {
            Flight flight = entry.getKey();
            if (flight.isHistory() || broken.contains(flight)) {
                continue;
            }
            flight.setFrozen(true);
            held++;
            Stream.concat(entry.getValue().cargo().stream(), entry.getValue().personnel().stream())
                    .filter(load -> !broken.contains(load))
                    .forEach(load -> load.setFrozen(true));
        }
        return held;
    }

    /** The flights and loads a broken match involves, whatever the shape of its justification. */
    private static List<Object> involved(List<Object> facts, List<Flight> flown) {
        List<Object> involved = new ArrayList<>();
        for (Object fact : facts) {
            if (fact instanceof Flight || fact instanceof Load) {
                involved.add(fact);
            } else if (fact instanceof ItineraryBreaches breaches) {
                breaches.legs().forEach(leg -> {
                    involved.add(leg.next());
                    if (leg.previous() != null) {
                        involved.add(leg.previous());
                    }
                });
            } else if (fact instanceof ParkingBreach breach) {
                breach.crowdedUses().forEach(use -> involved.add(use.flight()));
            }
        }
        // Daily caps are justified by what is capped and the day: every flight counted there is involved.
        if (facts.size() >= 2 && facts.get(1) instanceof Integer day) {
            if (facts.get(0) instanceof Airfield origin) {
                flown.stream().filter(f -> f.getOrigin() == origin && f.getDepartureDay() == day)
                        .forEach(involved::add);
            } else if (facts.get(0) instanceof Clearance clearance) {
                flown.stream().filter(f -> f.getClearanceUses().stream()
                        .anyMatch(use -> use.clearance() == clearance && use.utcDay() == day))
                        .forEach(involved::add);
            }
        }
        return involved;
    }

    /** What the replan did that the user should know of, in the order it happened. */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    public Replan replan() throws InputException {
        ProblemFactory.Builder builder = ProblemFactory.builder(scenario, nowMinute);
        PlanningWindow window = builder.window();
        List<Flight> history = new ArrayList<>();
        List<PlanJson.FlightJson> future = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (PlanJson.FlightJson entry : inForce.flights()) {
            if (!ids.add(entry.id())) {
                // The new plan keeps the plan in force's ids: they must name one flight each.
                throw new InputException(planFile, "flights \"" + entry.id() + "\"", "another flight has this id too;"
                        + " flight ids must be unique");
            }
            if (window.minuteOf(entry.departure()) < nowMinute) {
                history.add(historyFlight(builder, entry));
            } else {
                future.add(entry);
            }
        }
        DrawdownPlan problem = builder.build(history);
        ProblemFactory.weighChanges(problem, Math.max(scenario.changeCostUsd(), LEAST_CHANGE_WEIGHT_USD));
        Map<Lane, Integer> usedPerLane = new HashMap<>();
        for (PlanJson.FlightJson entry : future) {
            startFrom(builder, problem, usedPerLane, entry);
        }
        return new Replan(problem, hasNewLoads());
    }

    private boolean hasNewLoads() {
        Set<String> mentioned = new HashSet<>(inForce.leftBehind());
        mentioned.addAll(inForce.unassigned());
        inForce.flights().forEach(flight -> {
            mentioned.addAll(flight.cargo());
            mentioned.addAll(flight.personnel());
        });
        return !mentioned.containsAll(scenario.cargo().stream().map(ScenarioJson.CargoJson::id).toList())
                || !mentioned.containsAll(scenario.personnel().stream().map(ScenarioJson.PersonnelJson::id).toList());
    }

    /** A flight that flew: it must still be expressible in the scenario, since it stays in the plan as it was. */
    private Flight historyFlight(ProblemFactory.Builder builder, PlanJson.FlightJson entry) throws InputException {
        String where = "flights \"" + entry.id() + "\"";
        if (builder.aircraft(entry.aircraft()) == null) {
            throw new InputException(planFile, where, "flew before now on aircraft \"" + entry.aircraft()
                    + "\", which the scenario no longer has; keep the aircraft and end its availableTo instead");
        }
        if (builder.airfield(entry.origin()) == null || builder.airfield(entry.destination()) == null
                || !builder.hasRoute(entry.origin(), entry.destination())) {
            throw new InputException(planFile, where, "flew before now on route " + entry.origin() + "-"
                    + entry.destination() + ", which the scenario no longer has");
        }
        Flight flight = builder.fixedFlight(entry.id(), entry.origin(), entry.destination());
        PlanLoader.place(builder, entry, flight);
        flight.setHistory(true);
        for (Load load : loadsOf(builder, entry)) {
            if (load == null) {
                throw new InputException(planFile, where, "carried a load before now that the scenario no longer"
                        + " has; keep every load that has flown in the scenario");
            }
            load.setFlight(flight);
            load.setHistory(true);
        }
        return flight;
    }

    /**
     * Puts a future flight of the plan in force on a pool flight where it still fits, with those of its loads that
     * still travel its lane; every load of it remembers where it flew either way.
     */
    private void startFrom(ProblemFactory.Builder builder, DrawdownPlan problem, Map<Lane, Integer> usedPerLane,
            PlanJson.FlightJson entry) {
        PriorAssignment prior = new PriorAssignment(builder.window().minuteOf(entry.departure()), entry.origin(),
                entry.destination(), entry.aircraft());
        List<Load> loads = new ArrayList<>();
        for (Load load : loadsOf(builder, entry)) {
            if (load != null && load.getFlight() == null) {
                load.setPriorAssignment(prior);
                loads.add(load);
            }
        }
        Aircraft aircraft = builder.aircraft(entry.aircraft());
        if (aircraft == null && builder.hasRoute(entry.origin(), entry.destination())) {
            aircraft = substitute(builder, entry);
        }
        if (aircraft == null || !fits(builder, entry, aircraft)) {
            notes.add("flight " + entry.id() + " no longer fits the scenario; its loads are planned afresh");
            return;
        }
        Flight flight = PlanLoader.poolFlight(builder, problem, usedPerLane, entry);
        PlanLoader.place(builder, entry, flight);
        flight.setAircraft(aircraft);
        for (Load load : loads) {
            if (load.getLane() == flight.getLane()) {
                load.setFlight(flight);
            }
        }
    }

    /**
     * For a flight whose aircraft the scenario no longer has: another aircraft of the same type (the type whose
     * flight time and cost on the lane are what the plan states), else of any type that flies the lane. The repair
     * then moves the flight if that aircraft is busy.
     */
    private Aircraft substitute(ProblemFactory.Builder builder, PlanJson.FlightJson entry) {
        Lane lane = builder.lane(entry.origin(), entry.destination());
        long minutes = Duration.between(entry.departure(), entry.arrival()).toMinutes();
        List<Aircraft> candidates = lane.getCandidateAircraft();
        Aircraft sameType = candidates.stream()
                .filter(a -> lane.flightMinutes(a.getType()) == minutes && lane.costUsd(a.getType()) == entry.costUsd())
                .findFirst().orElse(null);
        Aircraft chosen = sameType != null ? sameType : candidates.isEmpty() ? null : candidates.get(0);
        if (chosen != null) {
            notes.add("flight " + entry.id() + " loses aircraft " + entry.aircraft() + "; it starts on "
                    + chosen.getId());
        }
        return chosen;
    }

    /** Whether a future flight can still be flown as planned: its aircraft flies the lane, its slot is in window. */
    private boolean fits(ProblemFactory.Builder builder, PlanJson.FlightJson entry, Aircraft aircraft) {
        if (builder.airfield(entry.origin()) == null || builder.airfield(entry.destination()) == null
                || !builder.hasRoute(entry.origin(), entry.destination())) {
            return false;
        }
        Lane lane = builder.lane(entry.origin(), entry.destination());
        int minute = builder.window().minuteOf(entry.departure());
        return lane.getCandidateAircraft().contains(aircraft)
                && Math.floorMod(minute, builder.window().slotMinutes()) == 0
                && lane.getSlotRange().contains(minute / builder.window().slotMinutes());
    }

    /** The scenario's loads the entry names, null for each id the scenario no longer has. */
    private List<Load> loadsOf(ProblemFactory.Builder builder, PlanJson.FlightJson entry) {
        List<Load> loads = new ArrayList<>();
        for (String id : entry.cargo()) {
            loads.add(builder.cargoById().get(id));
        }
        for (String id : entry.personnel()) {
            loads.add(builder.personnelById().get(id));
        }
        return loads;
    }
}
