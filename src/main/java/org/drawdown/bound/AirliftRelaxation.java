package org.drawdown.bound;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

import ai.timefold.solver.core.api.domain.valuerange.CountableValueRange;

import org.drawdown.domain.Aircraft;
import org.drawdown.domain.AircraftType;
import org.drawdown.domain.Airfield;
import org.drawdown.domain.CargoItem;
import org.drawdown.domain.Clearance;
import org.drawdown.domain.CountryClearances;
import org.drawdown.domain.DrawdownPlan;
import org.drawdown.domain.Lane;
import org.drawdown.domain.PersonnelGroup;
import org.drawdown.domain.PlannedLoad;
import org.drawdown.domain.PlanningWindow;
import org.drawdown.domain.RouteMap;

/**
 * The linear relaxation of a scenario that docs/lower-bound.md argues: sorties per lane, type and period (a UTC
 * day, or a few on large scenarios), the resources they supply, the loads that use them no earlier than they can
 * leave, and the caps every feasible plan keeps. Every feasible plan (without its history, when replanning) gives
 * a solution of this LP costing no more than the plan, so the LP's minimum is a lower bound on the plan's cost.
 */
final class AirliftRelaxation {

    private static final int MINUTES_PER_DAY = 1440;
    private static final int UNREACHABLE = Integer.MAX_VALUE;
    /** How many periods of a lane get an integer sortie mix (the first with loads always does). */
    private static final int MIXES_PER_LANE = 6;
    /** Sortie variables the LP aims at: beyond them its periods span several periods, so that it stays quick. */
    private static final long SORTIE_VARIABLES = 6000;
    /**
     * Integer sortie mixes solved in all, in the lanes' order, and their CP-SAT work in all and each: counts and work,
     * not a deadline, so that a busy machine gets the same bound. Each takes a few milliseconds (gen-xl's 759, 2.6 s
     * and 0.02 units of work in all); they only tighten, and the LP must stay quick. The seconds guard against a
     * machine far slower than the work suggests.
     */
    private static final int MIXES = 2000;
    private static final double MIX_WORK = 2;
    private static final double MIX_WORK_EACH = 0.25;
    private static final double MIX_SECONDS = 5;
    /**
     * The whole schedules of the lanes ({@link LaneSchedule}) in CP-SAT's deterministic time, which makes the bound the
     * same on every run: in all (about 8 s), and for one lane, enough for most lanes of up to a hundred loads to be
     * solved. The seconds only guard against a machine far slower than the work suggests, or far busier: while a test
     * suite ran beside it, niger-2024's bound took 22 s on two cores. Same work, same bound only
     * for the same model: so no map here iterates in the order of identity hashes, which differ from run to run.
     */
    private static final double SCHEDULE_WORK = 4;
    private static final double SCHEDULE_WORK_EACH = 0.5;
    private static final double SCHEDULE_SECONDS = 60;

    /** The resources that a lane's loads need from its sorties, each covered from the last period back. */
    private enum Need {
        CARGO_POSITIONS, OUTSIZE_POSITIONS, CARGO_KG
    }

    /** Sorties counted in the integer cuts: all of them, those that may carry cargo, those that take outsize. */
    private enum Fleet {
        ALL, MILITARY, OUTSIZE
    }

    /** One lane's variables in one period. */
    private static final class LanePeriod {
        final Map<Need, List<LinearProgram.Term>> supply = new EnumMap<>(Need.class);
        /** Sortie variables per fleet; those of {@link Fleet#ALL} in the order of {@link #types}. */
        final Map<Fleet, List<LinearProgram.Term>> sorties = new EnumMap<>(Fleet.class);
        /** Seats and payload for people supplied by each type's sorties; the people placed in the period, their kg. */
        final List<LinearProgram.Term> people = new ArrayList<>();
        final List<LinearProgram.Term> peopleKg = new ArrayList<>();
        final List<LinearProgram.Term> placed = new ArrayList<>();
        final List<LinearProgram.Term> placedKg = new ArrayList<>();
        final List<AircraftType> types = new ArrayList<>();
        final List<LinearProgram.Term> costs = new ArrayList<>();
        /** The first slot of the period at which the lane can have a departure. */
        final int earliestMinute;

        LanePeriod(int earliestMinute) {
            this.earliestMinute = earliestMinute;
            for (Need need : Need.values()) {
                supply.put(need, new ArrayList<>());
            }
            for (Fleet fleet : Fleet.values()) {
                sorties.put(fleet, new ArrayList<>());
            }
        }
    }

    private final DrawdownPlan problem;
    private final PlanningWindow window;
    private final RouteMap routes;
    private final LinearProgram lp = new LinearProgram();
    /** Sortie variables by origin and period, for rule 15; by country and period, for rule 8's caps. */
    private final Map<Airfield, Map<Integer, List<LinearProgram.Term>>> departures = new LinkedHashMap<>();
    private final Map<String, Map<Integer, List<LinearProgram.Term>>> clearanceUses = new LinkedHashMap<>();
    /** Per type and period, each sortie weighted by the minutes of an aircraft's time it takes at least. */
    private final Map<AircraftType, Map<Integer, List<LinearProgram.Term>>> aircraftMinutes = new LinkedHashMap<>();
    private final List<Airfield> laneOrigins;
    private final int firstMinute;
    /** The UTC day of the first departure, and how many days one period of the LP spans. */
    private final int firstDay;
    private final int periodDays;
    private boolean infeasible;
    private int mixesLeft = MIXES;
    private double mixWorkLeft = MIX_WORK;
    /** Each lane's whole schedule, and the LP's terms for what the lane costs, solved once every lane is built. */
    private record ScheduleCut(LaneSchedule schedule, List<LinearProgram.Term> laneCost, double optionalValue) {
    }

