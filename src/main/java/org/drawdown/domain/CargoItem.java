package org.drawdown.domain;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;

/** An item of the cargo manifest. The solver picks its flight, or none when optional cargo is left behind. */
@PlanningEntity
public class CargoItem extends PlannedLoad {

    private String description;
    private String category;
    private int weightKg;
    private int palletPositions;
    private boolean outsize;
    private boolean sensitive;
    private boolean passengerCompatible;
    private boolean mandatory;
    private long valueUsd;

    private CargoItem() {
    }

    public CargoItem(String id, String description, String category, Lane lane, int weightKg, int palletPositions,
            boolean outsize, boolean sensitive, boolean passengerCompatible, boolean mandatory, long valueUsd,
            int readyMinute) {
        super(id, lane, readyMinute);
        this.description = description;
        this.category = category;
        this.weightKg = weightKg;
        this.palletPositions = palletPositions;
        this.outsize = outsize;
        this.sensitive = sensitive;
        this.passengerCompatible = passengerCompatible;
        this.mandatory = mandatory;
        this.valueUsd = valueUsd;
    }

    /** A copy on the cloned lane and flight, for {@link DrawdownPlanCloner}. */
    CargoItem planningClone(Lane clonedLane, Flight clonedFlight) {
        CargoItem clone = cloneInto(new CargoItem(), clonedLane, clonedFlight);
        clone.description = description;
        clone.category = category;
        clone.weightKg = weightKg;
        clone.palletPositions = palletPositions;
        clone.outsize = outsize;
        clone.sensitive = sensitive;
        clone.passengerCompatible = passengerCompatible;
        clone.mandatory = mandatory;
        clone.valueUsd = valueUsd;
        return clone;
    }

    public String getDescription() {
        return description;
    }

    public String getCategory() {
        return category;
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
}
