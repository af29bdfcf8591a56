package org.drawdown.domain;

import java.util.List;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/** An item of the cargo manifest. The solver picks its flight, or none when optional cargo is left behind. */
@PlanningEntity
public class CargoItem implements Load {

    private String id;
    private String description;
    private String category;
    private Lane lane;
    private int weightKg;
    private int palletPositions;
    private boolean outsize;
    private boolean sensitive;
    private boolean passengerCompatible;
    private boolean mandatory;
    private long valueUsd;
    private int readyMinute;
    private PriorAssignment priorAssignment;

    /** Flew before "now" when replanning: kept as it was, and no rule is checked on it alone. */
    private boolean history;
    /** Kept where it is while a replan repairs what the changed scenario broke elsewhere. */
    private boolean frozen;

    @PlanningVariable(valueRangeProviderRefs = "cargoFlights", allowsUnassigned = true)
    private Flight flight;

    private CargoItem() {
    }

    /** A copy on the cloned lane and flight, for {@link DrawdownPlanCloner}. */
    CargoItem planningClone(Lane clonedLane, Flight clonedFlight) {
        CargoItem clone = new CargoItem();
        clone.id = id;
        clone.description = description;
        clone.category = category;
        clone.lane = clonedLane;
        clone.weightKg = weightKg;
        clone.palletPositions = palletPositions;
        clone.outsize = outsize;
        clone.sensitive = sensitive;
        clone.passengerCompatible = passengerCompatible;
        clone.mandatory = mandatory;
        clone.valueUsd = valueUsd;
        clone.readyMinute = readyMinute;
        clone.priorAssignment = priorAssignment;
        clone.history = history;
        clone.frozen = frozen;
        clone.flight = clonedFlight;
        return clone;
    }

    public CargoItem(String id, String description, String category, Lane lane, int weightKg, int palletPositions,
            boolean outsize, boolean sensitive, boolean passengerCompatible, boolean mandatory, long valueUsd,
            int readyMinute) {
        this.id = id;
        this.description = description;
        this.category = category;
        this.lane = lane;
        this.weightKg = weightKg;
        this.palletPositions = palletPositions;
        this.outsize = outsize;
        this.sensitive = sensitive;
        this.passengerCompatible = passengerCompatible;
        this.mandatory = mandatory;
        this.valueUsd = valueUsd;
        this.readyMinute = readyMinute;
    }

    /** The flights of the lane's pool. */
    @ValueRangeProvider(id = "cargoFlights")
    public List<Flight> getPossibleFlights() {
        // A pinned load stays where it is: a history flight is in no pool.
        return isPinned() ? List.of(flight) : lane.getFlights();
    }

    @Override
    public String getId() {
        return id;
    }

    public String getDescription() {
        return description;
    }

    public String getCategory() {
        return category;
    }

    @Override
    public Lane getLane() {
        return lane;
    }

    @Override
    public int getWeightKg() {
        return weightKg;
    }

    @Override
    public int getPalletPositions() {
        return palletPositions;
    }

    @Override
    public int getPassengers() {
        return 0;
    }

    @Override
    public boolean isOutsize() {
        return outsize;
    }

    public boolean isSensitive() {
        return sensitive;
    }

    public boolean isPassengerCompatible() {
        return passengerCompatible;
    }

    @Override
    public boolean isMandatory() {
        return mandatory;
    }

    public long getValueUsd() {
        return valueUsd;
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