    private final List<ScheduleCut> scheduleCuts = new ArrayList<>();

    private AirliftRelaxation(DrawdownPlan problem) {
        this.problem = problem;
        this.window = problem.getWindow();
        this.routes = problem.getRoutes();
        this.laneOrigins = problem.getLanes().stream().map(Lane::getOrigin).distinct().toList();
        this.firstMinute = problem.getLanes().stream().filter(Lane::isOpen).mapToInt(this::firstDepartureMinute)
                .min().orElse(0);
        this.firstDay = window.utcDay(firstMinute);
        long lanesByTypesByDays = (long) problem.getLanes().size() * problem.getAircraftTypes().size()
                * (window.utcDay(window.deadlineMinute()) - firstDay + 1);
        this.periodDays = (int) Math.max(1, (lanesByTypesByDays + SORTIE_VARIABLES - 1) / SORTIE_VARIABLES);
    }

    /** The LP's proven minimum, or empty when it has none in time or no plan can keep every rule. */
    static Result solve(DrawdownPlan problem, double timeLimitSeconds) {
        AirliftRelaxation relaxation = new AirliftRelaxation(problem);
        relaxation.build();
        if (relaxation.infeasible) {
            return new Result(OptionalDouble.empty(), true, false);
        }
        LinearProgram.Outcome outcome = relaxation.lp.minimumBound(timeLimitSeconds);
        return new Result(outcome.bound(), false, outcome.infeasible());
    }

    /**
     * The bound; whether a mandatory load provably cannot move (found in whole numbers, so certain); whether GLOP
     * found the LP without solution (in floating point, so a strong sign rather than a proof).
     */
    record Result(OptionalDouble boundUsd, boolean noFeasiblePlan, boolean lpInfeasible) {
    }

    private void build() {
        Map<Lane, List<PlannedLoad>> loadsByLane = new LinkedHashMap<>();
        problem.getCargo().stream().filter(load -> !load.isHistory())
                .forEach(item -> loadsByLane.computeIfAbsent(item.getLane(), lane -> new ArrayList<>()).add(item));
        problem.getPersonnel().stream().filter(load -> !load.isHistory())
                .forEach(group -> loadsByLane.computeIfAbsent(group.getLane(), lane -> new ArrayList<>()).add(group));
        Map<Aircraft, int[]> reach = new HashMap<>();
        problem.getAircraft().forEach(aircraft -> reach.put(aircraft, shortestMinutesFromBase(aircraft)));
        for (Map.Entry<Lane, List<PlannedLoad>> entry : loadsByLane.entrySet()) {
            addLane(entry.getKey(), entry.getValue(), reach);
        }
        addDailyCaps();
        addAircraftTime();
        if (!infeasible) {
            addScheduleCuts();
        }
    }

    // ************************************************************************
    // One lane
    // ************************************************************************

    private void addLane(Lane lane, List<PlannedLoad> loads, Map<Aircraft, int[]> reach) {
        boolean carriesPeople = loads.stream().anyMatch(load -> load instanceof PersonnelGroup);
        TreeMap<Integer, LanePeriod> periods = new TreeMap<>();
        if (lane.isOpen()) {
            int first = firstDepartureMinute(lane);
            int last = window.minuteOfSlot(lastSlot(lane));
            for (int period = periodOf(first); period <= periodOf(last); period++) {
                int from = Math.max(first, periodStartMinute(period));
                int to = Math.min(last, periodStartMinute(period + 1) - 1);
                for (AircraftType type : problem.getAircraftTypes()) {
                    if (type.canFly(lane.getDistanceNm()) && (type.isMilitary() || carriesPeople)
                            && canDepart(lane, type, from, to, reach)) {
                        addSortie(lane, type, period, periods.computeIfAbsent(period,
                                d -> new LanePeriod(window.minuteOfSlot(window.firstSlotAtOrAfter(from)))),
                                carriesPeople);
                    }
                }
            }
        }
        addNeeds(lane, loads, periods, reach);
    }

    /** Whether some aircraft of the type can be at the origin, cleared, and back by its end, within the minutes. */
    private boolean canDepart(Lane lane, AircraftType type, int from, int to, Map<Aircraft, int[]> reach) {
        if (type.isMilitary()) {
            for (CountryClearances country : lane.getRequiredClearances()) {
                boolean cleared = problem.getClearances().stream()
                        .anyMatch(clearance -> clearance.getCountry().equals(country.getCountry())
                                && clearance.lists(type)
                                && clearance.getValidFromMinute() <= to && clearance.getValidToMinute() > from);
                if (!cleared) {
                    return false;
                }
            }
        }
        for (Aircraft aircraft : problem.getAircraft()) {
            int minutesThere = reach.get(aircraft)[lane.getOrigin().getIndex()];
            if (aircraft.getType() == type && minutesThere != UNREACHABLE) {
                long earliest = Math.max(from, (long) aircraft.getAvailableFromMinute() + minutesThere
                        + type.getGroundMinutes());
                long latest = Math.min(to, (long) aircraft.getAvailableToMinute() - lane.flightMinutes(type));
                if (earliest <= latest
                        && window.minuteOfSlot(window.firstSlotAtOrAfter((int) earliest)) <= latest) {
                    return true;
                }
            }
        }
        return false;
    }

