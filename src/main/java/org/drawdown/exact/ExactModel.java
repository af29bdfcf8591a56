package org.drawdown.exact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CircuitConstraint;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CumulativeConstraint;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import com.google.ortools.util.Domain;

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
import org.drawdown.domain.PlannedLoad;
import org.drawdown.domain.PlanningWindow;
import org.drawdown.domain.PositioningLeg;
import org.drawdown.domain.RouteMap;

/**
 * The CP-SAT model of a planning problem: every rule of docs/contract.md as a constraint on the flights of the
 * lanes' pools (the same pools the local search plans with), and the cost as the objective, with rule 17 ranked
 * above it. A plan that moves nothing keeps rules 1-16, so the model always has a solution, and its optimum is
 * the best score any plan of the problem has. docs/exact.md explains each part.
 */
final class ExactModel {

    private static final int MINUTES_PER_DAY = 1440;

    private final DrawdownPlan problem;
    private final PlanningWindow window;
    private final int slotMinutes;
    private final CpModel model = new CpModel();

    /** Per flight: whether it flies, its departure slot, and one literal per aircraft that may fly it. */
    private final Map<Flight, BoolVar> flies = new LinkedHashMap<>();
    private final Map<Flight, IntVar> slot = new HashMap<>();
    private final Map<Flight, Map<Aircraft, BoolVar>> flownBy = new HashMap<>();
    /** Per flight and aircraft type: whether an aircraft of that type flies it. */
    private final Map<Flight, Map<AircraftType, BoolVar>> flownByType = new HashMap<>();
    /** Per load: one literal per flight of its lane's pool, whether it is moved, and its departure slot. */
    private final Map<PlannedLoad, Map<Flight, BoolVar>> rides = new LinkedHashMap<>();
    private final Map<PlannedLoad, BoolVar> moved = new HashMap<>();
    private final Map<PlannedLoad, IntVar> loadSlot = new HashMap<>();

    private final LinearExprBuilder costTerms = LinearExpr.newBuilder();
    /** The soft level: the plan's cost in USD. */
    private final LinearExpr cost;
    /** The medium level: mandatory items and people not moved. */
    private final LinearExpr notMoved;
    /** The medium level's weight in the objective: more than any plan of the problem can cost. */
    private final long notMovedWeight;

    ExactModel(DrawdownPlan problem) {
        this.problem = problem;
        this.window = problem.getWindow();
        this.slotMinutes = window.slotMinutes();
        problem.getFlights().forEach(this::addFlight);
        problem.getCargo().forEach(this::addLoad);
        problem.getPersonnel().forEach(this::addLoad);
        problem.getFlights().forEach(this::addFlightRules);
        addPoolOrder();
        addForceProtection();
        addContinuity();
        addDailyCaps();
        addParking();
        this.notMovedWeight = addCost() + 1;
        this.cost = costTerms.build();
        this.notMoved = notMovedSum();
        model.minimize(LinearExpr.newBuilder().add(cost).addTerm(notMoved, notMovedWeight));
    }

    CpModel cpModel() {
        return model;
    }

    /** How much one item or person not moved weighs in the objective. */
    long notMovedWeight() {
        return notMovedWeight;
    }

    LinearExpr cost() {
        return cost;
    }

    LinearExpr notMoved() {
        return notMoved;
    }

    // ************************************************************************
    // Variables
    // ************************************************************************

    private void addFlight(Flight flight) {
        Lane lane = flight.getLane();
        BoolVar flown = model.newBoolVar(flight.getId());
        IntVar departure = model.newIntVar(firstSlot(lane), lastSlot(lane), flight.getId() + " slot");
        flies.put(flight, flown);
        slot.put(flight, departure);
        // A flight that does not fly waits at its first slot, so that no two unflown plans differ.
        model.addEquality(departure, firstSlot(lane)).onlyEnforceIf(flown.not());
        Map<Aircraft, BoolVar> byAircraft = new LinkedHashMap<>();
        Map<AircraftType, LinearExprBuilder> byType = new LinkedHashMap<>();
        for (Aircraft aircraft : lane.getCandidateAircraft()) {
            BoolVar literal = model.newBoolVar(flight.getId() + " " + aircraft.getId());
            byAircraft.put(aircraft, literal);
            byType.computeIfAbsent(aircraft.getType(), type -> LinearExpr.newBuilder()).add(literal);
        }
        model.addEquality(sum(byAircraft.values()), flown);
        flownBy.put(flight, byAircraft);
        Map<AircraftType, BoolVar> typeLiterals = new LinkedHashMap<>();
        byType.forEach((type, aircraftOfType) -> {
            BoolVar literal = model.newBoolVar(flight.getId() + " " + type.getCode());
            model.addEquality(aircraftOfType, literal);
            typeLiterals.put(type, literal);
        });
        flownByType.put(flight, typeLiterals);
    }

