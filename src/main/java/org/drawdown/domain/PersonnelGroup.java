package org.drawdown.domain;

import java.util.List;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/** A unit group of the roster, moved together. Every group must leave; an unassigned group counts on medium. */
@PlanningEntity
public class PersonnelGroup implements Load {

    private String id;
    private String unit;
    private Lane lane;
    private int count;
    private int kgPerPerson;
    private boolean security;
    private int readyMinute;
    private long personDayCostUsd;
    private PriorAssignment priorAssignment;

    /** Flew before "now" when replanning: kept as it was, and no rule is checked on it alone. */
    private boolean history;
    /** Kept where it is while a replan repairs what the changed scenario broke elsewhere. */
    private boolean frozen;

    @PlanningVariable(valueRangeProviderRefs = "personnelFlights", allowsUnassigned = true)
    private Flight flight;

    private PersonnelGroup() {
    }

    /** A copy on the cloned lane and flight, for {@link DrawdownPlanCloner}. */
    PersonnelGroup planningClone(Lane clonedLane, Flight clonedFlight) {
        PersonnelGroup clone = new PersonnelGroup();
        clone.id = id;
        clone.unit = unit;
        clone.lane = clonedLane;
        clone.count = count;
        clone.kgPerPerson = kgPerPerson;
        clone.security = security;
        clone.readyMinute = readyMinute;
        clone.personDayCostUsd = personDayCostUsd;
        clone.priorAssignment = priorAssignment;
        clone.history = history;
        clone.frozen = frozen;
        clone.flight = clonedFlight;
        return clone;
    }

    public PersonnelGroup(String id, String unit, Lane lane, int count, int kgPerPerson, boolean security,
            int readyMinute, long personDayCostUsd) {
        this.id = id;
        this.unit = unit;
        this.lane = lane;
        this.count = count;
        this.kgPerPerson = kgPerPerson;
        this.security = security;
        this.readyMinute = readyMinute;
        this.personDayCostUsd = personDayCostUsd;
    }

    /** The flights of the lane's pool. */
    @ValueRangeProvider(id = "personnelFlights")
    public List<Flight> getPossibleFlights() {
        // A pinned load stays where it is: a history flight is in no pool.
        return isPinned() ? List.of(flight) : lane.getFlights();
    }

    /**
     * {@code count * minutes(departure - readyAt) * personDayCostUsd / 1440}, rounded down, for the given departure.
     */
    public long waitingCostUsd(int departureMinute) {
        return Math.floorDiv((long) count * (departureMinute - readyMinute) * personDayCostUsd, 1440L);
    }

    @Override
    public String getId() {
        return id;
    }

    public String getUnit() {
        return unit;
    }

    @Override
    public Lane getLane() {
        return lane;
    }

    public int getCount() {
        return count;
    }

    public int getKgPerPerson() {
        return kgPerPerson;
    }

    @Override
    public int getWeightKg() {
        return count * kgPerPerson;
    }

    @Override
    public int getPalletPositions() {
        return 0;
    }

    @Override
    public int getPassengers() {
        return count;
    }

    public boolean isSecurity() {
        return security;
    }

    @Override
    public boolean isMandatory() {
        return true;
    }

    @Override
    public boolean isOutsize() {
        return false;
    }

    @Override
    public int getReadyMinute() {
        return readyMinute;
    }

    @Override
    public PriorAssignment getPriorAssignment() {
        return priorAssignment;
    }

    @Override
    public void setPriorAssignment(PriorAssignment priorAssignment) {
        this.priorAssignment = priorAssignment;
    }

    /** Timefold moves neither history nor what a replan holds still. */
    @PlanningPin
    @Override
    public boolean isPinned() {
        return history || frozen;
    }

    @Override
    public boolean isHistory() {
        return history;
    }

    @Override
    public void setHistory(boolean history) {
        this.history = history;
    }

    @Override
    public boolean isFrozen() {
        return frozen;
    }

    @Override
    public void setFrozen(boolean frozen) {
        this.frozen = frozen;
    }

    @Override
    public Flight getFlight() {
        return flight;
    }

    @Override
    public void setFlight(Flight flight) {
        this.flight = flight;
    }

    @Override
    public String toString() {
        return id;
    }
}