    /** One type's sorties on the lane in the period, and what they supply: rules 1, 2, 3, 9 and 11 per sortie. */
    private void addSortie(Lane lane, AircraftType type, int period, LanePeriod lanePeriod, boolean carriesPeople) {
        double most = (double) lane.getOrigin().getMaxDeparturesPerDay() * periodDays;
        int sorties = lp.variable(0, most, lane.costUsd(type));
        LinearProgram.Term sortie = term(sorties, 1);
        lanePeriod.types.add(type);
        lanePeriod.costs.add(term(sorties, lane.costUsd(type)));
        lanePeriod.sorties.get(Fleet.ALL).add(sortie);
        departures.computeIfAbsent(lane.getOrigin(), a -> new HashMap<>())
                .computeIfAbsent(period, d -> new ArrayList<>()).add(sortie);
        aircraftMinutes.computeIfAbsent(type, t -> new HashMap<>()).computeIfAbsent(period, d -> new ArrayList<>())
                .add(term(sorties, lane.flightMinutes(type) + 2.0 * type.getGroundMinutes()
                        + minutesToNextOrigin(lane.getDestination(), type)));
        if (type.isMilitary()) {
            lanePeriod.sorties.get(Fleet.MILITARY).add(sortie);
            for (CountryClearances country : lane.getRequiredClearances()) {
                clearanceUses.computeIfAbsent(country.getCountry(), c -> new HashMap<>())
                        .computeIfAbsent(period, d -> new ArrayList<>()).add(sortie);
            }
        }
        List<LinearProgram.Term> positions = new ArrayList<>(List.of(term(sorties, -type.getPalletPositions())));
        List<LinearProgram.Term> payload = new ArrayList<>(List.of(term(sorties, -type.getMaxPayloadKg())));
        if (type.isMilitary()) {
            int cargoPositions = supply(lanePeriod, Need.CARGO_POSITIONS, most * type.getPalletPositions());
            positions.add(term(cargoPositions, 1));
            payload.add(term(supply(lanePeriod, Need.CARGO_KG, most * type.getMaxPayloadKg()), 1));
            if (type.isOutsize()) {
                lanePeriod.sorties.get(Fleet.OUTSIZE).add(sortie);
                int outsize = supply(lanePeriod, Need.OUTSIZE_POSITIONS, most * type.getPalletPositions());
                lp.row(Double.NEGATIVE_INFINITY, 0, List.of(term(outsize, 1), term(cargoPositions, -1)));
            }
        }
        if (carriesPeople && type.getSeats() > 0) {
            int people = lp.variable(0, most * type.getSeats(), 0);
            lanePeriod.people.add(term(people, 1));
            int peopleKg = lp.variable(0, most * type.getMaxPayloadKg(), 0);
            lanePeriod.peopleKg.add(term(peopleKg, 1));
            payload.add(term(peopleKg, 1));
            lp.row(Double.NEGATIVE_INFINITY, 0, List.of(term(people, 1), term(sorties, -type.getSeats())));
            List<LinearProgram.Term> beyondSidewall = new ArrayList<>(List.of(term(people, 1),
                    term(sorties, -type.getSidewallSeats())));
            if (type.getPaxPerPalletPosition() > 0) {
                // Seat pallets: ceil((pax - sidewall) / per pallet) >= (pax - sidewall) / per pallet, per sortie.
                int seatPallets = lp.variable(0, most * type.getPalletPositions(), 0);
                positions.add(term(seatPallets, 1));
                beyondSidewall.add(term(seatPallets, -type.getPaxPerPalletPosition()));
            }
            lp.row(Double.NEGATIVE_INFINITY, 0, beyondSidewall);
        }
        lp.row(Double.NEGATIVE_INFINITY, 0, positions);
        lp.row(Double.NEGATIVE_INFINITY, 0, payload);
    }

    private int supply(LanePeriod lanePeriod, Need need, double most) {
        int variable = lp.variable(0, most, 0);
        lanePeriod.supply.get(need).add(term(variable, 1));
        return variable;
    }

    // ************************************************************************
    // What the lane's loads need
    // ************************************************************************