    private void addLoad(PlannedLoad load) {
        Map<Flight, BoolVar> byFlight = new LinkedHashMap<>();
        for (Flight flight : load.getLane().getFlights()) {
            BoolVar literal = model.newBoolVar(load.getId() + " on " + flight.getId());
            byFlight.put(flight, literal);
            model.addImplication(literal, flies.get(flight));
            // Rule 5: not before the load is ready.
            model.addGreaterOrEqual(slot.get(flight), window.firstSlotAtOrAfter(load.getReadyMinute()))
                    .onlyEnforceIf(literal);
        }
        rides.put(load, byFlight);
        BoolVar isMoved = model.newBoolVar(load.getId() + " moved");
        model.addEquality(sum(byFlight.values()), isMoved);
        moved.put(load, isMoved);
        Lane lane = load.getLane();
        IntVar departure = model.newIntVar(firstSlot(lane), lastSlot(lane), load.getId() + " slot");
        byFlight.forEach((flight, literal) -> model.addEquality(departure, slot.get(flight)).onlyEnforceIf(literal));
        loadSlot.put(load, departure);
    }

    // ************************************************************************
    // Rules on one flight: 1-3, 5-12 and rule 14's availability
    // ************************************************************************

    private void addFlightRules(Flight flight) {
        Lane lane = flight.getLane();
        IntVar departure = slot.get(flight);
        Map<PlannedLoad, BoolVar> aboard = new LinkedHashMap<>();
        rides.forEach((load, byFlight) -> {
            if (byFlight.containsKey(flight)) {
                aboard.put(load, byFlight.get(flight));
            }
        });
        LinearExprBuilder payloadKg = LinearExpr.newBuilder();
        LinearExprBuilder cargoPositions = LinearExpr.newBuilder();
        LinearExprBuilder passengers = LinearExpr.newBuilder();
        LinearExprBuilder cargoItems = LinearExpr.newBuilder();
        LinearExprBuilder outsizeItems = LinearExpr.newBuilder();
        List<BoolVar> groups = new ArrayList<>();
        List<BoolVar> passengerIncompatible = new ArrayList<>();
        aboard.forEach((load, literal) -> {
            payloadKg.addTerm(literal, load.getWeightKg());
            cargoPositions.addTerm(literal, load.getPalletPositions());
            passengers.addTerm(literal, load.getPassengers());
            if (load instanceof CargoItem item) {
                cargoItems.add(literal);
                if (item.isOutsize()) {
                    outsizeItems.add(literal);
                }
                if (!item.isPassengerCompatible()) {
                    passengerIncompatible.add(literal);
                }
            } else {
                groups.add(literal);
            }
        });
        // Rule 12: an item that shuns passengers and a group never share the flight.
        for (BoolVar item : passengerIncompatible) {
            for (BoolVar group : groups) {
                model.addBoolOr(new Literal[] {item.not(), group.not()});
            }
        }
        int maxPassengers = aboard.keySet().stream().mapToInt(PlannedLoad::getPassengers).sum();
        IntVar seatPallets = model.newIntVar(0, maxPassengers, flight.getId() + " seat pallets");
        flownByType.get(flight).forEach((type, literal) -> {
            model.addLessOrEqual(payloadKg, type.getMaxPayloadKg()).onlyEnforceIf(literal); // rule 1
            model.addLessOrEqual(passengers, type.getSeats()).onlyEnforceIf(literal); // rule 3
            // Rule 2: passengers beyond the sidewall seats take ceil(beyond / paxPerPalletPosition) positions.
            if (type.getPaxPerPalletPosition() == 0) {
                model.addLessOrEqual(passengers, type.getSidewallSeats()).onlyEnforceIf(literal);
                model.addLessOrEqual(cargoPositions, type.getPalletPositions()).onlyEnforceIf(literal);
            } else {
                model.addGreaterOrEqual(LinearExpr.newBuilder().addTerm(seatPallets, type.getPaxPerPalletPosition())
                        .addTerm(passengers, -1), -type.getSidewallSeats()).onlyEnforceIf(literal);
                model.addLessOrEqual(LinearExpr.newBuilder().add(cargoPositions).add(seatPallets),
                        type.getPalletPositions()).onlyEnforceIf(literal);
            }
            if (!type.isMilitary()) {
                model.addEquality(cargoItems, 0).onlyEnforceIf(literal); // rule 9
            }
            if (!type.isOutsize()) {
                model.addEquality(outsizeItems, 0).onlyEnforceIf(literal); // rule 11
            }
            if (type.isMilitary()) {
                Domain cleared = clearedSlots(lane, type);
                if (cleared.isEmpty()) {
                    model.addEquality(literal, 0); // rule 8: never cleared in some country
                } else {
                    model.addLinearExpressionInDomain(departure, cleared).onlyEnforceIf(literal); // rule 8
                }
            }
            if (!type.canFly(lane.getDistanceNm())) {
                model.addEquality(literal, 0); // rule 10
            }
        });
        // Rule 14: every arrival by the end of the aircraft's availability.
        flownBy.get(flight).forEach((aircraft, literal) -> model.addLessOrEqual(departure,
                window.lastSlotAtOrBefore(aircraft.getAvailableToMinute() - lane.flightMinutes(aircraft.getType())))
                .onlyEnforceIf(literal));
        // Rules 6 and 7 hold by the slot range: the lane's last slot is before the deadline and the closure.
    }

