package org.drawdown.domain;

/**
 * How an aircraft gets to a flight: from its base before its first flight, or from where its previous flight
 * landed. {@code previous} is null for the leg from base.
 */
public record PositioningLeg(Aircraft aircraft, Flight previous, Flight next) {

    public static PositioningLeg fromBase(Flight first) {
        return new PositioningLeg(first.getAircraft(), null, first);
    }

    public static PositioningLeg between(Flight previous, Flight next) {
        return new PositioningLeg(previous.getAircraft(), previous, next);
    }

    public Airfield from() {
        return previous == null ? aircraft.getBase() : previous.getDestination();
    }

    public Airfield to() {
        return next.getOrigin();
    }

    /**
     * Rule 14: from base, {@code availableFrom + flightMinutes(base, origin) + groundMinutes}; after a flight,
     * {@code arrival + 2 * groundMinutes + flightMinutes(previous destination, origin)}.
     */
    public int earliestDepartureMinute() {
        return previous == null ? earliestFirstDepartureMinute(aircraft, to())
                : earliestDepartureMinuteAfter(aircraft, previous.getDestination(), previous.getArrivalMinute(), to());
    }

    /** Rule 14 from base, for a flight from {@code origin} whose schedule is not set on it yet. */
    public static int earliestFirstDepartureMinute(Aircraft aircraft, Airfield origin) {
        AircraftType type = aircraft.getType();
        return aircraft.getAvailableFromMinute() + aircraft.getRoutes().flightMinutes(aircraft.getBase(), origin, type)
                + type.getGroundMinutes();
    }

    /** Rule 14 after a flight that lands at {@code landedAt} at {@code arrivalMinute}, for schedules not set yet. */
    public static int earliestDepartureMinuteAfter(Aircraft aircraft, Airfield landedAt, int arrivalMinute,
            Airfield origin) {
        AircraftType type = aircraft.getType();
        return arrivalMinute + 2 * type.getGroundMinutes() + aircraft.getRoutes().flightMinutes(landedAt, origin, type);
    }

    public int getMinutesShort() {
        return Math.max(0, earliestDepartureMinute() - next.getDepartureMinute());
    }

    public boolean lacksRoute() {
        return !aircraft.getRoutes().hasRoute(from(), to());
    }

    public int getRangeOverNm() {
        int distance = aircraft.getRoutes().distanceNm(from(), to());
        return distance == RouteMap.NO_ROUTE ? 0 : Math.max(0, distance - aircraft.getType().getRangeNm());
    }
}