    /**
     * Each need is covered from the last period back: what leaves in period r or later carries at least what cannot
     * leave before r (for loads that may use any period from their first on, these suffix sums are the whole story).
     * Each personnel group is placed in the periods from its first on, each period's seats and payload holding them.
     */
    private void addNeeds(Lane lane, List<PlannedLoad> loads, TreeMap<Integer, LanePeriod> periods,
            Map<Aircraft, int[]> reach) {
        Map<Integer, double[]> mandatory = new HashMap<>();
        Map<Integer, List<LinearProgram.Term>[]> optional = new HashMap<>();
        Map<Integer, CutNeeds> cutNeeds = new HashMap<>();
        Map<PersonnelGroup, Integer> groupEarliest = new LinkedHashMap<>();
        Map<PersonnelGroup, Integer> groupPeriod = new LinkedHashMap<>();
        Map<CargoItem, Integer> cargoPeriod = new LinkedHashMap<>();
        // What the lane costs in the LP: its sorties, the optional cargo left behind, its groups' waiting.
        List<LinearProgram.Term> laneCost = new ArrayList<>();
        double optionalValue = 0;
        int lastPeriod = periods.isEmpty() ? Integer.MIN_VALUE : periods.lastKey();
        for (PlannedLoad load : loads) {
            int earliest = load instanceof PersonnelGroup group
                    ? earliestDeparture(lane, group, reach)
                    : window.minuteOfSlot(window.firstSlotAtOrAfter(Math.max(load.getReadyMinute(),
                            lane.isOpen() ? firstDepartureMinute(lane) : load.getReadyMinute())));
            int period = periods.isEmpty() ? Integer.MAX_VALUE : Math.max(periodOf(earliest), periods.firstKey());
            if (period > lastPeriod || periods.ceilingKey(period) == null) {
                if (load.isMandatory()) {
                    infeasible = true;
                    return;
                }
                lp.addToObjective(((CargoItem) load).getValueUsd());
                continue;
            }
            period = periods.ceilingKey(period);
            if (load instanceof PersonnelGroup group) {
                groupEarliest.put(group, earliest);
                groupPeriod.put(group, period);
                cutNeeds.computeIfAbsent(period, d -> new CutNeeds()).add(load);
            } else if (load.isMandatory()) {
                cargoPeriod.put((CargoItem) load, period);
                double[] needs = mandatory.computeIfAbsent(period, d -> new double[Need.values().length]);
                cargoNeeds((CargoItem) load, needs, 1);
                cutNeeds.computeIfAbsent(period, d -> new CutNeeds()).add(load);
            } else {
                // Optional: flown for a share y, left behind (at its value) for the rest.
                CargoItem item = (CargoItem) load;
                cargoPeriod.put(item, period);
                int flown = lp.variable(0, 1, -item.getValueUsd());
                lp.addToObjective(item.getValueUsd());
                laneCost.add(term(flown, -item.getValueUsd()));
                optionalValue += item.getValueUsd();
                double[] needs = new double[Need.values().length];
                cargoNeeds(item, needs, 1);
                @SuppressWarnings("unchecked")
                List<LinearProgram.Term>[] terms =
                        optional.computeIfAbsent(period, d -> new List[Need.values().length]);
                for (Need need : Need.values()) {
                    if (needs[need.ordinal()] > 0) {
                        if (terms[need.ordinal()] == null) {
                            terms[need.ordinal()] = new ArrayList<>();
                        }
                        terms[need.ordinal()].add(term(flown, needs[need.ordinal()]));
                    }
                }
            }
        }
        if (periods.isEmpty()) {
            return;
        }
        for (Need need : Need.values()) {
            coverFromTheEnd(periods, need, mandatory, optional);
        }
        addSortieCuts(lane, periods, cutNeeds);
        groupEarliest.forEach((group, earliest) -> laneCost.addAll(
                placeGroup(group, groupPeriod.get(group), earliest, periods)));
        for (LanePeriod lanePeriod : periods.values()) {
            laneCost.addAll(lanePeriod.costs);
            if (!lanePeriod.placed.isEmpty()) {
                hold(lanePeriod.people, lanePeriod.placed);
                hold(lanePeriod.peopleKg, lanePeriod.placedKg);
            }
        }
        scheduleCuts.add(new ScheduleCut(schedule(lane, periods, cargoPeriod, groupPeriod, groupEarliest), laneCost,
                optionalValue));
    }

    /** The lane on its own in whole numbers: its periods with their caps, and its loads from their first period. */
    private LaneSchedule schedule(Lane lane, TreeMap<Integer, LanePeriod> periods, Map<CargoItem, Integer> cargoPeriod,
            Map<PersonnelGroup, Integer> groupPeriod, Map<PersonnelGroup, Integer> groupEarliest) {
        List<LaneSchedule.Period> schedulePeriods = new ArrayList<>();
        Map<Integer, Integer> indexOfPeriod = new HashMap<>();
        // A plan's flights each carry a load (the contract lists no others), so the lane has no more than its loads.
        long mostSorties = Math.min((long) lane.getOrigin().getMaxDeparturesPerDay() * periodDays,
                cargoPeriod.size() + groupPeriod.size());
        for (Map.Entry<Integer, LanePeriod> entry : periods.entrySet()) {
            indexOfPeriod.put(entry.getKey(), schedulePeriods.size());
            long mostMilitary = lane.getRequiredClearances().stream()
                    .mapToLong(country -> clearanceCap(country.getCountry(), entry.getKey())).min()
                    .orElse(Long.MAX_VALUE);
            schedulePeriods.add(new LaneSchedule.Period(List.copyOf(entry.getValue().types), mostSorties,
                    Math.min(mostSorties, mostMilitary), entry.getValue().earliestMinute));
        }
        List<LaneSchedule.Cargo> cargo = new ArrayList<>();
        cargoPeriod.forEach((item, period) -> cargo.add(new LaneSchedule.Cargo(item, indexOfPeriod.get(period))));
        List<LaneSchedule.Group> groups = new ArrayList<>();
        groupPeriod.forEach((group, period) -> groups.add(
                new LaneSchedule.Group(group, indexOfPeriod.get(period), groupEarliest.get(group))));
        return new LaneSchedule(lane, schedulePeriods, cargo, groups);
    }