    /** Rule 8: the slots at which a clearance listing the type is valid in every country the lane needs. */
    private Domain clearedSlots(Lane lane, AircraftType type) {
        Domain slots = laneSlots(lane);
        for (CountryClearances country : lane.getRequiredClearances()) {
            Domain valid = new Domain();
            for (Clearance clearance : problem.getClearances()) {
                if (clearance.getCountry().equals(country.getCountry()) && clearance.lists(type)) {
                    valid = valid.unionWith(slotsBetween(clearance.getValidFromMinute(),
                            clearance.getValidToMinute()));
                }
            }
            slots = slots.intersectionWith(valid);
        }
        return slots;
    }

    private static int firstSlot(Lane lane) {
        return lane.getSlotRange().get(0);
    }

    private static int lastSlot(Lane lane) {
        return lane.getSlotRange().get(lane.getSlotRange().getSize() - 1);
    }

    private static Domain laneSlots(Lane lane) {
        return new Domain(firstSlot(lane), lastSlot(lane));
    }

    /** The slots departing at or after {@code fromMinute} and before {@code toMinute}. */
    private Domain slotsBetween(int fromMinute, int toMinute) {
        int first = window.firstSlotAtOrAfter(fromMinute);
        int last = window.lastSlotAtOrBefore(toMinute - 1);
        return first > last ? new Domain() : new Domain(first, last);
    }

    /** Flights of one pool are interchangeable: the flown ones come first, in order of departure. */
    private void addPoolOrder() {
        for (Lane lane : problem.getLanes()) {
            List<Flight> pool = lane.getFlights();
            for (int i = 1; i < pool.size(); i++) {
                Flight earlier = pool.get(i - 1);
                Flight later = pool.get(i);
                model.addImplication(flies.get(later), flies.get(earlier));
                model.addLessOrEqual(slot.get(earlier), slot.get(later)).onlyEnforceIf(flies.get(later));
            }
        }
    }

    // ************************************************************************
    // Rule 13: security forces leave last
    // ************************************************************************

    private void addForceProtection() {
        for (PersonnelGroup group : problem.getPersonnel()) {
            if (!group.isSecurity()) {
                continue;
            }
            Airfield origin = group.getLane().getOrigin();
            for (CargoItem item : problem.getCargo()) {
                if (item.isSensitive() && item.getLane().getOrigin() == origin) {
                    model.addGreaterOrEqual(loadSlot.get(group), loadSlot.get(item))
                            .onlyEnforceIf(new Literal[] {moved.get(group), moved.get(item)});
                }
            }
        }
    }

