package org.drawdown.score;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The constraints of {@link DrawdownConstraintProvider}, with the contract rule each enforces (0: a cost term).
 * The ids are stable: reports, explanations and tests refer to them.
 */
public enum PlanConstraint {

    PAYLOAD("Payload", 1, "kg over the type's maximum payload"),
    PALLET_POSITIONS("Pallet positions", 2, "pallet positions over the type's positions"),
    SEATS("Seats", 3, "passengers over the type's seats"),
    LANES("Lanes", 4, "loads on a flight of another origin or destination"),
    READINESS("Readiness", 5, "minutes departing before loads are ready"),
    DEADLINE("Deadline", 6, "minutes departing after the deadline"),
    BASE_CLOSURE("Base closure", 7, "minutes departing at or after the origin closed"),
    CLEARANCE("Clearance", 8, "minutes to the nearest valid clearance for the type, per country"),
    CLEARANCE_DAILY_CAP("Clearance daily cap", 8, "flights over a clearance's daily cap"),
    COMMERCIAL_CARGO("Commercial cargo", 9, "cargo items on commercial aircraft"),
    RANGE("Range", 10, "nm of a flight beyond the type's range"),
    POSITIONING_RANGE("Positioning range", 10, "nm of a positioning leg beyond the type's range"),
    OUTSIZE("Outsize", 11, "outsize items on types that cannot take them"),
    PASSENGER_COMPATIBILITY("Passenger compatibility", 12, "passenger-incompatible items flying with personnel"),
    FORCE_PROTECTION("Force protection", 13, "minutes security groups leave before sensitive cargo"),
    AIRCRAFT_TURNAROUND("Aircraft turnaround", 14, "minutes an aircraft departs before it can be there"),
    AIRCRAFT_AVAILABILITY("Aircraft availability", 14, "minutes an aircraft lands after its availability ends"),
    POSITIONING_ROUTE("Positioning route", 14, "positioning legs without a route"),
    DEPARTURES_PER_DAY("Departures per day", 15, "departures over an airfield's daily maximum"),
    PARKING("Parking", 16, "aircraft over an airfield's parking spots"),
    MANDATORY_CARGO_NOT_MOVED("Mandatory cargo not moved", 17, "mandatory cargo items left behind"),
    PERSONNEL_NOT_MOVED("Personnel not moved", 17, "people left behind"),
    FLYING_COST("Flying cost", 0, "USD of flying, out and back"),
    LEFT_BEHIND_VALUE("Left-behind value", 0, "USD of optional cargo left behind"),
    PERSONNEL_WAITING("Personnel waiting", 0, "USD of personnel waiting after they are ready"),
    PLAN_CHANGE("Plan change", 0, "loads whose flight changed from the plan in force"),
    DROPPED_FROM_PLAN("Dropped from plan", 0, "loads the plan in force moved that are no longer moved");

    /** The plural nouns the units count, each with its singular. */
    private static final Map<String, String> SINGULARS = Map.of("minutes", "minute", "flights", "flight", "loads",
            "load", "items", "item", "positions", "position", "passengers", "passenger", "legs", "leg", "departures",
            "departure", "people", "person");
    private static final Pattern SINGULAR = Pattern.compile("\\b(" + String.join("|", SINGULARS.keySet()) + ")\\b");

    private final String id;
    private final int rule;
    private final String unit;

    PlanConstraint(String id, int rule, String unit) {
        this.id = id;
        this.rule = rule;
        this.unit = unit;
    }

    /** The constraint name, as Timefold and every report know it. */
    public String id() {
        return id;
    }

    /** The contract's rule number, or 0 for a cost term. */
    public int rule() {
        return rule;
    }

    /** What one point of its penalty stands for. */
    public String unit() {
        return unit;
    }

    /** An amount in this unit, in words: "1,440 minutes departing ...", "1 minute departing ...". */
    public String amount(long value) {
        String counted = value == 1 ? SINGULAR.matcher(unit).replaceFirst(match -> SINGULARS.get(match.group()))
                : unit;
        return String.format(Locale.ROOT, "%,d %s", value, counted);
    }

    public boolean isRule() {
        return rule > 0;
    }

    public static Optional<PlanConstraint> byId(String id) {
        return Arrays.stream(values()).filter(constraint -> constraint.id.equals(id)).findFirst();
    }
}