    /**
     * What each lane costs in the LP is at least what its whole schedule costs: every feasible plan's flights and
     * loads on the lane are a schedule, costing the same in flying and left-behind value, and in waiting at most what
     * the LP counts (both wait to the same earliest minute of the period; CP-SAT rounds each group down). The
     * smallest lanes first: CP-SAT solves them in time, where the largest take long to beat the LP.
     */
    private void addScheduleCuts() {
        long deadline = System.nanoTime() + (long) (SCHEDULE_SECONDS * 1e9);
        double workLeft = SCHEDULE_WORK;
        scheduleCuts.sort(Comparator.comparingInt(cut -> cut.schedule().loads()));
        for (ScheduleCut cut : scheduleCuts) {
            double secondsLeft = (deadline - System.nanoTime()) / 1e9;
            if (workLeft <= 0 || secondsLeft <= 0) {
                return;
            }
            CpSatProof proof = cut.schedule().cheapest(Math.min(SCHEDULE_WORK_EACH, workLeft), secondsLeft);
            workLeft -= proof.work();
            if (proof.cheapestUsd() > 0) {
                lp.row(proof.cheapestUsd() - cut.optionalValue(), Double.POSITIVE_INFINITY, cut.laneCost());
            }
        }
    }

    /** What the period's sorties supply is at least what is placed in it. */
    private void hold(List<LinearProgram.Term> supplied, List<LinearProgram.Term> placed) {
        List<LinearProgram.Term> row = new ArrayList<>(supplied);
        placed.forEach(t -> row.add(term(t.index(), -t.coefficient())));
        lp.row(0, Double.POSITIVE_INFINITY, row);
    }

    private static void cargoNeeds(CargoItem item, double[] needs, double share) {
        needs[Need.CARGO_POSITIONS.ordinal()] += share * item.getPalletPositions();
        needs[Need.CARGO_KG.ordinal()] += share * item.getWeightKg();
        if (item.isOutsize()) {
            needs[Need.OUTSIZE_POSITIONS.ordinal()] += share * item.getPalletPositions();
        }
    }

    /** Suffix sums as a chain: left(r) = left(r + 1) + supply(r) - need(r) >= 0. */
    private void coverFromTheEnd(TreeMap<Integer, LanePeriod> periods, Need need, Map<Integer, double[]> mandatory,
            Map<Integer, List<LinearProgram.Term>[]> optional) {
        int later = -1;
        double laterMost = 0;
        for (Map.Entry<Integer, LanePeriod> entry : periods.descendingMap().entrySet()) {
            List<LinearProgram.Term> supply = entry.getValue().supply.get(need);
            double most = laterMost + supply.stream().mapToDouble(t -> lp.upperOf(t.index())).sum();
            int left = lp.variable(0, most, 0);
            List<LinearProgram.Term> row = new ArrayList<>(List.of(term(left, 1)));
            if (later >= 0) {
                row.add(term(later, -1));
            }
            supply.forEach(t -> row.add(term(t.index(), -1)));
            List<LinearProgram.Term>[] optionalTerms = optional.get(entry.getKey());
            if (optionalTerms != null && optionalTerms[need.ordinal()] != null) {
                row.addAll(optionalTerms[need.ordinal()]);
            }
            double[] needs = mandatory.get(entry.getKey());
            double required = needs == null ? 0 : -needs[need.ordinal()];
            lp.row(required, required, row);
            later = left;
            laterMost = most;
        }
    }