    // ************************************************************************
    // Rule 14: each aircraft's flights form a path from its base
    // ************************************************************************

    /**
     * One circuit per aircraft through a depot node (its base and window) and the flights it flies, in order of
     * departure; an arc from one flight to the next carries the turnaround, and an arc exists only where a
     * positioning leg has a route within range (rule 10).
     */
    private void addContinuity() {
        RouteMap routes = problem.getRoutes();
        for (Aircraft aircraft : problem.getAircraft()) {
            AircraftType type = aircraft.getType();
            List<Flight> candidates = problem.getFlights().stream()
                    .filter(flight -> flownBy.get(flight).containsKey(aircraft)).toList();
            CircuitConstraint circuit = model.addCircuit();
            circuit.addArc(0, 0, model.newBoolVar(aircraft.getId() + " idle"));
            for (int i = 0; i < candidates.size(); i++) {
                Flight flight = candidates.get(i);
                BoolVar flown = flownBy.get(flight).get(aircraft);
                circuit.addArc(i + 1, i + 1, flown.not());
                circuit.addArc(i + 1, 0, model.newBoolVar(flight.getId() + " last of " + aircraft.getId()));
                Airfield base = aircraft.getBase();
                if (canPosition(routes, type, base, flight.getOrigin())) {
                    BoolVar first = model.newBoolVar(flight.getId() + " first of " + aircraft.getId());
                    circuit.addArc(0, i + 1, first);
                    int earliest = PositioningLeg.earliestFirstDepartureMinute(aircraft, flight.getOrigin());
                    model.addGreaterOrEqual(slot.get(flight), window.firstSlotAtOrAfter(earliest))
                            .onlyEnforceIf(first);
                }
                for (int j = 0; j < candidates.size(); j++) {
                    Flight next = candidates.get(j);
                    if (i == j || !canPosition(routes, type, flight.getDestination(), next.getOrigin())) {
                        continue;
                    }
                    BoolVar follows = model.newBoolVar(next.getId() + " after " + flight.getId());
                    circuit.addArc(i + 1, j + 1, follows);
                    int turnaround = flight.getLane().flightMinutes(type) + 2 * type.getGroundMinutes()
                            + routes.flightMinutes(flight.getDestination(), next.getOrigin(), type);
                    // slotMinutes * next >= slotMinutes * previous + turnaround
                    model.addGreaterOrEqual(LinearExpr.newBuilder().addTerm(slot.get(next), slotMinutes)
                            .addTerm(slot.get(flight), -slotMinutes), turnaround).onlyEnforceIf(follows);
                }
            }
        }
    }

    private static boolean canPosition(RouteMap routes, AircraftType type, Airfield from, Airfield to) {
        return routes.hasRoute(from, to) && routes.distanceNm(from, to) <= type.getRangeNm();
    }

    // ************************************************************************
    // Rules 8 and 15: caps per UTC day
    // ************************************************************************

    private void addDailyCaps() {
        for (Airfield airfield : problem.getAirfields()) {
            List<Flight> departing = problem.getFlights().stream()
                    .filter(flight -> flight.getOrigin() == airfield).toList();
            capPerDay(departing, null, airfield.getMaxDeparturesPerDay(), airfield.getCode());
        }
        for (Clearance clearance : problem.getClearances()) {
            if (clearance.getMaxFlightsPerDay() == Clearance.UNLIMITED_FLIGHTS) {
                continue;
            }
            List<Flight> needing = problem.getFlights().stream()
                    .filter(flight -> flight.getLane().getRequiredClearances().stream()
                            .anyMatch(country -> country.getCountry().equals(clearance.getCountry())))
                    .toList();
            capPerDay(needing, clearance, clearance.getMaxFlightsPerDay(), clearance.getId());
        }
    }

