package org.drawdown.check;

import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;

import org.drawdown.io.PlanJson.FlightJson;
import org.drawdown.io.ScenarioJson.AircraftJson;
import org.drawdown.io.ScenarioJson.AircraftTypeJson;
import org.drawdown.io.ScenarioJson.AirfieldJson;
import org.drawdown.io.ScenarioJson.CargoJson;
import org.drawdown.io.ScenarioJson.PersonnelJson;

/**
 * A flight of the plan file resolved against the scenario: its aircraft, type, airfields and the loads it lists,
 * with every figure the scenario implies. The figures the file states are only ever compared to these. A history
 * sortie departed before "now" of a replan: it flew, so no rule is checked on it alone.
 */
record Sortie(FlightJson file, AircraftJson aircraft, AircraftTypeJson type, AirfieldJson origin,
        AirfieldJson destination, int distanceNm, List<CargoJson> cargo, List<PersonnelJson> personnel,
        boolean history) {

    String id() {
        return file.id();
    }

    Instant departure() {
        return file.departure();
    }

    int flightMinutes() {
        return Formulas.flightMinutes(distanceNm, type);
    }

    Instant arrival() {
        return departure().plusSeconds(60L * flightMinutes());
    }

    List<Load> loads() {
        return Stream.concat(cargo.stream().map(Load::of), personnel.stream().map(Load::of)).toList();
    }

    int groundMinutes() {
        return type.groundMinutes();
    }

    int passengers() {
        return personnel.stream().mapToInt(PersonnelJson::count).sum();
    }

    long payloadKg() {
        return cargo.stream().mapToLong(CargoJson::weightKg).sum()
                + personnel.stream().mapToLong(group -> (long) group.count() * group.kgPerPerson()).sum();
    }

    int cargoPalletPositions() {
        return cargo.stream().mapToInt(CargoJson::palletPositions).sum();
    }

    OptionalInt seatPositions() {
        return Formulas.seatPositions(passengers(), type);
    }

    long flyingCostUsd() {
        return Formulas.flyingCostUsd(flightMinutes(), type);
    }

    boolean carriesSensitiveCargo() {
        return cargo.stream().anyMatch(CargoJson::sensitive);
    }
}
