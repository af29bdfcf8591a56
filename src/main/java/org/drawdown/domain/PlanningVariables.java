package org.drawdown.domain;

/**
 * The planning variables' names, as Timefold knows them (the annotated fields' names), for the moves and indexes
 * that tell the score director what they change.
 */
public final class PlanningVariables {

    /** {@link PlannedLoad}'s flight: the flight a load rides, or none. */
    public static final String LOAD_FLIGHT = "flight";
    /** {@link Flight}'s aircraft. */
    public static final String FLIGHT_AIRCRAFT = "aircraft";
    /** {@link Flight}'s departure slot. */
    public static final String FLIGHT_DEPARTURE_SLOT = "departureSlot";

    private PlanningVariables() {
    }
}
