package org.drawdown.domain;

import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.domain.valuerange.CountableValueRange;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeFactory;

/**
 * An origin-destination pair that loads travel on. It owns the pool of candidate flights of that pair, which is the
 * value range of its loads, and precomputes per aircraft type what every flight of the lane would need.
 * <p>
 * Cloned with the solution ({@link DrawdownPlanCloner}) because it holds planning entities (its flight pool).
 */
public final class Lane {

    private int index;
    private String id;
    private Airfield origin;
    private Airfield destination;
    private int distanceNm;
    /** Clearance lookups of the countries a military flight of this lane needs, sorted by country code. */
    private List<CountryClearances> requiredClearances;
    private int[] flightMinutesByType;
    private long[] costUsdByType;
    private List<Aircraft> candidateAircraft;
    private CountableValueRange<Integer> slotRange;
    /** Whether some slot of the window is still before the origin's closure and the deadline. */
    private boolean open;
    private final List<Flight> flights = new ArrayList<>();
    private final FlightPool pool = new FlightPool(flights);

    private Lane() {
    }

    /** A copy with an empty pool, for {@link DrawdownPlanCloner} to fill with the cloned flights. */
    Lane planningClone() {
        Lane clone = new Lane();
        clone.index = index;
        clone.id = id;
        clone.origin = origin;
        clone.destination = destination;
        clone.distanceNm = distanceNm;
        clone.requiredClearances = requiredClearances;
        clone.flightMinutesByType = flightMinutesByType;
        clone.costUsdByType = costUsdByType;
        clone.candidateAircraft = candidateAircraft;
        clone.slotRange = slotRange;
        clone.open = open;
        return clone;
    }

    public Lane(int index, Airfield origin, Airfield destination, int distanceNm, List<CountryClearances> requiredClearances,
            List<AircraftType> types, List<Aircraft> candidateAircraft, int firstSlot, int lastSlot) {
        this.index = index;
        this.id = origin.getCode() + "-" + destination.getCode();
        this.origin = origin;
        this.destination = destination;
        this.distanceNm = distanceNm;
        this.requiredClearances = List.copyOf(requiredClearances);
        this.flightMinutesByType = new int[types.size()];
        this.costUsdByType = new long[types.size()];
        for (AircraftType type : types) {
            int minutes = type.flightMinutes(distanceNm);
            flightMinutesByType[type.getIndex()] = minutes;
            costUsdByType[type.getIndex()] = type.sortieCostUsd(minutes);
        }
        this.candidateAircraft = List.copyOf(candidateAircraft);
        // Timefold ranges are half-open; a lane whose window is empty still offers its first slot so that a plan
        // read from a file can be scored there, and the rules then report why nothing on it can fly.
        this.slotRange = ValueRangeFactory.createIntValueRange(firstSlot, Math.max(firstSlot, lastSlot) + 1);
        this.open = lastSlot >= firstSlot;
    }

    /** Unique among the lanes of a plan, from 0. */
    public int getIndex() {
        return index;
    }

    public String getId() {
        return id;
    }

    public Airfield getOrigin() {
        return origin;
    }

    public Airfield getDestination() {
        return destination;
    }

    public int getDistanceNm() {
        return distanceNm;
    }

    public List<CountryClearances> getRequiredClearances() {
        return requiredClearances;
    }

    public int flightMinutes(AircraftType type) {
        return flightMinutesByType[type.getIndex()];
    }

    public long costUsd(AircraftType type) {
        return costUsdByType[type.getIndex()];
    }

    public List<Aircraft> getCandidateAircraft() {
        return candidateAircraft;
    }

    public CountableValueRange<Integer> getSlotRange() {
        return slotRange;
    }

    /**
     * Whether a flight of this lane can still depart at all: false when its origin closed before the window opens
     * (say, before a replan's now) or the window lies past the deadline.
     */
    public boolean isOpen() {
        return open;
    }

    /** The lane's pool of flights that may still be planned (history flights are not in it). */
    public List<Flight> getFlights() {
        return flights;
    }

    /** The pool as the value range of the lane's loads. */
    public FlightPool getPool() {
        return pool;
    }

    @Override
    public String toString() {
        return id;
    }
}
