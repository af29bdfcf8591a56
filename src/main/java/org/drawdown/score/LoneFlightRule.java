package org.drawdown.score;

import java.util.function.ToLongBiFunction;

import org.drawdown.domain.Flight;
import org.drawdown.domain.LoadTotals;

/**
 * The rules a flight breaks on its own, by its aircraft, its departure and what its loads add up to, whatever
 * else the plan holds; each with its breach in the rule's unit (zero when kept). The constraints score them on
 * every flown flight, and {@code explain} asks them of a stuck load on a flight of its own. What a flight breaks
 * with others (positioning legs, daily caps, ramp, force protection) is not here.
 */
public enum LoneFlightRule {

    PAYLOAD(PlanConstraint.PAYLOAD, (totals, flight) -> totals.payloadOverKg(flight.getType())),
    PALLET_POSITIONS(PlanConstraint.PALLET_POSITIONS, (totals, flight) -> totals.palletPositionsOver(flight.getType())),
    SEATS(PlanConstraint.SEATS, (totals, flight) -> totals.seatsOver(flight.getType())),
    READINESS(PlanConstraint.READINESS, LoadTotals::minutesBeforeReady),
    DEADLINE(PlanConstraint.DEADLINE, (totals, flight) -> flight.getMinutesAfterDeadline()),
    BASE_CLOSURE(PlanConstraint.BASE_CLOSURE, (totals, flight) -> flight.getMinutesAfterClosure()),
    CLEARANCE(PlanConstraint.CLEARANCE, (totals, flight) -> flight.getMinutesWithoutClearance()),
    COMMERCIAL_CARGO(PlanConstraint.COMMERCIAL_CARGO, (totals, flight) -> totals.cargoOnCommercial(flight.getType())),
    RANGE(PlanConstraint.RANGE, (totals, flight) -> flight.getRangeOverNm()),
    OUTSIZE(PlanConstraint.OUTSIZE, (totals, flight) -> totals.outsizeMisfits(flight.getType())),
    AIRCRAFT_AVAILABILITY(PlanConstraint.AIRCRAFT_AVAILABILITY,
            (totals, flight) -> flight.getMinutesAfterAvailability());

    private final PlanConstraint constraint;
    private final ToLongBiFunction<LoadTotals, Flight> breach;

    LoneFlightRule(PlanConstraint constraint, ToLongBiFunction<LoadTotals, Flight> breach) {
        this.constraint = constraint;
        this.breach = breach;
    }

    public PlanConstraint constraint() {
        return constraint;
    }

    /** How far a flight with these loads aboard breaks the rule, in the rule's unit; zero when it keeps it. */
    public long breach(LoadTotals totals, Flight flight) {
        return breach.applyAsLong(totals, flight);
    }
}
