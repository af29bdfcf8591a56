package org.drawdown.problem;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import org.drawdown.domain.Aircraft;
import org.drawdown.domain.AircraftType;
import org.drawdown.domain.Airfield;
import org.drawdown.domain.CargoItem;
import org.drawdown.domain.Clearance;
import org.drawdown.domain.CountryClearances;
import org.drawdown.domain.DrawdownPlan;
import org.drawdown.domain.Flight;
import org.drawdown.domain.Lane;
import org.drawdown.domain.PersonnelGroup;
import org.drawdown.domain.PlanningWindow;
import org.drawdown.domain.RouteMap;
import org.drawdown.io.PlanJson;
import org.drawdown.io.ScenarioJson;
import org.drawdown.score.PlanConstraint;

/**
 * Builds the planning problem from a validated scenario: the facts, one lane per origin-destination pair that has
 * loads, and each lane's pool of candidate flights.
 * <p>
 * Pool size: a flown flight carries at least one load, so a lane never needs more flights than it has loads; and
 * rule 15 allows its origin at most {@code maxDeparturesPerDay} departures on each UTC day of the lane's window, so
 * no feasible plan has more. The pool is the smaller of the two, which never limits a feasible plan. A lane whose
 * window is empty (its origin closed before it opens) has no pool: its loads cannot fly.
 */
public final class ProblemFactory {

    private ProblemFactory() {
    }

    /** Sets what each load that flies otherwise than in the plan in force costs; zero switches it off. */
    public static void weighChanges(DrawdownPlan plan, long usdPerChangedLoad) {
        HardMediumSoftLongScore weight = HardMediumSoftLongScore.ofSoft(usdPerChangedLoad);
        plan.setConstraintWeightOverrides(ConstraintWeightOverrides.of(Map.of(
                PlanConstraint.PLAN_CHANGE.id(), weight,
                PlanConstraint.DROPPED_FROM_PLAN.id(), weight)));
    }

    /** The problem of planning everything from the scenario start. */
    public static DrawdownPlan build(ScenarioJson scenario) {
        return new Builder(scenario, 0).build(List.of());
    }

    /**
     * The problem of planning from {@code nowMinute} on, with the given history flights kept as they are. The
     * history flights must already be built against this problem's facts; see {@link Builder}.
     */
    static Builder builder(ScenarioJson scenario, int nowMinute) {
        return new Builder(scenario, nowMinute);
    }

    /** Gives access to the facts while history flights are attached, then builds the plan. */
    static final class Builder {

        private final ScenarioJson scenario;
        private final int nowMinute;
        private final PlanningWindow window;
        private final List<Airfield> airfields = new ArrayList<>();
        private final Map<String, Airfield> airfieldByCode = new LinkedHashMap<>();
        private final List<AircraftType> types = new ArrayList<>();
        private final List<Aircraft> aircraft = new ArrayList<>();
        private final Map<String, Aircraft> aircraftById = new LinkedHashMap<>();
        private final List<Clearance> clearances = new ArrayList<>();
        private final RouteMap routes;
        private final Map<String, Lane> laneById = new LinkedHashMap<>();
        private final List<CargoItem> cargo = new ArrayList<>();
        private final List<PersonnelGroup> personnel = new ArrayList<>();
        /** Lanes some personnel group travels; only they offer commercial aircraft. */
        private final Set<String> personnelLanes = new HashSet<>();
        private final Map<String, CargoItem> cargoById;
        private final Map<String, PersonnelGroup> personnelById;
        private int nextFlightIndex;

