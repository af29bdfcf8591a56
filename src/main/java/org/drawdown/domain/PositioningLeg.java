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

    /**
     * Rules 10 and 14 for both legs around a flight of {@code lane} that the aircraft would fly from
     * {@code departureMinute}, between its flights {@code previous} and {@code next} (either null: none), asked
     * before that schedule is set on the flight.
     */
    public static boolean fitsBetween(Aircraft aircraft, Flight previous, Lane lane, int departureMinute,
            Flight next) {
        Airfield origin = lane.getOrigin();
        Airfield from = previous == null ? aircraft.getBase() : previous.getDestination();
        int earliest = previous == null ? earliestFirstDepartureMinute(aircraft, origin)
                : earliestDepartureMinuteAfter(aircraft, from, previous.getArrivalMinute(), origin);
        if (departureMinute < earliest || !flies(aircraft, from, origin)) {
            return false;
        }
        if (next == null) {
            return true;
        }
        int arrival = departureMinute + lane.flightMinutes(aircraft.getType());
        return next.getDepartureMinute() >= earliestDepartureMinuteAfter(aircraft, lane.getDestination(), arrival,
                next.getOrigin()) && flies(aircraft, lane.getDestination(), next.getOrigin());
    }

    public int getMinutesShort() {
        return Math.max(0, earliestDepartureMinute() - next.getDepartureMinute());
    }

    public boolean lacksRoute() {
        return lacksRoute(aircraft, from(), to());
    }

    public int getRangeOverNm() {
        return rangeOverNm(aircraft, from(), to());
    }

    private static boolean flies(Aircraft aircraft, Airfield from, Airfield to) {
        return !lacksRoute(aircraft, from, to) && rangeOverNm(aircraft, from, to) == 0;
    }

    private static boolean lacksRoute(Aircraft aircraft, Airfield from, Airfield to) {
        return !aircraft.getRoutes().hasRoute(from, to);
    }

    private static int rangeOverNm(Aircraft aircraft, Airfield from, Airfield to) {
        int distance = aircraft.getRoutes().distanceNm(from, to);
        return distance == RouteMap.NO_ROUTE ? 0 : Math.max(0, distance - aircraft.getType().getRangeNm());
    }
}