    /**
     * At most {@code cap} of the flights depart on each UTC day; with a clearance, only military flights departing
     * while it is valid count (rule 8 makes it the clearance they fly under). A flight counted on a day is marked by
     * a literal that must be true when it departs that day; the cap keeps the others false.
     */
    private void capPerDay(List<Flight> flights, Clearance clearance, int cap, String name) {
        Map<Integer, LinearExprBuilder> countByDay = new LinkedHashMap<>();
        for (Flight flight : flights) {
            Literal counts = clearance == null ? flies.get(flight) : military(flight);
            if (counts == null) {
                continue;
            }
            Lane lane = flight.getLane();
            int firstMinute = window.minuteOfSlot(firstSlot(lane));
            int lastMinute = window.minuteOfSlot(lastSlot(lane));
            for (int dayStart = firstMinute; dayStart <= lastMinute; dayStart = window.startOfNextUtcDay(dayStart)) {
                int dayEnd = window.startOfNextUtcDay(dayStart);
                int from = clearance == null ? dayStart : Math.max(dayStart, clearance.getValidFromMinute());
                int to = clearance == null ? dayEnd : Math.min(dayEnd, clearance.getValidToMinute());
                Domain slots = slotsBetween(from, to).intersectionWith(laneSlots(lane));
                if (slots.isEmpty()) {
                    continue;
                }
                BoolVar onDay = model.newBoolVar(flight.getId() + " counts for " + name);
                model.addLinearExpressionInDomain(slot.get(flight), slots.complement())
                        .onlyEnforceIf(new Literal[] {counts, onDay.not()});
                countByDay.computeIfAbsent(window.utcDay(dayStart), day -> LinearExpr.newBuilder()).add(onDay);
            }
        }
        countByDay.values().forEach(count -> model.addLessOrEqual(count, cap));
    }

    /** A literal true when a military aircraft flies the flight, or null when none may. */
    private Literal military(Flight flight) {
        List<BoolVar> militaryTypes = flownByType.get(flight).entrySet().stream()
                .filter(entry -> entry.getKey().isMilitary()).map(Map.Entry::getValue).toList();
        if (militaryTypes.isEmpty()) {
            return null;
        }
        BoolVar literal = model.newBoolVar(flight.getId() + " military");
        model.addEquality(sum(militaryTypes), literal);
        return literal;
    }

    // ************************************************************************
    // Rule 16: parking
    // ************************************************************************

    /** A cumulative per airfield: each flight holds a spot before departure and after arrival, half-open spans. */
    private void addParking() {
        Map<Airfield, CumulativeConstraint> ramps = new HashMap<>();
        for (Airfield airfield : problem.getAirfields()) {
            ramps.put(airfield, model.addCumulative(airfield.getParkingSpots()));
        }
        for (Flight flight : problem.getFlights()) {
            IntVar departure = slot.get(flight);
            flownByType.get(flight).forEach((type, literal) -> {
                int ground = type.getGroundMinutes();
                if (ground == 0) {
                    return; // an empty span holds no spot
                }
                LinearExpr atOrigin = LinearExpr.newBuilder().addTerm(departure, slotMinutes).add(-ground).build();
                LinearExpr atDestination = LinearExpr.newBuilder().addTerm(departure, slotMinutes)
                        .add(flight.getLane().flightMinutes(type)).build();
                ramps.get(flight.getOrigin()).addDemand(
                        model.newOptionalFixedSizeIntervalVar(atOrigin, ground, literal, flight.getId() + " out"), 1);
                ramps.get(flight.getDestination()).addDemand(
                        model.newOptionalFixedSizeIntervalVar(atDestination, ground, literal, flight.getId() + " in"),
                        1);
            });
        }
    }

    // ************************************************************************
    // Objective: rule 17 first, then the cost
    // ************************************************************************

    /** Adds the cost terms and returns the most any plan of the problem can cost. */
    private long addCost() {
        long mostCost = 0;
        for (Flight flight : problem.getFlights()) {
            long dearest = 0;
            for (Map.Entry<AircraftType, BoolVar> entry : flownByType.get(flight).entrySet()) {
                long usd = flight.getLane().costUsd(entry.getKey());
                costTerms.addTerm(entry.getValue(), usd);
                dearest = Math.max(dearest, usd);
            }
            mostCost += dearest;
        }
        for (CargoItem item : problem.getCargo()) {
            if (!item.isMandatory()) {
                // valueUsd * (1 - moved)
                costTerms.add(item.getValueUsd()).addTerm(moved.get(item), -item.getValueUsd());
                mostCost += item.getValueUsd();
            }
        }
        for (PersonnelGroup group : problem.getPersonnel()) {
            mostCost += addWaiting(group);
        }
        return mostCost;
    }

