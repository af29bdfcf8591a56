package org.drawdown.solver;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countBi;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;
import static org.drawdown.solver.PlanConstraint.AIRCRAFT_AVAILABILITY;
import static org.drawdown.solver.PlanConstraint.AIRCRAFT_TURNAROUND;
import static org.drawdown.solver.PlanConstraint.BASE_CLOSURE;
import static org.drawdown.solver.PlanConstraint.CLEARANCE;
import static org.drawdown.solver.PlanConstraint.CLEARANCE_DAILY_CAP;
import static org.drawdown.solver.PlanConstraint.COMMERCIAL_CARGO;
import static org.drawdown.solver.PlanConstraint.DEADLINE;
import static org.drawdown.solver.PlanConstraint.DEPARTURES_PER_DAY;
import static org.drawdown.solver.PlanConstraint.DROPPED_FROM_PLAN;
import static org.drawdown.solver.PlanConstraint.FLYING_COST;
import static org.drawdown.solver.PlanConstraint.FORCE_PROTECTION;
import static org.drawdown.solver.PlanConstraint.LANES;
import static org.drawdown.solver.PlanConstraint.LEFT_BEHIND_VALUE;
import static org.drawdown.solver.PlanConstraint.MANDATORY_CARGO_NOT_MOVED;
import static org.drawdown.solver.PlanConstraint.OUTSIZE;
import static org.drawdown.solver.PlanConstraint.PALLET_POSITIONS;
import static org.drawdown.solver.PlanConstraint.PARKING;
import static org.drawdown.solver.PlanConstraint.PASSENGER_COMPATIBILITY;
import static org.drawdown.solver.PlanConstraint.PAYLOAD;
import static org.drawdown.solver.PlanConstraint.PERSONNEL_NOT_MOVED;
import static org.drawdown.solver.PlanConstraint.PERSONNEL_WAITING;
import static org.drawdown.solver.PlanConstraint.PLAN_CHANGE;
import static org.drawdown.solver.PlanConstraint.POSITIONING_RANGE;
import static org.drawdown.solver.PlanConstraint.POSITIONING_ROUTE;
import static org.drawdown.solver.PlanConstraint.RANGE;
import static org.drawdown.solver.PlanConstraint.READINESS;
import static org.drawdown.solver.PlanConstraint.SEATS;

import java.util.function.Predicate;
import java.util.function.ToLongFunction;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintStream;

import org.drawdown.domain.CargoItem;
import org.drawdown.domain.ClearanceUse;
import org.drawdown.domain.Flight;
import org.drawdown.domain.ParkingUse;
import org.drawdown.domain.PersonnelGroup;
import org.drawdown.domain.PositioningLeg;

/**
 * The rules of SPEC.md, one constraint (or one per part of a rule) each, and the cost terms.
 * <p>
 * Hard penalties are in the rule's own unit (kg, minutes, flights), so the solver sees how far a plan is from
 * feasible. Only flown flights (those with a load) take part. Flights that are history when replanning are not
 * checked alone, but still count where they meet planned flights: caps, turnarounds and force protection.
 * <p>
 * Every per-flight rule reads the flight's derived figures, which depend only on the flight's own variables and
 * its inverse load lists, so a move touches only the flights it changes.
 */
