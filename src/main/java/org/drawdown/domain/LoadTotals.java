package org.drawdown.domain;

/**
 * What a flight's loads add up to: the figures of rules 1-3, and what rules 5, 9 and 11 need to know about them
 * apart from the flight's own aircraft and departure.
 */
public record LoadTotals(int weightKg, int cargoPalletPositions, int passengers, int cargoItems, int outsizeItems,
        int latestReadyMinute) {

    /** An empty flight's totals. */
    public static final LoadTotals NONE = new LoadTotals(0, 0, 0, 0, 0, Integer.MIN_VALUE);

    /** These totals with one more load aboard. */
    public LoadTotals plus(Load load) {
        return new LoadTotals(weightKg + load.getWeightKg(), cargoPalletPositions + load.getPalletPositions(),
                passengers + load.getPassengers(), cargoItems + (load instanceof CargoItem ? 1 : 0),
                outsizeItems + (load.isOutsize() ? 1 : 0), Math.max(latestReadyMinute, load.getReadyMinute()));
    }

    /**
     * These totals without one load aboard; the latest ready minute of those that stay is the caller's to give, as a
     * maximum cannot be taken back out.
     */
    public LoadTotals minus(Load load, int latestReadyMinute) {
        return new LoadTotals(weightKg - load.getWeightKg(), cargoPalletPositions - load.getPalletPositions(),
                passengers - load.getPassengers(), cargoItems - (load instanceof CargoItem ? 1 : 0),
                outsizeItems - (load.isOutsize() ? 1 : 0), latestReadyMinute);
    }

    /** These totals with other loads aboard too. */
    public LoadTotals plus(LoadTotals other) {
        return new LoadTotals(weightKg + other.weightKg, cargoPalletPositions + other.cargoPalletPositions,
                passengers + other.passengers, cargoItems + other.cargoItems, outsizeItems + other.outsizeItems,
                Math.max(latestReadyMinute, other.latestReadyMinute));
    }

    /** Whether a flight of this type can take these loads: rules 1-3, 9 and 11, none broken. */
    public boolean fit(AircraftType type) {
        return payloadOverKg(type) == 0 && palletPositionsOver(type) == 0 && seatsOver(type) == 0
                && cargoOnCommercial(type) == 0 && outsizeMisfits(type) == 0;
    }

    public int payloadOverKg(AircraftType type) {
        return Math.max(0, weightKg - type.getMaxPayloadKg());
    }

    /** Rule 2: cargo positions plus the seat pallets of passengers beyond the sidewall seats, over the type's. */
    public int palletPositionsOver(AircraftType type) {
        return type.palletPositionsOver(cargoPalletPositions, passengers);
    }

    public int seatsOver(AircraftType type) {
        return Math.max(0, passengers - type.getSeats());
    }

    /** Rule 9: cargo items on a commercial type. */
    public int cargoOnCommercial(AircraftType type) {
        return type.isMilitary() ? 0 : cargoItems;
    }

    /** Rule 11: outsize items on a type that cannot take them. */
    public int outsizeMisfits(AircraftType type) {
        return type.isOutsize() ? 0 : outsizeItems;
    }

    /** Rule 5: minutes the flight leaves before its last load is ready (or before the scenario starts). */
    public int minutesBeforeReady(Flight flight) {
        return Math.max(0, Math.max(latestReadyMinute, 0) - flight.getDepartureMinute());
    }
}
