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

    @PlanningPin
    private boolean pinned;

    @PlanningVariable(valueRangeProviderRefs = "personnelFlights", allowsUnassigned = true)
    private Flight flight;

    /** For Timefold's solution cloner. */
    public PersonnelGroup() {
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

    @ValueRangeProvider(id = "personnelFlights")
    public List<Flight> getPossibleFlights() {
        return lane.getFlights();
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

    public void setPriorAssignment(PriorAssignment priorAssignment) {
        this.priorAssignment = priorAssignment;
    }

    @Override
    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    @Override
    public Flight getFlight() {
        return flight;
    }

    public void setFlight(Flight flight) {
        this.flight = flight;
    }

    @Override
    public String toString() {
        return id;
    }
}
