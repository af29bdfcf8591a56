package org.drawdown.domain;

import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.CountableValueRange;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeFactory;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/**
 * A candidate sortie of a lane. The solver picks its aircraft and departure slot; loads pick it. A flight with no
 * load is not flown: it costs nothing and no rule looks at it.
 * <p>
 * Everything here derives from the flight's own variables and the scenario, never from its loads: a flight has no
 * list of its loads, so moving a load does not update the flight in the constraint streams, and the schedule rules
 * (turnarounds, ramp, caps) are only recomputed when a flight is retimed or changes aircraft.
 */
@PlanningEntity
public class Flight {

    private String id;
    /** Unique among the flights of a plan; breaks ties between flights of one aircraft that depart together. */
    private int index;
    private Lane lane;
    private PlanningWindow window;

    /** Flew before "now" when replanning: kept as it was, and no rule is checked on it alone. */
    private boolean history;
    /** Kept where it is while a replan repairs what the changed scenario broke elsewhere. */
    private boolean frozen;

    @PlanningVariable(valueRangeProviderRefs = "laneAircraft")
    private Aircraft aircraft;

    @PlanningVariable(valueRangeProviderRefs = "laneSlots")
    private Integer departureSlot;

    /** Its place in the plan's list of flights, for a {@link ChangeJournal} to mark it by. */
    int journalPosition;

    private Flight() {
    }

    /** A copy on the cloned lane, for {@link DrawdownPlanCloner}. */
    Flight planningClone(Lane clonedLane) {
        Flight clone = new Flight();
        clone.id = id;
        clone.index = index;
        clone.lane = clonedLane;
        clone.window = window;
        clone.history = history;
        clone.frozen = frozen;
        clone.aircraft = aircraft;
        clone.departureSlot = departureSlot;
        return clone;
    }

    public Flight(String id, int index, Lane lane, PlanningWindow window) {
        this.id = id;
        this.index = index;
        this.lane = lane;
        this.window = window;
    }

    /** The lane's aircraft; a pinned flight never changes, so its range is just its own aircraft. */
    @ValueRangeProvider(id = "laneAircraft")
    public List<Aircraft> getCandidateAircraft() {
        return isPinned() ? List.of(aircraft) : lane.getCandidateAircraft();
    }

    /** The lane's window from now on; a pinned flight's range is its own slot (history's lies before now). */
    @ValueRangeProvider(id = "laneSlots")
    public CountableValueRange<Integer> getSlotRange() {
        return isPinned() ? ValueRangeFactory.createIntValueRange(departureSlot, departureSlot + 1)
                : lane.getSlotRange();
    }

    public Airfield getOrigin() {
        return lane.getOrigin();
    }

    public Airfield getDestination() {
        return lane.getDestination();
    }

    public AircraftType getType() {
        return aircraft.getType();
    }

    public int getDepartureMinute() {
        return window.minuteOfSlot(departureSlot);
    }

    public int getFlightMinutes() {
        return lane.flightMinutes(aircraft.getType());
    }

    public int getArrivalMinute() {
        return getDepartureMinute() + getFlightMinutes();
    }

    public int getGroundMinutes() {
        return aircraft.getType().getGroundMinutes();
    }

    public int getDepartureDay() {
        return window.utcDay(getDepartureMinute());
    }

    /** Orders the flights of one aircraft by departure, ties broken by index. */
    public long getSequenceKey() {
        return sequenceKey(getDepartureMinute());
    }

    /** The flight's sequence key were it to depart at the minute. */
    public long sequenceKey(int departureMinute) {
        return ((long) departureMinute << 32) | index;
    }

    // ************************************************************************
    // Rules on the flight alone
    // ************************************************************************

    public int getMinutesAfterDeadline() {
        return Math.max(0, getDepartureMinute() - window.deadlineMinute());
    }

    /** Zero when departing before the origin closes, else minutes since closure plus one (closure itself is late). */
    public long getMinutesAfterClosure() {
        Airfield origin = lane.getOrigin();
        if (!origin.closes()) {
            return 0;
        }
        return Math.max(0L, (long) getDepartureMinute() - origin.getClosesAtMinute() + 1);
    }

