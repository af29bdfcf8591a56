package org.drawdown.domain;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;

/** One tail: a type, a home base and the window in which it may be used. */
public final class Aircraft {

    private final int index;
    private final String id;
    private final AircraftType type;
    private final Airfield base;
    private final int availableFromMinute;
    private final int availableToMinute;
    /** Where positioning legs can go and how long they take. */
    private final RouteMap routes;

    public Aircraft(int index, String id, AircraftType type, Airfield base, int availableFromMinute,
            int availableToMinute, RouteMap routes) {
        this.index = index;
        this.id = id;
        this.type = type;
        this.base = base;
        this.availableFromMinute = availableFromMinute;
        this.availableToMinute = availableToMinute;
        this.routes = routes;
    }

    public RouteMap getRoutes() {
        return routes;
    }

    public int getIndex() {
        return index;
    }

    @PlanningId
    public String getId() {
        return id;
    }

    public AircraftType getType() {
        return type;
    }

    public Airfield getBase() {
        return base;
    }

    public int getAvailableFromMinute() {
        return availableFromMinute;
    }

    public int getAvailableToMinute() {
        return availableToMinute;
    }

    @Override
    public String toString() {
        return id;
    }
}