        private Builder(ScenarioJson scenario, int nowMinute) {
            this.scenario = scenario;
            this.nowMinute = nowMinute;
            this.window = new PlanningWindow(scenario.start(), scenario.deadline(), scenario.slotMinutes());
            for (ScenarioJson.AirfieldJson a : scenario.airfields()) {
                Airfield airfield = new Airfield(airfields.size(), a.code(), a.name(), a.country(),
                        a.maxDeparturesPerDay(), a.parkingSpots(),
                        a.closesAt() == null ? Airfield.NEVER_CLOSES : window.minuteOf(a.closesAt()));
                airfields.add(airfield);
                airfieldByCode.put(a.code(), airfield);
            }
            routes = new RouteMap(airfields.size());
            for (ScenarioJson.RouteJson r : scenario.routes()) {
                routes.addRoute(airfieldByCode.get(r.from()), airfieldByCode.get(r.to()), r.distanceNm(),
                        r.overflies());
            }
            Map<String, AircraftType> typeByCode = new LinkedHashMap<>();
            for (ScenarioJson.AircraftTypeJson t : scenario.aircraftTypes()) {
                AircraftType type = new AircraftType(types.size(), t.code(), t.name(), t.military(),
                        t.maxPayloadKg(), t.palletPositions(), t.seats(), t.sidewallSeats(),
                        t.paxPerPalletPosition(), t.outsize(), t.cruiseKnots(),
                        t.rangeNm() == null ? AircraftType.UNLIMITED_RANGE : t.rangeNm(), t.groundMinutes(),
                        t.costPerFlightHourUsd());
                types.add(type);
                typeByCode.put(t.code(), type);
            }
            for (ScenarioJson.AircraftJson a : scenario.aircraft()) {
                Aircraft tail = new Aircraft(aircraft.size(), a.id(), typeByCode.get(a.type()),
                        airfieldByCode.get(a.base()), window.minuteOf(a.availableFrom()),
                        window.minuteOf(a.availableTo()), routes);
                aircraft.add(tail);
                aircraftById.put(a.id(), tail);
            }
            for (ScenarioJson.ClearanceJson c : scenario.clearances()) {
                Set<AircraftType> listed = c.aircraftTypes().stream().map(typeByCode::get)
                        .collect(Collectors.toSet());
                clearances.add(new Clearance(c.id(), c.country(), window.minuteOf(c.validFrom()),
                        window.minuteOf(c.validTo()),
                        c.maxFlightsPerDay() == null ? Clearance.UNLIMITED_FLIGHTS : c.maxFlightsPerDay(), listed));
            }
            scenario.personnel().forEach(p -> personnelLanes.add(p.origin() + "-" + p.destination()));
            for (ScenarioJson.CargoJson c : scenario.cargo()) {
                Lane lane = lane(c.origin(), c.destination());
                cargo.add(new CargoItem(c.id(), c.description(), c.category(), lane, c.weightKg(),
                        c.palletPositions(), c.outsize(), c.sensitive(), c.passengerCompatible(), c.mandatory(),
                        c.valueUsd(), window.minuteOf(c.readyAt())));
            }
            for (ScenarioJson.PersonnelJson p : scenario.personnel()) {
                Lane lane = lane(p.origin(), p.destination());
                personnel.add(new PersonnelGroup(p.id(), p.unit(), lane, p.count(), p.kgPerPerson(), p.security(),
                        window.minuteOf(p.readyAt()), scenario.personDayCostUsd()));
            }
            cargoById = byId(cargo, CargoItem::getId);
            personnelById = byId(personnel, PersonnelGroup::getId);
        }

        /** The lane of an origin-destination pair, made on first use. */
        public Lane lane(String originCode, String destinationCode) {
            return laneById.computeIfAbsent(originCode + "-" + destinationCode, id -> {
                Airfield origin = airfieldByCode.get(originCode);
                Airfield destination = airfieldByCode.get(destinationCode);
                int distance = routes.distanceNm(origin, destination);
                boolean carriesPeople = personnelLanes.contains(id);
                // Aircraft that could fly this lane at all; the rules judge the rest.
                List<Aircraft> candidates = aircraft.stream()
                        .filter(a -> a.getType().canFly(distance))
                        .filter(a -> carriesPeople || a.getType().isMilitary())
                        .toList();
                int firstSlot = window.firstSlotAtOrAfter(nowMinute);
                int lastDeparture = origin.closes()
                        ? Math.min(window.deadlineMinute(), origin.getClosesAtMinute() - 1)
                        : window.deadlineMinute();
                int lastSlot = window.lastSlotAtOrBefore(lastDeparture);
                return new Lane(laneById.size(), origin, destination, distance, requiredClearances(origin, destination),
                        types, candidates.isEmpty() ? aircraft : candidates, firstSlot, lastSlot);
            });
        }

        /** Clearances a military flight of the lane needs, by country: both ends and the overflown countries. */
        private List<CountryClearances> requiredClearances(Airfield origin, Airfield destination) {
            Set<String> countries = new TreeSet<>();
            countries.add(origin.getCountry());
            countries.add(destination.getCountry());
            countries.addAll(routes.overflies(origin, destination));
            scenario.clearanceFreeCountries().forEach(countries::remove);
            Map<String, List<Clearance>> byCountry = clearances.stream()
                    .collect(Collectors.groupingBy(Clearance::getCountry));
            return countries.stream()
                    .map(country -> new CountryClearances(country, byCountry.getOrDefault(country, List.of())))
                    .toList();
        }

        public PlanningWindow window() {
            return window;
        }

        public Aircraft aircraft(String id) {
            return aircraftById.get(id);
        }