    public int getRangeOverNm() {
        return Math.max(0, lane.getDistanceNm() - aircraft.getType().getRangeNm());
    }

    public int getMinutesAfterAvailability() {
        return Math.max(0, getArrivalMinute() - aircraft.getAvailableToMinute());
    }

    // ************************************************************************
    // Clearances
    // ************************************************************************

    /**
     * Rule 8, how far from being cleared: for each country this military flight needs a clearance of, the minutes
     * from its departure to the nearest time a clearance of that country listing its type is valid. Zero when
     * every one is valid now. Minutes, like the other time rules, so that moving the flight toward a valid window
     * shows as progress and weighs against what the move costs elsewhere.
     */
    public long getMinutesWithoutClearance() {
        if (!aircraft.getType().isMilitary()) {
            return 0;
        }
        int departure = getDepartureMinute();
        long minutes = 0;
        for (CountryClearances country : lane.getRequiredClearances()) {
            minutes += country.minutesToValid(departure, aircraft.getType());
        }
        return minutes;
    }

    /**
     * The earliest minute at which this flight, departing later on the same aircraft, could be cleared in every
     * country it needs: its own departure when it is cleared now, {@link Integer#MAX_VALUE} when never.
     */
    public int getNextClearedMinute() {
        int departure = getDepartureMinute();
        if (!aircraft.getType().isMilitary()) {
            return departure;
        }
        int earliest = departure;
        for (CountryClearances country : lane.getRequiredClearances()) {
            if (country.minutesToValid(departure, aircraft.getType()) > 0) {
                earliest = Math.max(earliest, country.nextValidFrom(departure, aircraft.getType()));
            }
        }
        return earliest;
    }

    /** The clearances this flight flies under, each with its UTC day, for the daily caps. */
    public List<ClearanceUse> getClearanceUses() {
        if (!aircraft.getType().isMilitary() || lane.getRequiredClearances().isEmpty()) {
            return List.of();
        }
        int departure = getDepartureMinute();
        int day = window.utcDay(departure);
        List<ClearanceUse> uses = new ArrayList<>(lane.getRequiredClearances().size());
        for (CountryClearances country : lane.getRequiredClearances()) {
            Clearance clearance = country.validAt(departure);
            if (clearance != null && clearance.lists(aircraft.getType())
                    && clearance.getMaxFlightsPerDay() != Clearance.UNLIMITED_FLIGHTS) {
                uses.add(new ClearanceUse(clearance, day, this));
            }
        }
        return uses;
    }

    // ************************************************************************
    // Ramp
    // ************************************************************************

    /** The parking spots this flight holds: before departure at its origin, after arrival at its destination. */
    public List<ParkingUse> getParkingUses() {
        int departure = getDepartureMinute();
        int arrival = departure + getFlightMinutes();
        int ground = getGroundMinutes();
        return List.of(new ParkingUse(lane.getOrigin(), departure - ground, departure, this),
                new ParkingUse(lane.getDestination(), arrival, arrival + ground, this));
    }

    /** Out and back, for this flight's aircraft type. */
    public long getFlyingCostUsd() {
        return lane.costUsd(aircraft.getType());
    }

    // ************************************************************************
    // Plain accessors
    // ************************************************************************

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    @PlanningId
    public int getIndex() {
        return index;
    }

    public Lane getLane() {
        return lane;
    }

    public PlanningWindow getWindow() {
        return window;
    }

    /** Timefold moves neither history nor what a replan holds still. */
    @PlanningPin
    public boolean isPinned() {
        return history || frozen;
    }

    public boolean isHistory() {
        return history;
    }

    public void setHistory(boolean history) {
        this.history = history;
    }

    public boolean isFrozen() {
        return frozen;
    }

    public void setFrozen(boolean frozen) {
        this.frozen = frozen;
    }

    public Aircraft getAircraft() {
        return aircraft;
    }

    public void setAircraft(Aircraft aircraft) {
        this.aircraft = aircraft;
    }

    public Integer getDepartureSlot() {
        return departureSlot;
    }

    public void setDepartureSlot(Integer departureSlot) {
        this.departureSlot = departureSlot;
    }

    @Override
    public String toString() {
        return id;
    }
}
