package org.drawdown.domain;

import java.util.List;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/**
 * What cargo items and personnel groups have in common as planning entities: the flight the solver picks for them
 * (none when they stay behind), their lane, when they are ready, and what a replan knows of them.
 */
@PlanningEntity
public abstract class PlannedLoad implements Load {

    private String id;
    private Lane lane;
    private int readyMinute;
    private PriorAssignment priorAssignment;
    /** Flew before "now" when replanning: kept as it was, and no rule is checked on it alone. */
    private boolean history;
    /** Kept where it is while a replan repairs what the changed scenario broke elsewhere. */
    private boolean frozen;

    @PlanningVariable(valueRangeProviderRefs = "laneFlights", allowsUnassigned = true)
    private Flight flight;

    /** Its place in the plan's list of its kind, for a {@link ChangeJournal} to mark it by. */
    int journalPosition;

    /** For planning clones. */
    protected PlannedLoad() {
    }

    protected PlannedLoad(String id, Lane lane, int readyMinute) {
        this.id = id;
        this.lane = lane;
        this.readyMinute = readyMinute;
    }

    /** Copies this load's planning state into a clone, on the cloned lane and flight. */
    protected <L extends PlannedLoad> L cloneInto(L clone, Lane clonedLane, Flight clonedFlight) {
        PlannedLoad load = clone;
        load.id = id;
        load.lane = clonedLane;
        load.readyMinute = readyMinute;
        load.priorAssignment = priorAssignment;
        load.history = history;
        load.frozen = frozen;
        load.flight = clonedFlight;
        return clone;
    }

    /** The flights of the lane's pool. */
    @ValueRangeProvider(id = "laneFlights")
    public FlightPool getPossibleFlights() {
        // A pinned load stays where it is (a history flight is in no pool), or stays behind.
        if (isPinned()) {
            return new FlightPool(flight == null ? List.of() : List.of(flight));
        }
        return lane.getPool();
    }

    /** Unique among loads; lets Timefold find a load in its working copy of the plan (recommendAssignment). */
    @PlanningId
    @Override
    public String getId() {
        return id;
    }

    @Override
    public Lane getLane() {
        return lane;
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

    /**
     * Timefold moves neither history nor what a replan holds still, nor a load whose lane has no flight left to
     * take it (its origin closed before now): it has nothing to choose from.
     */
    @PlanningPin
    @Override
    public boolean isPinned() {
        return history || frozen || lane.getFlights().isEmpty();
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