    /**
     * Integer cuts: the sorties leaving in period r or later carry every mandatory load that cannot leave before, so
     * they number at least its need over the most one sortie holds, rounded up, and at least the loads that each
     * take more than half a sortie; and on a few such periods, they cost at least the cheapest whole mix of sorties
     * that could carry those loads ({@link SortieMix}).
     */
    private void addSortieCuts(Lane lane, TreeMap<Integer, LanePeriod> periods, Map<Integer, CutNeeds> cutNeeds) {
        java.util.Set<Integer> mixPeriods = periodsForMixes(cutNeeds.keySet());
        CutNeeds later = new CutNeeds();
        Map<Fleet, Integer> laterSorties = new EnumMap<>(Fleet.class);
        Map<Fleet, Double> laterMost = new EnumMap<>(Fleet.class);
        int laterCost = -1;
        double laterCostMost = 0;
        int periodsLeft = 0;
        for (Map.Entry<Integer, LanePeriod> entry : periods.descendingMap().entrySet()) {
            periodsLeft++;
            CutNeeds today = cutNeeds.get(entry.getKey());
            if (today != null) {
                later.loads.addAll(today.loads);
            }
            later.types.addAll(entry.getValue().types);
            Map<Fleet, Double> least = new EnumMap<>(Fleet.class);
            for (Fleet fleet : Fleet.values()) {
                List<LinearProgram.Term> sorties = entry.getValue().sorties.get(fleet);
                double most = laterMost.getOrDefault(fleet, 0.0)
                        + sorties.stream().mapToDouble(t -> lp.upperOf(t.index())).sum();
                least.put(fleet, later.leastSorties(fleet));
                if (least.get(fleet) > most) {
                    infeasible = true;
                    return;
                }
                laterSorties.put(fleet, chain(laterSorties.get(fleet), sorties, least.get(fleet), most));
                laterMost.put(fleet, most);
            }
            List<LinearProgram.Term> costs = entry.getValue().costs;
            laterCostMost += costs.stream().mapToDouble(t -> t.coefficient() * lp.upperOf(t.index())).sum();
            double cheapest = 0;
            if (mixPeriods.contains(entry.getKey()) && mixesLeft > 0 && mixWorkLeft > 0) {
                CpSatProof mix = SortieMix.cheapest(lane, List.copyOf(later.types),
                        Math.min((long) lane.getOrigin().getMaxDeparturesPerDay() * periodDays * periodsLeft,
                                later.loads.size()),
                        later.needs(least), Math.min(MIX_WORK_EACH, mixWorkLeft), MIX_SECONDS);
                mixesLeft--;
                mixWorkLeft -= mix.work();
                cheapest = mix.cheapestUsd();
            }
            laterCost = chain(laterCost < 0 ? null : laterCost, costs, Math.min(cheapest, laterCostMost),
                    laterCostMost);
        }
    }

    /** A running sum from the last period back: this period's terms plus the later ones', at least {@code least}. */
    private int chain(Integer later, List<LinearProgram.Term> terms, double least, double most) {
        int sum = lp.variable(least, most, 0);
        List<LinearProgram.Term> row = new ArrayList<>(List.of(term(sum, 1)));
        if (later != null) {
            row.add(term(later, -1));
        }
        terms.forEach(t -> row.add(term(t.index(), -t.coefficient())));
        lp.row(0, 0, row);
        return sum;
    }

    /** The periods on which loads become free to leave, thinned to a few: each mix is a small integer program. */
    private static java.util.Set<Integer> periodsForMixes(java.util.Set<Integer> demandPeriods) {
        List<Integer> sorted = demandPeriods.stream().sorted().toList();
        int step = Math.max(1, (sorted.size() + MIXES_PER_LANE - 1) / MIXES_PER_LANE);
        java.util.Set<Integer> chosen = new java.util.HashSet<>();
        for (int i = 0; i < sorted.size(); i += step) {
            chosen.add(sorted.get(i));
        }
        return chosen;
    }

    /** What the sortie cuts count from period r on: the mandatory loads that cannot leave before, the types able. */
    private static final class CutNeeds {
        final List<PlannedLoad> loads = new ArrayList<>();
        final java.util.Set<AircraftType> types = new java.util.LinkedHashSet<>();

        void add(PlannedLoad load) {
            loads.add(load);
        }

        /** The fewest sorties of the fleet that can carry the loads it must; infinite when it cannot. */
        double leastSorties(Fleet fleet) {
            List<AircraftType> fleetTypes = types.stream().filter(type -> switch (fleet) {
                case ALL -> true;
                case MILITARY -> type.isMilitary();
                case OUTSIZE -> type.isMilitary() && type.isOutsize();
            }).toList();
            List<PlannedLoad> carried = loads.stream().filter(load -> switch (fleet) {
                case ALL -> true;
                case MILITARY -> load instanceof CargoItem;
                case OUTSIZE -> load.isOutsize();
            }).toList();
            double least = 0;
            least = Math.max(least, sortiesFor(carried, fleetTypes, PlannedLoad::getWeightKg,
                    AircraftType::getMaxPayloadKg));
            least = Math.max(least, sortiesFor(carried, fleetTypes, PlannedLoad::getPalletPositions,
                    AircraftType::getPalletPositions));
            least = Math.max(least, sortiesFor(carried, fleetTypes, PlannedLoad::getPassengers,
                    AircraftType::getSeats));
            return least;
        }

        SortieMix.Needs needs(Map<Fleet, Double> least) {
            long cargoPositions = 0;
            long outsizePositions = 0;
            long cargoKg = 0;
            long people = 0;
            long peopleKg = 0;
            for (PlannedLoad load : loads) {
                if (load instanceof CargoItem item) {
                    cargoPositions += item.getPalletPositions();
                    outsizePositions += item.isOutsize() ? item.getPalletPositions() : 0;
                    cargoKg += item.getWeightKg();
                } else {
                    people += load.getPassengers();
                    peopleKg += load.getWeightKg();
                }
            }
            return new SortieMix.Needs(cargoPositions, outsizePositions, cargoKg, people, peopleKg,
                    (long) Math.ceil(least.get(Fleet.ALL)), (long) Math.ceil(least.get(Fleet.MILITARY)),
                    (long) Math.ceil(least.get(Fleet.OUTSIZE)));
        }

