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

    private List<Airfield> airfields;
    private List<AircraftType> aircraftTypes;
    private List<Aircraft> aircraft;
    private List<Clearance> clearances;
    private List<Lane> lanes;

    private List<Flight> flights;
    private List<CargoItem> cargo;
    private List<PersonnelGroup> personnel;

    /** Set by the problem builder: the change rate of replanning weighs the plan-change constraints. */
    private ConstraintWeightOverrides<HardMediumSoftLongScore> constraintWeightOverrides = ConstraintWeightOverrides.none();

    private HardMediumSoftLongScore score;

    /**
     * Set on a clone whose entities are not built yet: built on first use from this record of the variables. The
     * annotations are on the getters, so that Timefold too builds them only when it reads them.
     */
    private volatile DrawdownPlanCloner.Snapshot snapshot;

    /** On the working plan during local search: what changed since the last clone. Never cloned. */
    private ChangeJournal changeJournal;

    private DrawdownPlan() {
    }

    /** A clone sharing every fact, whose entities the snapshot builds on first use; see {@link DrawdownPlanCloner}. */
    DrawdownPlan planningClone(DrawdownPlanCloner.Snapshot entities) {
        DrawdownPlan clone = new DrawdownPlan();
        clone.name = name;
        clone.window = window;
        clone.personDayCostUsd = personDayCostUsd;
        clone.routes = routes;
        clone.airfields = airfields;
        clone.aircraftTypes = aircraftTypes;
        clone.aircraft = aircraft;
        clone.clearances = clearances;
        clone.snapshot = entities;
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
        for (CargoItem item : getCargo()) {
            if (item.getFlight() != null) {
                byFlight.computeIfAbsent(item.getFlight(), flight -> new Manifest()).cargo().add(item);
            }
        }
        for (PersonnelGroup group : getPersonnel()) {
            if (group.getFlight() != null) {
                byFlight.computeIfAbsent(group.getFlight(), flight -> new Manifest()).personnel().add(group);
            }
        }
        Map<Flight, Manifest> ordered = new LinkedHashMap<>();
        for (Flight flight : getFlights()) {
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

    /** The journal of changes to report to, attached on first use; see {@link ChangeJournal}. */
    public ChangeJournal attachChangeJournal() {
        if (changeJournal == null) {
            changeJournal = new ChangeJournal(this);
        }
        return changeJournal;
    }

    /** From now on changes go unreported, so clones read every entity again. */
    public void detachChangeJournal() {
        changeJournal = null;
    }

    /** The journal attached, or null. */
    public ChangeJournal getChangeJournal() {
        return changeJournal;
    }

    /** Builds the entities of a clone that has not been read yet. */
    private void materialize() {
        if (snapshot != null) {
            synchronized (this) {
                DrawdownPlanCloner.Snapshot pending = snapshot;
                if (pending != null) {
                    DrawdownPlanCloner.Entities built = pending.build();
                    lanes = built.lanes();
                    flights = built.flights();
                    cargo = built.cargo();
                    personnel = built.personnel();
                    snapshot = null;
                }
            }
        }
    }

    @ProblemFactCollectionProperty
    public List<Airfield> getAirfields() {
        return airfields;
    }

    @ProblemFactCollectionProperty
    public List<AircraftType> getAircraftTypes() {
        return aircraftTypes;
    }

    @ProblemFactCollectionProperty
    public List<Aircraft> getAircraft() {
        return aircraft;
    }

    @ProblemFactCollectionProperty
    public List<Clearance> getClearances() {
        return clearances;
    }

    @ProblemFactCollectionProperty
    public List<Lane> getLanes() {
        materialize();
        return lanes;
    }

    @PlanningEntityCollectionProperty
    public List<Flight> getFlights() {
        materialize();
        return flights;
    }

    @PlanningEntityCollectionProperty
    public List<CargoItem> getCargo() {
        materialize();
        return cargo;
    }

    @PlanningEntityCollectionProperty
    public List<PersonnelGroup> getPersonnel() {
        materialize();
        return personnel;
    }

    public ConstraintWeightOverrides<HardMediumSoftLongScore> getConstraintWeightOverrides() {
        return constraintWeightOverrides;
    }

    public void setConstraintWeightOverrides(ConstraintWeightOverrides<HardMediumSoftLongScore> overrides) {
        this.constraintWeightOverrides = overrides;
    }

    /**
     * Feasible as the contract means it: no rule broken (hard) and nothing mandatory left behind (medium, rule 17).
     * Timefold's {@code isFeasible()} looks at the hard level only, so it would call a plan that leaves people
     * behind feasible; every feasibility test of this project is this one.
     */
    public static boolean isFeasible(HardMediumSoftLongScore score) {
        return score.hardScore() >= 0 && score.mediumScore() >= 0;
    }

    @PlanningScore
    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
