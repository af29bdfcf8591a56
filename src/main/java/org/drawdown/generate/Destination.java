package org.drawdown.generate;

import java.util.List;

import org.drawdown.io.ScenarioJson.AirfieldJson;

/**
 * The bases abroad that a withdrawal from the Sahel flies to, with their (illustrative) ramp figures and the
 * countries an (illustrative) routing from the Sahel crosses to reach them. Germany, Italy, Spain and Greece are
 * allies whose airspace needs no clearance; Djibouti and Turkey do. The first four are the Niger scenario's hubs;
 * the generator adds the others, in order, when asked for more destinations.
 */
public enum Destination {

    RAMSTEIN("ETAR", "Ramstein Air Base", "DE", 49.4369, 7.6003, 24, 12, true, List.of("DZ")),
    SIGONELLA("LICZ", "NAS Sigonella", "IT", 37.4017, 14.9222, 12, 6, true, List.of("DZ", "TN")),
    ROTA("LERT", "Naval Station Rota", "ES", 36.6452, -6.3495, 12, 6, true, List.of("DZ", "MA")),
    DJIBOUTI("HDAM", "Djibouti, Camp Lemonnier", "DJ", 11.5473, 43.1595, 8, 4, false, List.of("TD", "SD")),
    SOUDA_BAY("LGSA", "NSA Souda Bay", "GR", 35.5317, 24.1497, 8, 4, true, List.of("DZ", "LY")),
    AVIANO("LIPA", "Aviano Air Base", "IT", 46.0319, 12.5965, 12, 6, true, List.of("DZ", "TN")),
    MORON("LEMO", "Moron Air Base", "ES", 37.1749, -5.6159, 10, 5, true, List.of("DZ", "MA")),
    INCIRLIK("LTAG", "Incirlik Air Base", "TR", 37.0021, 35.4259, 10, 5, false, List.of("LY", "EG"));

    /** The hubs of the Niger scenario, and of a generated one unless it asks for more. */
    public static final List<Destination> NIGER_HUBS = List.of(RAMSTEIN, SIGONELLA, ROTA, DJIBOUTI);

    private final String code;
    private final String airfieldName;
    private final String country;
    private final double latitude;
    private final double longitude;
    private final int maxDeparturesPerDay;
    private final int parkingSpots;
    private final boolean clearanceFree;
    private final List<String> overfliesFromSahel;

    Destination(String code, String airfieldName, String country, double latitude, double longitude,
            int maxDeparturesPerDay, int parkingSpots, boolean clearanceFree, List<String> overfliesFromSahel) {
        this.code = code;
        this.airfieldName = airfieldName;
        this.country = country;
        this.latitude = latitude;
        this.longitude = longitude;
        this.maxDeparturesPerDay = maxDeparturesPerDay;
        this.parkingSpots = parkingSpots;
        this.clearanceFree = clearanceFree;
        this.overfliesFromSahel = overfliesFromSahel;
    }

    /** The countries of these destinations whose airspace needs no clearance, once each, in their order. */
    public static List<String> clearanceFreeCountries(List<Destination> destinations) {
        return destinations.stream().filter(d -> d.clearanceFree).map(d -> d.country).distinct().toList();
    }

    /** The airfield with its usual ramp figures. */
    public AirfieldJson airfield() {
        return airfield(maxDeparturesPerDay, parkingSpots);
    }

    /** The airfield with a ramp at least this large: a bigger airlift gets more of the base. */
    public AirfieldJson airfield(int leastDeparturesPerDay, int leastParkingSpots) {
        return new AirfieldJson(code, airfieldName, country, latitude, longitude,
                Math.max(maxDeparturesPerDay, leastDeparturesPerDay), Math.max(parkingSpots, leastParkingSpots), null);
    }

    public String code() {
        return code;
    }

    public String country() {
        return country;
    }

    public double latitude() {
        return latitude;
    }

    public double longitude() {
        return longitude;
    }

    public boolean clearanceFree() {
        return clearanceFree;
    }

    public List<String> overfliesFromSahel() {
        return overfliesFromSahel;
    }
}
