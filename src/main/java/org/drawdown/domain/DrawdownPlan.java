package org.drawdown.domain;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;


/**
 * A scenario with its flight pools, and the solver's assignment of aircraft, slots and flights.
 * Score: hard = rules 1-16, medium = people and mandatory items not moved (rule 17), soft = -cost in USD.
 */
@PlanningSolution(solutionCloner = DrawdownPlanCloner.class)
public class DrawdownPlan {

    private String name;
    private PlanningWindow window;
    private long personDayCostUsd;
    private RouteMap routes;

    @ProblemFactCollectionProperty
    private List<Airfield> airfields;
    @ProblemFactCollectionProperty
    private List<AircraftType> aircraftTypes;
    @ProblemFactCollectionProperty
    private List<Aircraft> aircraft;
    @ProblemFactCollectionProperty
    private List<Clearance> clearances;
    @ProblemFactCollectionProperty
    private List<Lane> lanes;

    @PlanningEntityCollectionProperty
    private List<Flight> flights;
    @PlanningEntityCollectionProperty
    private List<CargoItem> cargo;
    @PlanningEntityCollectionProperty
    private List<PersonnelGroup> personnel;

    /** Set by the problem builder: the change rate of replanning weighs the plan-change constraints. */
    private ConstraintWeightOverrides<HardMediumSoftLongScore> constraintWeightOverrides = ConstraintWeightOverrides.none();

    @PlanningScore
    private HardMediumSoftLongScore score;

    private DrawdownPlan() {
    }

    /** A copy with the given cloned entities and lanes, sharing every fact, for {@link DrawdownPlanCloner}. */
    DrawdownPlan planningClone(List<Lane> clonedLanes, List<Flight> clonedFlights, List<CargoItem> clonedCargo,
            List<PersonnelGroup> clonedPersonnel) {
        DrawdownPlan clone = new DrawdownPlan();
        clone.name = name;
        clone.window = window;
        clone.personDayCostUsd = personDayCostUsd;
        clone.routes = routes;
        clone.airfields = airfields;
        clone.aircraftTypes = aircraftTypes;
        clone.aircraft = aircraft;
        clone.clearances = clearances;
        clone.lanes = clonedLanes;
        clone.flights = clonedFlights;
        clone.cargo = clonedCargo;
        clone.personnel = clonedPersonnel;
        clone.constraintWeightOverrides = constraintWeightOverrides;
        clone.score = score;
        return clone;
    }

    public DrawdownPlan(String name, PlanningWindow window, long personDayCostUsd, RouteMap routes,
            List<Airfield> airfields, List<AircraftType> aircraftTypes, List<Aircraft> aircraft,
            List<Clearance> clearances, List<Lane> lanes, List<Flight> flights, List<CargoItem> cargo,
            List<PersonnelGroup> personnel) {
        this.name = name;
        this.window = window;
        this.personDayCostUsd = personDayCostUsd;
        this.routes = routes;
        this.airfields = airfields;
        this.aircraftTypes = aircraftTypes;
        this.aircraft = aircraft;
        this.clearances = clearances;
        this.lanes = lanes;
        this.flights = flights;
        this.cargo = cargo;
        this.personnel = personnel;
    }

    /** The flown flights, in the order of {@link #getFlights()}, with what each carries. */
    public Map<Flight, Manifest> manifests() {
        Map<Flight, Manifest> byFlight = new IdentityHashMap<>();
        for (CargoItem item : cargo) {
            if (item.getFlight() != null) {
                byFlight.computeIfAbsent(item.getFlight(), flight -> new Manifest()).cargo().add(item);
            }
        }
        for (PersonnelGroup group : personnel) {
            if (group.getFlight() != null) {
                byFlight.computeIfAbsent(group.getFlight(), flight -> new Manifest()).personnel().add(group);
            }
        }
        Map<Flight, Manifest> ordered = new LinkedHashMap<>();
        for (Flight flight : flights) {
            Manifest manifest = byFlight.get(flight);
            if (manifest != null) {
                ordered.put(flight, manifest);
            }
        }
        return ordered;
    }

    public String getName() {
        return name;
    }

    public PlanningWindow getWindow() {
        return window;
    }

    public long getPersonDayCostUsd() {
        return personDayCostUsd;
    }

    public RouteMap getRoutes() {
        return routes;
    }

    public List<Airfield> getAirfields() {
        return airfields;
    }

    public List<AircraftType> getAircraftTypes() {
        return aircraftTypes;
    }

    public List<Aircraft> getAircraft() {
        return aircraft;
    }

    public List<Clearance> getClearances() {
        return clearances;
    }

    public List<Lane> getLanes() {
        return lanes;
    }

    public List<Flight> getFlights() {
        return flights;
    }

    public List<CargoItem> getCargo() {
        return cargo;
    }

    public List<PersonnelGroup> getPersonnel() {
        return personnel;
    }

    public ConstraintWeightOverrides<HardMediumSoftLongScore> getConstraintWeightOverrides() {
        return constraintWeightOverrides;
    }

    public void setConstraintWeightOverrides(ConstraintWeightOverrides<HardMediumSoftLongScore> overrides) {
        this.constraintWeightOverrides = overrides;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