public class DrawdownConstraintProvider implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                payload(factory),
                palletPositions(factory),
                seats(factory),
                lanes(factory),
                readiness(factory),
                deadline(factory),
                baseClosure(factory),
                clearance(factory),
                clearanceDailyCap(factory),
                commercialCargo(factory),
                range(factory),
                positioningRange(factory),
                outsize(factory),
                passengerCompatibility(factory),
                forceProtection(factory),
                aircraftTurnaround(factory),
                aircraftAvailability(factory),
                positioningRoute(factory),
                departuresPerDay(factory),
                parking(factory),
                mandatoryCargoNotMoved(factory),
                personnelNotMoved(factory),
                flyingCost(factory),
                leftBehindValue(factory),
                personnelWaiting(factory),
                planChange(factory),
                droppedFromPlan(factory)
        };
    }

    // ************************************************************************
    // Shared streams
    // ************************************************************************

    private static UniConstraintStream<Flight> flownFlights(ConstraintFactory factory) {
        return factory.forEach(Flight.class).filter(Flight::isFlown);
    }

    /** Flown flights the solver plans (not history), breaking the rule by a positive amount. */
    private static UniConstraintStream<Flight> plannedFlightsBreaking(ConstraintFactory factory,
            ToLongFunction<Flight> breach) {
        return flownFlights(factory)
                .filter(flight -> !flight.isPinned() && breach.applyAsLong(flight) > 0);
    }

    private static Constraint penalizeFlights(ConstraintFactory factory, PlanConstraint constraint,
            ToLongFunction<Flight> breach) {
        return plannedFlightsBreaking(factory, breach)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, breach)
                .asConstraint(constraint.id());
    }

    /**
     * Every positioning leg of every aircraft: from its base to its first flight, and from each flight to the next
     * one by departure. A leg into a history flight flew already and is left out.
     */
    private static UniConstraintStream<PositioningLeg> positioningLegs(ConstraintFactory factory) {
        UniConstraintStream<PositioningLeg> fromBase = flownFlights(factory)
                .ifNotExists(flownFlights(factory),
                        Joiners.equal(Flight::getAircraft),
                        Joiners.greaterThan(Flight::getSequenceKey, Flight::getSequenceKey))
                .map(PositioningLeg::fromBase);
        UniConstraintStream<PositioningLeg> betweenFlights = flownFlights(factory)
                .join(flownFlights(factory),
                        Joiners.equal(Flight::getAircraft),
                        Joiners.lessThan(Flight::getSequenceKey, Flight::getSequenceKey))
                .ifNotExists(flownFlights(factory),
                        Joiners.equal((previous, next) -> previous.getAircraft(), Flight::getAircraft),
                        Joiners.lessThan((previous, next) -> previous.getSequenceKey(), Flight::getSequenceKey),
                        Joiners.greaterThan((previous, next) -> next.getSequenceKey(), Flight::getSequenceKey))
                .map(PositioningLeg::between);
        return fromBase.concat(betweenFlights)
                .filter(leg -> !leg.next().isPinned());
    }

    private static Constraint penalizeLegs(ConstraintFactory factory, PlanConstraint constraint,
            ToLongFunction<PositioningLeg> breach) {
        return positioningLegs(factory)
                .filter(leg -> breach.applyAsLong(leg) > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, breach)
                .asConstraint(constraint.id());
    }

    // ************************************************************************
    // Rules 1-3: capacity
    // ************************************************************************

    Constraint payload(ConstraintFactory factory) {
        return penalizeFlights(factory, PAYLOAD, Flight::getPayloadOverKg);
    }

    Constraint palletPositions(ConstraintFactory factory) {
        return penalizeFlights(factory, PALLET_POSITIONS, Flight::getPalletPositionsOver);
    }

    Constraint seats(ConstraintFactory factory) {
        return penalizeFlights(factory, SEATS, Flight::getSeatsOver);
    }

    // ************************************************************************
    // Rules 4-7: lane and time
    // ************************************************************************

    Constraint lanes(ConstraintFactory factory) {
        return penalizeFlights(factory, LANES, Flight::getOffLaneLoadCount);
    }

    Constraint readiness(ConstraintFactory factory) {
        return penalizeFlights(factory, READINESS, Flight::getMinutesBeforeReady);
    }

    Constraint deadline(ConstraintFactory factory) {
        return penalizeFlights(factory, DEADLINE, Flight::getMinutesAfterDeadline);
    }

    Constraint baseClosure(ConstraintFactory factory) {
        return penalizeFlights(factory, BASE_CLOSURE, Flight::getMinutesAfterClosure);
    }

    // ************************************************************************
    // Rule 8: clearances
    // ************************************************************************

    Constraint clearance(ConstraintFactory factory) {
        return penalizeFlights(factory, CLEARANCE, Flight::getMissingClearanceCount);
    }

    Constraint clearanceDailyCap(ConstraintFactory factory) {
        return flownFlights(factory)
                .flattenLast(Flight::getClearanceUses)
                .groupBy(ClearanceUse::clearance, ClearanceUse::utcDay, count(),
                        sum(use -> use.flight().isPinned() ? 0 : 1))
                .filter((clearance, day, flights, planned) -> planned > 0 && flights > clearance.getMaxFlightsPerDay())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        (clearance, day, flights, planned) -> Math.min(planned,
                                flights - clearance.getMaxFlightsPerDay()))
                .asConstraint(CLEARANCE_DAILY_CAP.id());
    }

    // ************************************************************************
    // Rules 9-12: what may fly on what
    // ************************************************************************

    Constraint commercialCargo(ConstraintFactory factory) {
        return penalizeFlights(factory, COMMERCIAL_CARGO, Flight::getCargoOnCommercialCount);
    }

    Constraint range(ConstraintFactory factory) {
        return penalizeFlights(factory, RANGE, Flight::getRangeOverNm);
    }

    Constraint positioningRange(ConstraintFactory factory) {
        return penalizeLegs(factory, POSITIONING_RANGE, PositioningLeg::getRangeOverNm);
    }

    Constraint outsize(ConstraintFactory factory) {
        return penalizeFlights(factory, OUTSIZE, Flight::getOutsizeMisfitCount);
    }

    Constraint passengerCompatibility(ConstraintFactory factory) {
        return penalizeFlights(factory, PASSENGER_COMPATIBILITY, Flight::getPassengerIncompatibleCount);
    }

    // ************************************************************************
    // Rule 13: force protection
    // ************************************************************************

    Constraint forceProtection(ConstraintFactory factory) {
        return flownFlights(factory)
                .filter(flight -> flight.getSecurityGroupCount() > 0)
                .join(flownFlights(factory).filter(Flight::carriesSensitiveCargo),
                        Joiners.equal(Flight::getOrigin),
                        Joiners.lessThan(Flight::getDepartureMinute, Flight::getDepartureMinute))
                .filter((security, sensitive) -> !security.isPinned() || !sensitive.isPinned())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        (security, sensitive) -> (long) security.getSecurityGroupCount()
                                * (sensitive.getDepartureMinute() - security.getDepartureMinute()))
                .asConstraint(FORCE_PROTECTION.id());
    }

    // ************************************************************************
    // Rule 14: aircraft continuity
    // ************************************************************************

    Constraint aircraftTurnaround(ConstraintFactory factory) {
        return penalizeLegs(factory, AIRCRAFT_TURNAROUND, PositioningLeg::getMinutesShort);
    }

    Constraint aircraftAvailability(ConstraintFactory factory) {
        return penalizeFlights(factory, AIRCRAFT_AVAILABILITY,
                flight -> Math.max(0, flight.getArrivalMinute() - flight.getAircraft().getAvailableToMinute()));
    }

    Constraint positioningRoute(ConstraintFactory factory) {
        return penalizeLegs(factory, POSITIONING_ROUTE, leg -> leg.lacksRoute() ? 1 : 0);
    }

    // ************************************************************************
    // Rules 15-16: ramp
    // ************************************************************************

    Constraint departuresPerDay(ConstraintFactory factory) {
        return flownFlights(factory)
                .groupBy(Flight::getOrigin, Flight::getDepartureDay, count(),
                        sum(flight -> flight.isPinned() ? 0 : 1))
                .filter((origin, day, departures, planned) -> planned > 0
                        && departures > origin.getMaxDeparturesPerDay())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        (origin, day, departures, planned) -> Math.min(planned,
                                departures - origin.getMaxDeparturesPerDay()))
                .asConstraint(DEPARTURES_PER_DAY.id());
    }

    /**
     * The number of aircraft on an airfield only rises when a parking use starts, so counting the uses that cover
     * each start finds every instant over the limit.
     */
    Constraint parking(ConstraintFactory factory) {
        return parkingUses(factory)
                .join(parkingUses(factory),
                        Joiners.equal(ParkingUse::airfield),
                        Joiners.greaterThanOrEqual(ParkingUse::fromMinute, ParkingUse::fromMinute),
                        Joiners.lessThan(ParkingUse::fromMinute, ParkingUse::toMinute))
                .groupBy((start, covering) -> start, countBi(),
                        sum((start, covering) -> covering.flight().isPinned() ? 0 : 1))
                .filter((start, aircraftOnGround, planned) -> planned > 0
                        && aircraftOnGround > start.airfield().getParkingSpots())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        (start, aircraftOnGround, planned) -> aircraftOnGround - start.airfield().getParkingSpots())
                .asConstraint(PARKING.id());
    }

    private static UniConstraintStream<ParkingUse> parkingUses(ConstraintFactory factory) {
        return flownFlights(factory)
                .flattenLast(Flight::getParkingUses)
                .filter(use -> use.fromMinute() < use.toMinute());
    }

    // ************************************************************************
    // Rule 17: completeness (medium)
    // ************************************************************************

    Constraint mandatoryCargoNotMoved(ConstraintFactory factory) {
        return unassignedCargo(factory, CargoItem::isMandatory)
                .penalize(HardMediumSoftLongScore.ONE_MEDIUM)
                .asConstraint(MANDATORY_CARGO_NOT_MOVED.id());
    }

    Constraint personnelNotMoved(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(PersonnelGroup.class)
                .filter(group -> group.getFlight() == null)
                .penalize(HardMediumSoftLongScore.ONE_MEDIUM, PersonnelGroup::getCount)
                .asConstraint(PERSONNEL_NOT_MOVED.id());
    }

    private static UniConstraintStream<CargoItem> unassignedCargo(ConstraintFactory factory,
            Predicate<CargoItem> which) {
        return factory.forEachIncludingUnassigned(CargoItem.class)
                .filter(item -> item.getFlight() == null && which.test(item));
    }

    // ************************************************************************
    // Cost (soft, USD)
    // ************************************************************************

    Constraint flyingCost(ConstraintFactory factory) {
        return flownFlights(factory)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, Flight::getFlyingCostUsd)
                .asConstraint(FLYING_COST.id());
    }

    Constraint leftBehindValue(ConstraintFactory factory) {
        return unassignedCargo(factory, item -> !item.isMandatory() && item.getValueUsd() > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, CargoItem::getValueUsd)
                .asConstraint(LEFT_BEHIND_VALUE.id());
    }

    /**
     * SPEC.md's formula, applied as written: a group that departs before it is ready (rule 5, already penalized)
     * has a negative waiting cost, so this is an impact rather than a penalty, and the soft score stays exactly
     * {@code -totalCostUsd} for any plan.
     */
    Constraint personnelWaiting(ConstraintFactory factory) {
        return flownFlights(factory)
                .filter(flight -> !flight.getPersonnel().isEmpty())
                .impactLong(HardMediumSoftLongScore.ONE_SOFT, flight -> -flight.getWaitingCostUsd())
                .asConstraint(PERSONNEL_WAITING.id());
    }

    /** Weighted by the scenario's {@code changeCostUsd} through the plan's constraint weight overrides. */
    Constraint planChange(ConstraintFactory factory) {
        return flownFlights(factory)
                .filter(flight -> flight.getChangedLoadCount() > 0)
                .penalize(HardMediumSoftLongScore.ONE_SOFT, Flight::getChangedLoadCount)
                .asConstraint(PLAN_CHANGE.id());
    }

    /** Weighted like {@link #planChange}: a load the plan in force moved and that is now left behind. */
    Constraint droppedFromPlan(ConstraintFactory factory) {
        UniConstraintStream<CargoItem> droppedCargo =
                unassignedCargo(factory, item -> item.getPriorAssignment() != null);
        UniConstraintStream<PersonnelGroup> droppedPersonnel = factory.forEachIncludingUnassigned(PersonnelGroup.class)
                .filter(group -> group.getFlight() == null && group.getPriorAssignment() != null);
        return droppedCargo.map(item -> (Object) item)
                .concat(droppedPersonnel.map(group -> (Object) group))
                .penalize(HardMediumSoftLongScore.ONE_SOFT)
                .asConstraint(DROPPED_FROM_PLAN.id());
    }
}
