package org.drawdown.domain;

import java.util.Set;

/** A diplomatic clearance: who may use a country's airspace or airfields, when, and how often a day. */
public final class Clearance {

    public static final int UNLIMITED_FLIGHTS = Integer.MAX_VALUE;

    private final String id;
    private final String country;
    private final int validFromMinute;
    private final int validToMinute;
    private final int maxFlightsPerDay;
    /** Empty means every type. */
    private final Set<AircraftType> aircraftTypes;

    public Clearance(String id, String country, int validFromMinute, int validToMinute, int maxFlightsPerDay,
            Set<AircraftType> aircraftTypes) {
        this.id = id;
        this.country = country;
        this.validFromMinute = validFromMinute;
        this.validToMinute = validToMinute;
        this.maxFlightsPerDay = maxFlightsPerDay;
        this.aircraftTypes = Set.copyOf(aircraftTypes);
    }

    public boolean isValidAt(int minute) {
        return validFromMinute <= minute && minute < validToMinute;
    }

    public boolean lists(AircraftType type) {
        return aircraftTypes.isEmpty() || aircraftTypes.contains(type);
    }

    public String getId() {
        return id;
    }

    public String getCountry() {
        return country;
    }

    public int getValidFromMinute() {
        return validFromMinute;
    }

    public int getValidToMinute() {
        return validToMinute;
    }

    public int getMaxFlightsPerDay() {
        return maxFlightsPerDay;
    }

    public Set<AircraftType> getAircraftTypes() {
        return aircraftTypes;
    }

    @Override
    public String toString() {
        return id;
    }
}
