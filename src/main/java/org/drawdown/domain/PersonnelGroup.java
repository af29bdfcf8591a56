package org.drawdown.domain;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;

/** A unit group of the roster, moved together. Every group must leave; an unassigned group counts on medium. */
@PlanningEntity
public class PersonnelGroup extends PlannedLoad {

    private String unit;
    private int count;
    private int kgPerPerson;
    private boolean security;
    private long personDayCostUsd;

    private PersonnelGroup() {
    }

    public PersonnelGroup(String id, String unit, Lane lane, int count, int kgPerPerson, boolean security,
            int readyMinute, long personDayCostUsd) {
        super(id, lane, readyMinute);
        this.unit = unit;
        this.count = count;
        this.kgPerPerson = kgPerPerson;
        this.security = security;
        this.personDayCostUsd = personDayCostUsd;
    }

    /** A copy on the cloned lane and flight, for {@link DrawdownPlanCloner}. */
    PersonnelGroup planningClone(Lane clonedLane, Flight clonedFlight) {
        PersonnelGroup clone = cloneInto(new PersonnelGroup(), clonedLane, clonedFlight);
        clone.unit = unit;
        clone.count = count;
        clone.kgPerPerson = kgPerPerson;
        clone.security = security;
        clone.personDayCostUsd = personDayCostUsd;
        return clone;
    }

    /**
     * {@code count * minutes(departure - readyAt) * personDayCostUsd / 1440}, rounded down, for the given departure.
     */
    public long waitingCostUsd(int departureMinute) {
        return Math.floorDiv((long) count * (departureMinute - getReadyMinute()) * personDayCostUsd, 1440L);
    }

    public String getUnit() {
        return unit;
    }

    public int getCount() {
        return count;
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
}
