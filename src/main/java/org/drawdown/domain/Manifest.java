package org.drawdown.domain;

import java.util.ArrayList;
import java.util.List;

/** What one flight carries, for plan files and reports. */
public record Manifest(List<CargoItem> cargo, List<PersonnelGroup> personnel) {

    public Manifest() {
        this(new ArrayList<>(), new ArrayList<>());
    }

    public int weightKg() {
        return cargo.stream().mapToInt(CargoItem::getWeightKg).sum()
                + personnel.stream().mapToInt(PersonnelGroup::getWeightKg).sum();
    }

    public int passengers() {
        return personnel.stream().mapToInt(PersonnelGroup::getCount).sum();
    }

    /** Rule 2's count: cargo positions plus the seat pallets passengers beyond the sidewall seats need. */
    public int palletPositionsUsed(AircraftType type) {
        return cargo.stream().mapToInt(CargoItem::getPalletPositions).sum() + type.seatPalletPositions(passengers());
    }
}
