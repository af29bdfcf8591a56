package org.drawdown.check;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

import org.drawdown.io.ScenarioJson;
import org.drawdown.io.ScenarioJson.AircraftJson;
import org.drawdown.io.ScenarioJson.AircraftTypeJson;
import org.drawdown.io.ScenarioJson.AirfieldJson;
import org.drawdown.io.ScenarioJson.CargoJson;
import org.drawdown.io.ScenarioJson.ClearanceJson;
import org.drawdown.io.ScenarioJson.PersonnelJson;
import org.drawdown.io.ScenarioJson.RouteJson;

/** A validated scenario, indexed for lookups by id; lists keep the scenario's order. */
final class ScenarioFacts {

    final ScenarioJson scenario;
    final Map<String, AirfieldJson> airfields;
    final Map<String, AircraftTypeJson> types;
    final Map<String, AircraftJson> aircraft;
    final Map<String, CargoJson> cargo;
    final Map<String, PersonnelJson> personnel;
    private final Map<String, RouteJson> routes = new HashMap<>();

    ScenarioFacts(ScenarioJson scenario) {
        this.scenario = scenario;
        this.airfields = index(scenario.airfields(), AirfieldJson::code);
        this.types = index(scenario.aircraftTypes(), AircraftTypeJson::code);
        this.aircraft = index(scenario.aircraft(), AircraftJson::id);
        this.cargo = index(scenario.cargo(), CargoJson::id);
        this.personnel = index(scenario.personnel(), PersonnelJson::id);
        scenario.routes().forEach(route -> routes.put(pairKey(route.from(), route.to()), route));
    }

    AircraftTypeJson typeOf(AircraftJson plane) {
        return types.get(plane.type());
    }

    /** The route between two airfields in either direction (routes are symmetric), if the scenario has one. */
    Optional<RouteJson> route(String from, String to) {
        return Optional.ofNullable(routes.get(pairKey(from, to)));
    }

    /** The distance of a leg: 0 from an airfield to itself, else its route's; empty when no route joins them. */
    OptionalInt distanceNm(String from, String to) {
        if (from.equals(to)) {
            return OptionalInt.of(0);
        }
        return route(from, to).map(route -> OptionalInt.of(route.distanceNm())).orElse(OptionalInt.empty());
    }

    /** The clearance of a country valid at an instant; the scenario refuses overlaps, so there is at most one. */
    Optional<ClearanceJson> clearanceAt(String country, Instant departure) {
        return scenario.clearances().stream()
                .filter(clearance -> clearance.country().equals(country))
                .filter(clearance -> !departure.isBefore(clearance.validFrom())
                        && departure.isBefore(clearance.validTo()))
                .findFirst();
    }

    boolean isClearanceFree(String country) {
        return scenario.clearanceFreeCountries().contains(country);
    }

    boolean isCargo(String id) {
        return cargo.containsKey(id);
    }

    boolean isPersonnel(String id) {
        return personnel.containsKey(id);
    }

    private static String pairKey(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "\u0000" + b : b + "\u0000" + a;
    }

    private static <T> Map<String, T> index(List<T> entries, Function<T, String> id) {
        Map<String, T> byId = new LinkedHashMap<>();
        entries.forEach(entry -> byId.put(id.apply(entry), entry));
        return byId;
    }
}
