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

    @PlanningPin
    private boolean pinned;

    @PlanningVariable(valueRangeProviderRefs = "cargoFlights", allowsUnassigned = true)
    private Flight flight;

    /** For Timefold's solution cloner. */
    public CargoItem() {
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

    @ValueRangeProvider(id = "cargoFlights")
    public List<Flight> getPossibleFlights() {
        return lane.getFlights();
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