        /** ceil(need / most per sortie), and the loads that each take more than half of the most per sortie. */
        private static double sortiesFor(List<PlannedLoad> loads, List<AircraftType> types,
                java.util.function.ToIntFunction<PlannedLoad> amount,
                java.util.function.ToIntFunction<AircraftType> capacity) {
            long need = loads.stream().mapToLong(amount::applyAsInt).sum();
            if (need == 0) {
                return 0;
            }
            long most = types.stream().mapToLong(capacity::applyAsInt).max().orElse(0);
            if (most == 0) {
                return Double.POSITIVE_INFINITY;
            }
            long large = loads.stream().filter(load -> 2L * amount.applyAsInt(load) > most).count();
            return Math.max(Math.floorDiv(need + most - 1, most), large);
        }
    }

    /**
     * Places a personnel group, for a share in each period from its first on: in a period, it waits at least from its
     * readiness to its own earliest departure and that period's first slot, and it needs a whole sortie there of a
     * type that seats it (rules 3 and 4: the group flies on one flight of the lane), so a group leaving early pays
     * for a sortie or shares one that flies anyway. The plan rounds each group's waiting down on its own: the
     * caller subtracts a dollar per group.
     */
    private List<LinearProgram.Term> placeGroup(PersonnelGroup group, int firstPeriod, int earliest,
            TreeMap<Integer, LanePeriod> periods) {
        double perPersonMinute = problem.getPersonDayCostUsd() / (double) MINUTES_PER_DAY;
        List<LinearProgram.Term> shares = new ArrayList<>();
        List<LinearProgram.Term> waitingCost = new ArrayList<>();
        for (LanePeriod lanePeriod : periods.tailMap(firstPeriod, true).values()) {
            List<LinearProgram.Term> seating = new ArrayList<>();
            for (int k = 0; k < lanePeriod.types.size(); k++) {
                if (lanePeriod.types.get(k).getSeats() >= group.getCount()) {
                    seating.add(term(lanePeriod.sorties.get(Fleet.ALL).get(k).index(), -1));
                }
            }
            if (seating.isEmpty()) {
                continue;
            }
            int departure = Math.max(earliest, lanePeriod.earliestMinute);
            double waiting = perPersonMinute * group.getCount() * ((double) departure - group.getReadyMinute());
            int share = lp.variable(0, 1, waiting);
            waitingCost.add(term(share, waiting));
            lanePeriod.placed.add(term(share, group.getCount()));
            lanePeriod.placedKg.add(term(share, group.getWeightKg()));
            seating.add(term(share, 1));
            lp.row(Double.NEGATIVE_INFINITY, 0, seating);
            shares.add(term(share, 1));
        }
        if (shares.isEmpty()) {
            infeasible = true;
        } else {
            lp.row(1, 1, shares);
        }
        return waitingCost;
    }

    /** The first slot at which the group is ready, its lane open, and some aircraft able to seat it there. */
    private int earliestDeparture(Lane lane, PersonnelGroup group, Map<Aircraft, int[]> reach) {
        long aircraftThere = problem.getAircraft().stream()
                .filter(aircraft -> aircraft.getType().getSeats() >= group.getCount())
                .filter(aircraft -> aircraft.getType().canFly(lane.getDistanceNm()))
                .filter(aircraft -> reach.get(aircraft)[lane.getOrigin().getIndex()] != UNREACHABLE)
                .mapToLong(aircraft -> (long) aircraft.getAvailableFromMinute()
                        + reach.get(aircraft)[lane.getOrigin().getIndex()] + aircraft.getType().getGroundMinutes())
                .min()
                .orElse(Integer.MAX_VALUE);
        int laneFirst = lane.isOpen() ? firstDepartureMinute(lane) : group.getReadyMinute();
        long earliest = Math.max(Math.max(group.getReadyMinute(), laneFirst), aircraftThere);
        return earliest >= window.deadlineMinute() + MINUTES_PER_DAY ? window.deadlineMinute() + MINUTES_PER_DAY
                : window.minuteOfSlot(window.firstSlotAtOrAfter((int) earliest));
    }

    // ************************************************************************
    // Caps across lanes: rules 8, 14 and 15
    // ************************************************************************

    private void addDailyCaps() {
        departures.forEach((airfield, byPeriod) -> byPeriod.values().forEach(sorties -> lp.row(
                Double.NEGATIVE_INFINITY, (double) airfield.getMaxDeparturesPerDay() * periodDays, sorties)));
        clearanceUses.forEach((country, byPeriod) -> byPeriod.forEach((period, sorties) -> {
            long cap = clearanceCap(country, period);
            if (cap != Long.MAX_VALUE) {
                lp.row(Double.NEGATIVE_INFINITY, cap, sorties);
            }
        }));
    }

    /**
     * The most military sorties needing the country that the period's days allow (rule 8): the sum over its days of
     * the caps of the country's clearances valid on the day; {@code Long.MAX_VALUE} when one of them is unlimited.
     */
    private long clearanceCap(String country, int period) {
        long cap = 0;
        for (int day = firstDay + period * periodDays; day < firstDay + (period + 1) * periodDays; day++) {
            int dayStart = dayStartMinute(day);
            for (Clearance clearance : problem.getClearances()) {
                if (clearance.getCountry().equals(country)
                        && clearance.getValidFromMinute() < dayStart + MINUTES_PER_DAY
                        && clearance.getValidToMinute() > dayStart) {
                    if (clearance.getMaxFlightsPerDay() == Clearance.UNLIMITED_FLIGHTS) {
                        return Long.MAX_VALUE;
                    }
                    cap += clearance.getMaxFlightsPerDay();
                }
            }
        }
        return cap;
    }