    /**
     * Waiting: {@code floor(count * minutes * personDayCostUsd / 1440)}, held exactly by
     * {@code 1440 * w <= n <= 1440 * w + 1439} with n the numerator, and 0 for a group not moved.
     */
    private long addWaiting(PersonnelGroup group) {
        long perMinute = (long) group.getCount() * problem.getPersonDayCostUsd();
        Lane lane = group.getLane();
        int lastMinute = window.minuteOfSlot(lastSlot(lane));
        long most = Math.max(0, group.waitingCostUsd(lastMinute));
        IntVar waiting = model.newIntVar(0, most, group.getId() + " waiting");
        LinearExpr numerator = LinearExpr.newBuilder().addTerm(loadSlot.get(group), perMinute * slotMinutes)
                .add(-perMinute * group.getReadyMinute()).build();
        LinearExpr scaled = LinearExpr.term(waiting, MINUTES_PER_DAY);
        BoolVar isMoved = moved.get(group);
        model.addLessOrEqual(scaled, numerator).onlyEnforceIf(isMoved);
        model.addGreaterOrEqual(LinearExpr.newBuilder().add(scaled).add(MINUTES_PER_DAY - 1), numerator)
                .onlyEnforceIf(isMoved);
        model.addEquality(waiting, 0).onlyEnforceIf(isMoved.not());
        costTerms.add(waiting);
        return most;
    }

    /** Mandatory items and people not moved (rule 17), as the medium score counts them. */
    private LinearExpr notMovedSum() {
        LinearExprBuilder notMoved = LinearExpr.newBuilder();
        for (CargoItem item : problem.getCargo()) {
            if (item.isMandatory()) {
                notMoved.add(1).addTerm(moved.get(item), -1);
            }
        }
        for (PersonnelGroup group : problem.getPersonnel()) {
            notMoved.add(group.getCount()).addTerm(moved.get(group), -group.getCount());
        }
        return notMoved.build();
    }

    // ************************************************************************
    // Reading a solution back
    // ************************************************************************

    /**
     * Sets the problem's variables to the solver's last solution: flown flights get their aircraft and slot,
     * the others their lane's first aircraft and slot (nothing looks at a flight with no load), loads their flight.
     */
    void applyTo(CpSolver solver) {
        flies.forEach((flight, flown) -> {
            flight.setDepartureSlot((int) solver.value(slot.get(flight)));
            flight.setAircraft(flight.getLane().getCandidateAircraft().get(0));
            flownBy.get(flight).forEach((aircraft, literal) -> {
                if (solver.booleanValue(literal)) {
                    flight.setAircraft(aircraft);
                }
            });
        });
        rides.forEach((load, byFlight) -> {
            load.setFlight(null);
            byFlight.forEach((flight, literal) -> {
                if (solver.booleanValue(literal)) {
                    load.setFlight(flight);
                }
            });
        });
    }

    /** Sets the plan that moves nothing and returns its items and people not moved. */
    long applyEmpty() {
        flies.keySet().forEach(flight -> {
            flight.setDepartureSlot(firstSlot(flight.getLane()));
            flight.setAircraft(flight.getLane().getCandidateAircraft().get(0));
        });
        rides.keySet().forEach(load -> load.setFlight(null));
        return problem.getCargo().stream().filter(CargoItem::isMandatory).count()
                + problem.getPersonnel().stream().mapToLong(PersonnelGroup::getCount).sum();
    }

    /** What the plan that moves nothing costs: the value of all optional cargo. */
    long leftBehindValueOfAll() {
        return problem.getCargo().stream().filter(item -> !item.isMandatory()).mapToLong(CargoItem::getValueUsd)
                .sum();
    }

    private static LinearExpr sum(Iterable<BoolVar> literals) {
        LinearExprBuilder builder = LinearExpr.newBuilder();
        literals.forEach(builder::add);
        return builder.build();
    }
}
