package org.drawdown.io;

import java.time.Instant;
import java.util.List;

/**
 * The contract's scenario file as it is on disk. Fields are boxed so that a missing field can be told from a zero;
 * {@link ScenarioValidator} checks them and fills in the defaults.
 */
public record ScenarioJson(
        String name,
        Instant start,
        Instant deadline,
        Integer slotMinutes,
        Long personDayCostUsd,
        Long changeCostUsd,
        List<String> clearanceFreeCountries,
        List<AirfieldJson> airfields,
        List<RouteJson> routes,
        List<AircraftTypeJson> aircraftTypes,
        List<AircraftJson> aircraft,
        List<ClearanceJson> clearances,
        List<CargoJson> cargo,
        List<PersonnelJson> personnel) {

    public record AirfieldJson(String code, String name, String country, Double latitude, Double longitude,
            Integer maxDeparturesPerDay, Integer parkingSpots, Instant closesAt) {
    }

    public record RouteJson(String from, String to, Integer distanceNm, List<String> overflies) {
    }

    public record AircraftTypeJson(String code, String name, Boolean military, Integer maxPayloadKg,
            Integer palletPositions, Integer seats, Integer sidewallSeats, Integer paxPerPalletPosition,
            Boolean outsize, Integer cruiseKnots, Integer rangeNm, Integer groundMinutes,
            Long costPerFlightHourUsd) {
    }

    public record AircraftJson(String id, String type, String base, Instant availableFrom, Instant availableTo) {
    }

    public record ClearanceJson(String id, String country, Instant validFrom, Instant validTo,
            Integer maxFlightsPerDay, List<String> aircraftTypes) {
    }

    public record CargoJson(String id, String description, String category, String origin, String destination,
            Integer weightKg, Integer palletPositions, Boolean outsize, Boolean sensitive,
            Boolean passengerCompatible, Boolean mandatory, Long valueUsd, Instant readyAt) {
    }

    public record PersonnelJson(String id, String unit, String origin, String destination, Integer count,
            Integer kgPerPerson, Boolean security, Instant readyAt) {
    }
}
