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
        AircraftType type = aircraft.getType();
        int positioning = aircraft.getRoutes().flightMinutes(from(), to(), type);
        if (previous == null) {
            return aircraft.getAvailableFromMinute() + positioning + type.getGroundMinutes();
        }
        return previous.getArrivalMinute() + 2 * type.getGroundMinutes() + positioning;
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
