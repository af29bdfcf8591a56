package org.drawdown.domain;

/** Planning figures of an aircraft type. */
public final class AircraftType {

    /** Stands for "unlimited range". */
    public static final int UNLIMITED_RANGE = Integer.MAX_VALUE;
    /** Taxi, climb and approach added to every leg. */
    static final int LEG_OVERHEAD_MINUTES = 30;

    private final int index;
    private final String code;
    private final String name;
    private final boolean military;
    private final int maxPayloadKg;
    private final int palletPositions;
    private final int seats;
    private final int sidewallSeats;
    private final int paxPerPalletPosition;
    private final boolean outsize;
    private final int cruiseKnots;
    private final int rangeNm;
    private final int groundMinutes;
    private final long costPerFlightHourUsd;

    public AircraftType(int index, String code, String name, boolean military, int maxPayloadKg, int palletPositions,
            int seats, int sidewallSeats, int paxPerPalletPosition, boolean outsize, int cruiseKnots, int rangeNm,
            int groundMinutes, long costPerFlightHourUsd) {
        this.index = index;
        this.code = code;
        this.name = name;
        this.military = military;
        this.maxPayloadKg = maxPayloadKg;
        this.palletPositions = palletPositions;
        this.seats = seats;
        this.sidewallSeats = sidewallSeats;
        this.paxPerPalletPosition = paxPerPalletPosition;
        this.outsize = outsize;
        this.cruiseKnots = cruiseKnots;
        this.rangeNm = rangeNm;
        this.groundMinutes = groundMinutes;
        this.costPerFlightHourUsd = costPerFlightHourUsd;
    }

    /** {@code ceil(distanceNm * 60 / cruiseKnots) + 30}; zero for a leg that goes nowhere. */
    public int flightMinutes(int distanceNm) {
        if (distanceNm == 0) {
            return 0;
        }
        long numerator = 60L * distanceNm;
        return (int) ((numerator + cruiseKnots - 1) / cruiseKnots) + LEG_OVERHEAD_MINUTES;
    }

    /** Out and back: {@code 2 * flightMinutes * costPerFlightHourUsd / 60}, rounded down. */
    public long sortieCostUsd(int flightMinutes) {
        return 2L * flightMinutes * costPerFlightHourUsd / 60;
    }

    /**
     * Pallet positions taken by seated passengers: those beyond the sidewall seats sit on centerline seat pallets.
     * With no seat pallets at all, any passenger beyond the sidewall seats cannot be carried, so this returns more
     * positions than the aircraft has.
     */
    public int seatPalletPositions(int passengers) {
        int beyondSidewall = Math.max(0, passengers - sidewallSeats);
        if (beyondSidewall == 0) {
            return 0;
        }
        if (paxPerPalletPosition == 0) {
            return palletPositions + beyondSidewall;
        }
        return (beyondSidewall + paxPerPalletPosition - 1) / paxPerPalletPosition;
    }

    /**
     * Rule 2's breach, in pallet positions. A type without seat pallets cannot seat anyone beyond its sidewall seats
     * at any number of positions, so each such passenger counts as one position over, on top of the cargo's excess.
     */
    public int palletPositionsOver(int cargoPositions, int passengers) {
        if (paxPerPalletPosition == 0) {
            return Math.max(0, cargoPositions - palletPositions) + Math.max(0, passengers - sidewallSeats);
        }
        return Math.max(0, cargoPositions + seatPalletPositions(passengers) - palletPositions);
    }

    public boolean canFly(int distanceNm) {
        return distanceNm <= rangeNm;
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

    public boolean isMilitary() {
        return military;
    }

    public int getMaxPayloadKg() {
        return maxPayloadKg;
    }

    public int getPalletPositions() {
        return palletPositions;
    }

    public int getSeats() {
        return seats;
    }

    public int getSidewallSeats() {
        return sidewallSeats;
    }

    public int getPaxPerPalletPosition() {
        return paxPerPalletPosition;
    }

    public boolean isOutsize() {
        return outsize;
    }

    public int getCruiseKnots() {
        return cruiseKnots;
    }

    public int getRangeNm() {
        return rangeNm;
    }

    public int getGroundMinutes() {
        return groundMinutes;
    }

    public long getCostPerFlightHourUsd() {
        return costPerFlightHourUsd;
    }

    @Override
    public String toString() {
        return code;
    }
}