    /**
     * Rule 14 summed over an aircraft's flights that leave by the end of period D: each takes its flight, two ground
     * times and at least the shortest positioning leg to a next origin, and all but the last fit between its first
     * departure and its last; so the type's sorties up to period D take at most what its aircraft have.
     */
    private void addAircraftTime() {
        aircraftMinutes.forEach((type, byDay) -> {
            int longestFlight = problem.getLanes().stream().filter(lane -> type.canFly(lane.getDistanceNm()))
                    .mapToInt(lane -> lane.flightMinutes(type)).max().orElse(0);
            int longestOnward = problem.getLanes().stream()
                    .mapToInt(lane -> minutesToNextOrigin(lane.getDestination(), type)).max().orElse(0);
            int previous = -1;
            for (Map.Entry<Integer, List<LinearProgram.Term>> entry : new TreeMap<>(byDay).entrySet()) {
                long periodEnd = periodStartMinute(entry.getKey() + 1) - 1L;
                double available = 0;
                for (Aircraft aircraft : problem.getAircraft()) {
                    int toFirstOrigin = shortestLegToOrigin(aircraft.getBase(), type);
                    if (aircraft.getType() == type && toFirstOrigin != UNREACHABLE) {
                        long first = Math.max((long) aircraft.getAvailableFromMinute() + toFirstOrigin
                                + type.getGroundMinutes(), firstMinute);
                        long last = Math.min(periodEnd + longestFlight, aircraft.getAvailableToMinute());
                        available += Math.max(0, last - first + 2L * type.getGroundMinutes() + longestOnward);
                    }
                }
                int used = lp.variable(0, available, 0);
                List<LinearProgram.Term> row = new ArrayList<>(List.of(term(used, 1)));
                if (previous >= 0) {
                    row.add(term(previous, -1));
                }
                entry.getValue().forEach(t -> row.add(term(t.index(), -t.coefficient())));
                lp.row(0, 0, row);
                previous = used;
            }
        });
    }

    // ************************************************************************
    // Legs and time
    // ************************************************************************

    /** The shortest positioning leg from the airfield to an origin of some lane; 0 at one or when none is in reach. */
    private int minutesToNextOrigin(Airfield from, AircraftType type) {
        int minutes = shortestLegToOrigin(from, type);
        return minutes == UNREACHABLE ? 0 : minutes;
    }

    /** The shortest leg within range from the airfield to an origin of some lane, 0 at one, or unreachable. */
    private int shortestLegToOrigin(Airfield from, AircraftType type) {
        int best = UNREACHABLE;
        for (Airfield origin : laneOrigins) {
            int distance = routes.distanceNm(from, origin);
            if (distance != RouteMap.NO_ROUTE && type.canFly(distance)) {
                best = Math.min(best, type.flightMinutes(distance));
            }
        }
        return best;
    }

    /** Minutes of flying from the aircraft's base to each airfield over legs within its range (Dijkstra). */
    private int[] shortestMinutesFromBase(Aircraft aircraft) {
        List<Airfield> airfields = problem.getAirfields();
        int[] minutes = new int[airfields.size()];
        Arrays.fill(minutes, UNREACHABLE);
        boolean[] settled = new boolean[airfields.size()];
        minutes[aircraft.getBase().getIndex()] = 0;
        for (int round = 0; round < airfields.size(); round++) {
            int next = -1;
            for (int i = 0; i < minutes.length; i++) {
                if (!settled[i] && minutes[i] != UNREACHABLE && (next < 0 || minutes[i] < minutes[next])) {
                    next = i;
                }
            }
            if (next < 0) {
                break;
            }
            settled[next] = true;
            for (Airfield to : airfields) {
                int distance = routes.distanceNm(airfields.get(next), to);
                if (distance != RouteMap.NO_ROUTE && aircraft.getType().canFly(distance)) {
                    minutes[to.getIndex()] = Math.min(minutes[to.getIndex()],
                            minutes[next] + aircraft.getType().flightMinutes(distance));
                }
            }
        }
        return minutes;
    }

    private int firstDepartureMinute(Lane lane) {
        return window.minuteOfSlot(lane.getSlotRange().get(0));
    }

    private static int lastSlot(Lane lane) {
        CountableValueRange<Integer> slots = lane.getSlotRange();
        return slots.get(slots.getSize() - 1);
    }

    private int periodOf(int minute) {
        return Math.floorDiv(window.utcDay(minute) - firstDay, periodDays);
    }

    private int periodStartMinute(int period) {
        return dayStartMinute(firstDay + period * periodDays);
    }

    private int dayStartMinute(int utcDay) {
        return window.minuteOf(java.time.Instant.ofEpochSecond(utcDay * 86_400L));
    }

    private static LinearProgram.Term term(int variable, double coefficient) {
        return new LinearProgram.Term(variable, coefficient);
    }
}