        /** How a plan's flight does not fit this scenario; empty when it does. */
        EnumSet<Misfit> misfits(PlanJson.FlightJson entry) {
            EnumSet<Misfit> misfits = EnumSet.noneOf(Misfit.class);
            if (aircraft(entry.aircraft()) == null) {
                misfits.add(Misfit.UNKNOWN_AIRCRAFT);
            }
            Airfield origin = airfieldByCode.get(entry.origin());
            Airfield destination = airfieldByCode.get(entry.destination());
            if (origin == null || destination == null || !routes.hasRoute(origin, destination)) {
                misfits.add(Misfit.UNKNOWN_ROUTE);
            }
            if (Math.floorMod(window.minuteOf(entry.departure()), window.slotMinutes()) != 0) {
                misfits.add(Misfit.OFF_SLOT_GRID);
            }
            return misfits;
        }

        public Map<String, CargoItem> cargoById() {
            return cargoById;
        }

        public Map<String, PersonnelGroup> personnelById() {
            return personnelById;
        }

        /**
         * A flight outside every pool, for history and for plans read from a file. Its lane is the lane of its
         * origin and destination (created when no load of the scenario uses it).
         */
        public Flight fixedFlight(String id, String originCode, String destinationCode) {
            Lane lane = lane(originCode, destinationCode);
            return new Flight(id, nextFlightIndex++, lane, window);
        }

        /** Builds the plan: fixed flights first (already assigned by the caller), then every lane's pool. */
        public DrawdownPlan build(List<Flight> fixedFlights) {
            List<Flight> flights = new ArrayList<>(fixedFlights);
            addPools(flights);
            return plan(flights);
        }

        /** Builds a plan of just these flights, with no pools: for reading a plan, not for solving. */
        public DrawdownPlan buildWithoutPools(List<Flight> flights) {
            return plan(new ArrayList<>(flights));
        }

        /** A flight added to a lane's pool beyond its size, when a plan being loaded has more on the lane. */
        public Flight extraPoolFlight(DrawdownPlan plan, Lane lane) {
            Flight flight = new Flight(lane.getId() + "#" + (lane.getFlights().size() + 1), nextFlightIndex++, lane,
                    window);
            lane.getFlights().add(flight);
            plan.getFlights().add(flight);
            return flight;
        }

        private void addPools(List<Flight> flights) {
            Map<Lane, Integer> loadsPerLane = new LinkedHashMap<>();
            // Not isPinned(): before its pool exists, every load counts as pinned.
            cargo.stream().filter(c -> !c.isHistory())
                    .forEach(c -> loadsPerLane.merge(c.getLane(), 1, Integer::sum));
            personnel.stream().filter(p -> !p.isHistory())
                    .forEach(p -> loadsPerLane.merge(p.getLane(), 1, Integer::sum));
            for (Map.Entry<Lane, Integer> entry : loadsPerLane.entrySet()) {
                Lane lane = entry.getKey();
                // A lane that can no longer depart gets no flights: a spare one could only fly at an illegal slot.
                int poolSize = lane.isOpen() ? Math.min(entry.getValue(), departureCapacity(lane)) : 0;
                for (int i = 1; i <= poolSize; i++) {
                    Flight flight = new Flight(lane.getId() + "#" + i, nextFlightIndex++, lane, window);
                    lane.getFlights().add(flight);
                    flights.add(flight);
                }
            }
        }

        private DrawdownPlan plan(List<Flight> flights) {
            DrawdownPlan plan = new DrawdownPlan(scenario.name(), window, scenario.personDayCostUsd(), routes,
                    List.copyOf(airfields), List.copyOf(types), List.copyOf(aircraft), List.copyOf(clearances),
                    List.copyOf(laneById.values()), flights, List.copyOf(cargo), List.copyOf(personnel));
            weighChanges(plan, scenario.changeCostUsd());
            return plan;
        }

        /** Rule 15 bound: departures the origin allows over the UTC days of the lane's slot range. */
        private int departureCapacity(Lane lane) {
            int from = window.minuteOfSlot(lane.getSlotRange().get(0));
            int to = window.minuteOfSlot(lane.getSlotRange().get(lane.getSlotRange().getSize() - 1));
            long days = (long) window.utcDay(to) - window.utcDay(from) + 1;
            return (int) Math.min(Integer.MAX_VALUE, days * lane.getOrigin().getMaxDeparturesPerDay());
        }

        private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
            Map<String, T> map = new LinkedHashMap<>();
            items.forEach(item -> map.put(id.apply(item), item));
            return map;
        }
    }
}
