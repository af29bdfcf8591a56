package org.drawdown.advice;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.drawdown.io.ScenarioJson;
import org.drawdown.io.ScenarioJson.AircraftJson;
import org.drawdown.io.ScenarioJson.AirfieldJson;
import org.drawdown.io.ScenarioJson.CargoJson;
import org.drawdown.io.ScenarioJson.ClearanceJson;
import org.drawdown.io.ScenarioJson.PersonnelJson;

/**
 * Copies of a scenario with one list edited, the rest as it was read: an edited file differs from the original in
 * the changed field alone (fields the original left out stay out).
 */
final class ScenarioEdits {

    private ScenarioEdits() {
    }

    static ScenarioJson airfields(ScenarioJson s, UnaryOperator<AirfieldJson> edit) {
        return new ScenarioJson(s.name(), s.start(), s.deadline(), s.slotMinutes(), s.personDayCostUsd(),
                s.changeCostUsd(), s.clearanceFreeCountries(), s.airfields().stream().map(edit).toList(),
                s.routes(), s.aircraftTypes(), s.aircraft(), s.clearances(), s.cargo(), s.personnel());
    }

    static ScenarioJson clearances(ScenarioJson s, UnaryOperator<ClearanceJson> edit) {
        return new ScenarioJson(s.name(), s.start(), s.deadline(), s.slotMinutes(), s.personDayCostUsd(),
                s.changeCostUsd(), s.clearanceFreeCountries(), s.airfields(), s.routes(), s.aircraftTypes(),
                s.aircraft(), s.clearances().stream().map(edit).toList(), s.cargo(), s.personnel());
    }

    static ScenarioJson loads(ScenarioJson s, UnaryOperator<CargoJson> cargo, UnaryOperator<PersonnelJson> personnel) {
        return new ScenarioJson(s.name(), s.start(), s.deadline(), s.slotMinutes(), s.personDayCostUsd(),
                s.changeCostUsd(), s.clearanceFreeCountries(), s.airfields(), s.routes(), s.aircraftTypes(),
                s.aircraft(), s.clearances(), s.cargo().stream().map(cargo).toList(),
                s.personnel().stream().map(personnel).toList());
    }

    static ScenarioJson plusAircraft(ScenarioJson s, AircraftJson added) {
        List<AircraftJson> aircraft = new ArrayList<>(s.aircraft());
        aircraft.add(added);
        return new ScenarioJson(s.name(), s.start(), s.deadline(), s.slotMinutes(), s.personDayCostUsd(),
                s.changeCostUsd(), s.clearanceFreeCountries(), s.airfields(), s.routes(), s.aircraftTypes(),
                List.copyOf(aircraft), s.clearances(), s.cargo(), s.personnel());
    }
}
