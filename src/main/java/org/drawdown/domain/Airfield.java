package org.drawdown.domain;

/** An airfield of the host nation or a destination abroad. Identity equality: one instance per code. */
public final class Airfield {

    /** Stands for "no closure" so that closure checks need no null test. */
    public static final int NEVER_CLOSES = Integer.MAX_VALUE;

    private final int index;
    private final String code;
    private final String name;
    private final String country;
    private final int maxDeparturesPerDay;
    private final int parkingSpots;
    private final int closesAtMinute;

    public Airfield(int index, String code, String name, String country, int maxDeparturesPerDay, int parkingSpots,
            int closesAtMinute) {
        this.index = index;
        this.code = code;
        this.name = name;
        this.country = country;
        this.maxDeparturesPerDay = maxDeparturesPerDay;
        this.parkingSpots = parkingSpots;
        this.closesAtMinute = closesAtMinute;
    }

    public int getIndex() {
        return index;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getCountry() {
        return country;
    }

    public int getMaxDeparturesPerDay() {
        return maxDeparturesPerDay;
    }

    public int getParkingSpots() {
        return parkingSpots;
    }

    public int getClosesAtMinute() {
        return closesAtMinute;
    }

    public boolean closes() {
        return closesAtMinute != NEVER_CLOSES;
    }

    @Override
    public String toString() {
        return code;
    }
}
