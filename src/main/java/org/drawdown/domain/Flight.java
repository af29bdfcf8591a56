package org.drawdown.domain;

import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.valuerange.CountableValueRange;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.InverseRelationShadowVariable;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/**
 * A candidate sortie of a lane. The solver picks its aircraft and departure slot; loads pick it. A flight with no
 * load is not flown: it costs nothing and no rule looks at it.
 * <p>
 * Everything a rule needs about a flight is derived here from its variables and its inverse load lists, so a
 * constraint stream over flights is updated whenever any of them changes.
 */
@PlanningEntity
public class Flight {

    private String id;
    /** Unique among the flights of a plan; breaks ties between flights of one aircraft that depart together. */
    private int index;
    private Lane lane;
    private PlanningWindow window;
    private long personDayCostUsd;

    @PlanningPin
    private boolean pinned;

    @PlanningVariable(valueRangeProviderRefs = "laneAircraft")
    private Aircraft aircraft;

    @PlanningVariable(valueRangeProviderRefs = "laneSlots")
    private Integer departureSlot;

    @InverseRelationShadowVariable(sourceVariableName = "flight")
    private List<CargoItem> cargo = new ArrayList<>();

    @InverseRelationShadowVariable(sourceVariableName = "flight")
    private List<PersonnelGroup> personnel = new ArrayList<>();

    /** For Timefold's solution cloner. */
    public Flight() {
    }

    public Flight(String id, int index, Lane lane, PlanningWindow window, long personDayCostUsd) {
        this.id = id;
        this.index = index;
        this.lane = lane;
        this.window = window;
        this.personDayCostUsd = personDayCostUsd;
    }

    @ValueRangeProvider(id = "laneAircraft")
    public List<Aircraft> getCandidateAircraft() {
        return lane.getCandidateAircraft();
    }

    @ValueRangeProvider(id = "laneSlots")
    public CountableValueRange<Integer> getSlotRange() {
        return lane.getSlotRange();
    }

    public boolean isFlown() {
        return !cargo.isEmpty() || !personnel.isEmpty();
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
        return ((long) getDepartureMinute() << 32) | index;
    }

    public long getFlyingCostUsd() {
        return lane.costUsd(aircraft.getType());
    }

    // ************************************************************************
    // Load figures
    // ************************************************************************

    public int getPassengers() {
        int passengers = 0;
        for (PersonnelGroup group : personnel) {
            passengers += group.getCount();
        }
        return passengers;
    }

    public int getPayloadKg() {
        int payload = 0;
        for (CargoItem item : cargo) {
            payload += item.getWeightKg();
        }
        for (PersonnelGroup group : personnel) {
            payload += group.getWeightKg();
        }
        return payload;
    }

    public int getPalletPositionsUsed() {
        int positions = 0;
        for (CargoItem item : cargo) {
            positions += item.getPalletPositions();
        }
        return positions + aircraft.getType().seatPalletPositions(getPassengers());
    }

    public int getPayloadOverKg() {
        return Math.max(0, getPayloadKg() - aircraft.getType().getMaxPayloadKg());
    }

    public int getPalletPositionsOver() {
        return Math.max(0, getPalletPositionsUsed() - aircraft.getType().getPalletPositions());
    }

    public int getSeatsOver() {
        return Math.max(0, getPassengers() - aircraft.getType().getSeats());
    }

    /** Loads whose lane is not this flight's. */
    public int getOffLaneLoadCount() {
        int count = 0;
        for (CargoItem item : cargo) {
            count += item.getLane() == lane ? 0 : 1;
        }
        for (PersonnelGroup group : personnel) {
            count += group.getLane() == lane ? 0 : 1;
        }
        return count;
    }

    /** Minutes each load would still have to wait to be ready, summed; plus minutes before the scenario start. */
    public long getMinutesBeforeReady() {
        int departure = getDepartureMinute();
        long early = Math.max(0, -departure);
        for (CargoItem item : cargo) {
            early += Math.max(0, item.getReadyMinute() - departure);
        }
        for (PersonnelGroup group : personnel) {
            early += Math.max(0, group.getReadyMinute() - departure);
        }
        return early;
    }

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

    public int getCargoOnCommercialCount() {
        return aircraft.getType().isMilitary() ? 0 : cargo.size();
    }

    public int getRangeOverNm() {
        return Math.max(0, lane.getDistanceNm() - aircraft.getType().getRangeNm());
    }

    public int getOutsizeMisfitCount() {
        if (aircraft.getType().isOutsize()) {
            return 0;
        }
        int count = 0;
        for (CargoItem item : cargo) {
            count += item.isOutsize() ? 1 : 0;
        }
        return count;
    }

    /** Items that may not fly with passengers, counted when passengers are aboard. */
    public int getPassengerIncompatibleCount() {
        if (personnel.isEmpty()) {
            return 0;
        }
        int count = 0;
        for (CargoItem item : cargo) {
            count += item.isPassengerCompatible() ? 0 : 1;
        }
        return count;
    }

    public boolean carriesSensitiveCargo() {
        for (CargoItem item : cargo) {
            if (item.isSensitive()) {
                return true;
            }
        }
        return false;
    }

    public int getSecurityGroupCount() {
        int count = 0;
        for (PersonnelGroup group : personnel) {
            count += group.isSecurity() ? 1 : 0;
        }
        return count;
    }

    // ************************************************************************
    // Clearances
    // ************************************************************************

    /** Countries this flight needs a clearance of but has none valid for its type and departure. */
    public int getMissingClearanceCount() {
        if (!aircraft.getType().isMilitary()) {
            return 0;
        }
        int departure = getDepartureMinute();
        int missing = 0;
        for (CountryClearances country : lane.getRequiredClearances()) {
            Clearance clearance = country.validAt(departure);
            if (clearance == null || !clearance.lists(aircraft.getType())) {
                missing++;
            }
        }
        return missing;
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

    // ************************************************************************
    // Cost
    // ************************************************************************

    public long getWaitingCostUsd() {
        int departure = getDepartureMinute();
        long cost = 0;
        for (PersonnelGroup group : personnel) {
            cost += group.waitingCostUsd(departure, personDayCostUsd);
        }
        return cost;
    }

    /** Loads that flew differently in the plan being replanned (each costs the scenario's change rate). */
    public int getChangedLoadCount() {
        int changed = 0;
        for (CargoItem item : cargo) {
            changed += isChangeFor(item) ? 1 : 0;
        }
        for (PersonnelGroup group : personnel) {
            changed += isChangeFor(group) ? 1 : 0;
        }
        return changed;
    }

    private boolean isChangeFor(Load load) {
        PriorAssignment prior = load.getPriorAssignment();
        return prior != null && !prior.isKeptBy(this);
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

    public int getIndex() {
        return index;
    }

    public Lane getLane() {
        return lane;
    }

    public PlanningWindow getWindow() {
        return window;
    }

    public long getPersonDayCostUsd() {
        return personDayCostUsd;
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
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

    public List<CargoItem> getCargo() {
        return cargo;
    }

    public List<PersonnelGroup> getPersonnel() {
        return personnel;
    }

    @Override
    public String toString() {
        return id;
    }
}
