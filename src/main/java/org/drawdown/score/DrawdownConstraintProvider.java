package org.drawdown.score;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.max;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;
import static org.drawdown.score.PlanConstraint.AIRCRAFT_TURNAROUND;
import static org.drawdown.score.PlanConstraint.CLEARANCE_DAILY_CAP;
import static org.drawdown.score.PlanConstraint.DEPARTURES_PER_DAY;
import static org.drawdown.score.PlanConstraint.DROPPED_FROM_PLAN;
import static org.drawdown.score.PlanConstraint.FLYING_COST;
import static org.drawdown.score.PlanConstraint.FORCE_PROTECTION;
import static org.drawdown.score.PlanConstraint.LANES;
import static org.drawdown.score.PlanConstraint.LEFT_BEHIND_VALUE;
import static org.drawdown.score.PlanConstraint.MANDATORY_CARGO_NOT_MOVED;
import static org.drawdown.score.PlanConstraint.PARKING;
import static org.drawdown.score.PlanConstraint.PASSENGER_COMPATIBILITY;
import static org.drawdown.score.PlanConstraint.PERSONNEL_NOT_MOVED;
import static org.drawdown.score.PlanConstraint.PERSONNEL_WAITING;
import static org.drawdown.score.PlanConstraint.PLAN_CHANGE;
import static org.drawdown.score.PlanConstraint.POSITIONING_RANGE;
import static org.drawdown.score.PlanConstraint.POSITIONING_ROUTE;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream;
import ai.timefold.solver.core.api.score.stream.tri.TriConstraintStream;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintStream;

import org.drawdown.domain.Aircraft;
import org.drawdown.domain.CargoItem;
import org.drawdown.domain.ClearanceUse;
import org.drawdown.domain.Flight;
import org.drawdown.domain.Load;
import org.drawdown.domain.LoadTotals;
import org.drawdown.domain.ParkingUse;
import org.drawdown.domain.PersonnelGroup;
import org.drawdown.score.justifications.AircraftAvailabilityJustification;
import org.drawdown.score.justifications.AircraftTurnaroundJustification;
import org.drawdown.score.justifications.BaseClosureJustification;
import org.drawdown.score.justifications.ClearanceDailyCapJustification;
import org.drawdown.score.justifications.ClearanceJustification;
import org.drawdown.score.justifications.CommercialCargoJustification;
import org.drawdown.score.justifications.DeadlineJustification;
import org.drawdown.score.justifications.DeparturesPerDayJustification;
import org.drawdown.score.justifications.DroppedFromPlanJustification;
import org.drawdown.score.justifications.FlightJustification;
import org.drawdown.score.justifications.FlyingCostJustification;
import org.drawdown.score.justifications.ForceProtectionJustification;
import org.drawdown.score.justifications.ItineraryJustification;
import org.drawdown.score.justifications.LanesJustification;
import org.drawdown.score.justifications.LeftBehindValueJustification;
import org.drawdown.score.justifications.MandatoryCargoNotMovedJustification;
import org.drawdown.score.justifications.OutsizeJustification;
import org.drawdown.score.justifications.PalletPositionsJustification;
import org.drawdown.score.justifications.ParkingJustification;
import org.drawdown.score.justifications.PassengerCompatibilityJustification;
import org.drawdown.score.justifications.PayloadJustification;
import org.drawdown.score.justifications.PersonnelNotMovedJustification;
import org.drawdown.score.justifications.PersonnelWaitingJustification;
import org.drawdown.score.justifications.PlanChangeJustification;
import org.drawdown.score.justifications.PositioningRangeJustification;
import org.drawdown.score.justifications.PositioningRouteJustification;
import org.drawdown.score.justifications.RangeJustification;
import org.drawdown.score.justifications.ReadinessJustification;
import org.drawdown.score.justifications.SeatsJustification;

/**
 * The rules of the contract (docs/contract.md), one constraint each (or one per part of a rule), and the cost terms.
 * <p>
 * Hard penalties are in the rule's own unit (kg, minutes, flights), so the solver sees how far a plan is from
 * feasible. Only flown flights (those with a load) take part.
 * <p>
 * Streams come in two families, kept apart for incremental speed. Load rules add up each flight's loads
 * ({@link LoadTotalsCollector}) and join the flight; moving a load touches only its two flights' totals, and
 * retiming a flight touches its totals once, not each of its loads. Schedule rules start from flown flights, which
 * depend only on each flight's aircraft and slot ({@code ifExists} passes a load move on only when a flight becomes
 * flown or unflown), so they are recomputed only when flights are retimed or re-tailed.
 * <p>
 * When replanning, flights that departed before "now" are history (pinned): no rule is checked on them alone, but
 * they still count where they meet planned flights (caps, ramp, turnarounds, force protection) and in the cost.
 * <p>
 * Each constraint justifies its matches with a record of {@code justifications/} naming what it is about; the
 * rules a flight breaks on its own are {@link LoneFlightRule}s, shared with {@code explain}'s stuck-load probes.
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

    // Timefold's forEach leaves out entities with a null variable, reading each variable through a reflective
    // handle on every change: 5% of gen-l's search (JFR). The same test as a filter on the getters is compiled in.

    /** The loads of this class that ride a flight. */
    private static <L extends Load> UniConstraintStream<L> moved(ConstraintFactory factory, Class<L> loadClass) {
        return factory.forEachIncludingUnassigned(loadClass).filter(load -> load.getFlight() != null);
    }

    /** Flights with an aircraft and a departure: all of them once the construction is done. */
    private static UniConstraintStream<Flight> scheduledFlights(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Flight.class)
                .filter(flight -> flight.getAircraft() != null && flight.getDepartureSlot() != null);
    }

    /** Every moved personnel group with the flight it rides. */
    private static BiConstraintStream<PersonnelGroup, Flight> personnelOnFlights(ConstraintFactory factory) {
        return moved(factory, PersonnelGroup.class)
                .join(scheduledFlights(factory), Joiners.equal(PersonnelGroup::getFlight, Function.identity()));
    }

    /** Flights carrying at least one load; unaffected by moves of loads between flown flights. */
    private static UniConstraintStream<Flight> flownFlights(ConstraintFactory factory) {
        return scheduledFlights(factory)
                .ifExists(moved(factory, Load.class), Joiners.equal(Function.identity(), Load::getFlight));
    }

    /** Each flown flight with what its loads add up to (the flight is joined last so retiming it updates these). */
    private static TriConstraintStream<Flight, LoadTotals, Flight> flightTotals(ConstraintFactory factory) {
        return moved(factory, Load.class)
                .groupBy(Load::getFlight, LoadTotalsCollector.INSTANCE)
                .join(scheduledFlights(factory), Joiners.equal((loaded, totals) -> loaded, Function.identity()));
    }

    /** A rule of what a flight carries: its loads' totals against the flight. */
    private static Constraint penalizeTotals(ConstraintFactory factory, LoneFlightRule rule,
            BiFunction<Flight, Long, FlightJustification> justification) {
        return flightTotals(factory)
                .filter((loaded, totals, flight) -> !flight.isHistory() && rule.breach(totals, flight) > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (loaded, totals, flight) -> rule.breach(totals, flight))
                .justifyWith((loaded, totals, flight, score) -> justification.apply(flight,
                        rule.breach(totals, flight)))
                .asConstraint(rule.constraint().id());
    }

    /** A rule of how a flight is flown, whatever it carries. */
    private static Constraint penalizeFlights(ConstraintFactory factory, LoneFlightRule rule,
            BiFunction<Flight, Long, FlightJustification> justification) {
        return flownFlights(factory)
                .filter(flight -> !flight.isHistory() && rule.breach(LoadTotals.NONE, flight) > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, flight -> rule.breach(LoadTotals.NONE, flight))
                .justifyWith((flight, score) -> justification.apply(flight, rule.breach(LoadTotals.NONE, flight)))
                .asConstraint(rule.constraint().id());
    }

    private static Constraint penalizeItineraries(ConstraintFactory factory, PlanConstraint constraint,
            ToLongFunction<ItineraryBreaches> breach,
            BiFunction<Aircraft, ItineraryBreaches, ItineraryJustification> justification) {
        return flownFlights(factory)
                .groupBy(Flight::getAircraft, ItineraryCollector.INSTANCE)
                .filter((aircraft, breaches) -> breach.applyAsLong(breaches) > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (aircraft, breaches) -> breach.applyAsLong(breaches))
                .justifyWith((aircraft, breaches, score) -> justification.apply(aircraft, breaches))
                .asConstraint(constraint.id());
    }

    // ************************************************************************
    // Rules 1-3: capacity
    // ************************************************************************

    Constraint payload(ConstraintFactory factory) {
        return penalizeTotals(factory, LoneFlightRule.PAYLOAD, PayloadJustification::new);
    }

    Constraint palletPositions(ConstraintFactory factory) {
        return penalizeTotals(factory, LoneFlightRule.PALLET_POSITIONS, PalletPositionsJustification::new);
    }

    Constraint seats(ConstraintFactory factory) {
        return penalizeTotals(factory, LoneFlightRule.SEATS, SeatsJustification::new);
    }

    // ************************************************************************
    // Rules 4-7: lane and time
    // ************************************************************************

    /** A flight's lane never changes, so this reads it straight from the load's flight. */
    Constraint lanes(ConstraintFactory factory) {
        return moved(factory, Load.class)
                .filter(load -> !load.isHistory() && load.getLane() != load.getFlight().getLane())
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .justifyWith((load, score) -> new LanesJustification(load))
                .asConstraint(LANES.id());
    }

    Constraint readiness(ConstraintFactory factory) {
        return penalizeTotals(factory, LoneFlightRule.READINESS, ReadinessJustification::new);
    }

    Constraint deadline(ConstraintFactory factory) {
        return penalizeFlights(factory, LoneFlightRule.DEADLINE, DeadlineJustification::new);
    }

    Constraint baseClosure(ConstraintFactory factory) {
        return penalizeFlights(factory, LoneFlightRule.BASE_CLOSURE, BaseClosureJustification::new);
    }

    // ************************************************************************
    // Rule 8: clearances
    // ************************************************************************

    Constraint clearance(ConstraintFactory factory) {
        return penalizeFlights(factory, LoneFlightRule.CLEARANCE, ClearanceJustification::new);
    }

    Constraint clearanceDailyCap(ConstraintFactory factory) {
        return flownFlights(factory)
                .flattenLast(Flight::getClearanceUses)
                .groupBy(ClearanceUse::clearance, ClearanceUse::utcDay, count(),
                        sum(use -> use.flight().isHistory() ? 0 : 1))
                .filter((clearance, day, flights, planned) -> planned > 0 && flights > clearance.getMaxFlightsPerDay())
                .penalize(HardMediumSoftLongScore.ONE_HARD,
                        (clearance, day, flights, planned) -> Math.min(planned,
                                flights - clearance.getMaxFlightsPerDay()))
                .justifyWith((clearance, day, flights, planned, score) -> new ClearanceDailyCapJustification(
                        clearance, day, flights))
                .asConstraint(CLEARANCE_DAILY_CAP.id());
    }

    // ************************************************************************
    // Rules 9-12: what may fly on what
    // ************************************************************************

    Constraint commercialCargo(ConstraintFactory factory) {
        return penalizeTotals(factory, LoneFlightRule.COMMERCIAL_CARGO, CommercialCargoJustification::new);
    }

    Constraint range(ConstraintFactory factory) {
        return penalizeFlights(factory, LoneFlightRule.RANGE, RangeJustification::new);
    }

    Constraint positioningRange(ConstraintFactory factory) {
        return penalizeItineraries(factory, POSITIONING_RANGE, ItineraryBreaches::nmOverRange,
                PositioningRangeJustification::new);
    }

    Constraint outsize(ConstraintFactory factory) {
        return penalizeTotals(factory, LoneFlightRule.OUTSIZE, OutsizeJustification::new);
    }

    Constraint passengerCompatibility(ConstraintFactory factory) {
        return moved(factory, CargoItem.class)
                .filter(item -> !item.isPassengerCompatible() && !item.isHistory())
                .ifExists(moved(factory, PersonnelGroup.class),
                        Joiners.equal(CargoItem::getFlight, PersonnelGroup::getFlight))
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .justifyWith((item, score) -> new PassengerCompatibilityJustification(item))
                .asConstraint(PASSENGER_COMPATIBILITY.id());
    }

    // ************************************************************************
    // Rule 13: force protection
    // ************************************************************************

    /**
     * Each security group that leaves before a flight carrying sensitive cargo from its airfield, by the minutes it
     * leaves before the last such flight: the breach is how early the group is, however many flights it precedes.
     */
    Constraint forceProtection(ConstraintFactory factory) {
        UniConstraintStream<Flight> sensitiveFlights = scheduledFlights(factory)
                .ifExists(moved(factory, CargoItem.class).filter(CargoItem::isSensitive),
                        Joiners.equal(Function.identity(), CargoItem::getFlight));
        return personnelOnFlights(factory)
                .filter((group, groupFlight) -> group.isSecurity())
                .join(sensitiveFlights,
                        Joiners.equal((group, groupFlight) -> groupFlight.getOrigin(), Flight::getOrigin),
                        Joiners.lessThan((group, groupFlight) -> groupFlight.getDepartureMinute(),
                                Flight::getDepartureMinute))
                .filter((group, groupFlight, sensitive) -> !groupFlight.isHistory() || !sensitive.isHistory())
                .groupBy((group, groupFlight, sensitive) -> group, (group, groupFlight, sensitive) -> groupFlight,
                        max((PersonnelGroup group, Flight groupFlight, Flight sensitive) -> sensitive
                                .getDepartureMinute()))
                .penalize(HardMediumSoftLongScore.ONE_HARD,
                        (group, groupFlight, lastSensitive) -> lastSensitive - groupFlight.getDepartureMinute())
                .justifyWith((group, groupFlight, lastSensitive, score) -> new ForceProtectionJustification(group,
                        groupFlight, lastSensitive))
                .asConstraint(FORCE_PROTECTION.id());
    }

    // ************************************************************************
    // Rule 14: aircraft continuity
    // ************************************************************************

    Constraint aircraftTurnaround(ConstraintFactory factory) {
        return penalizeItineraries(factory, AIRCRAFT_TURNAROUND, ItineraryBreaches::minutesShort,
                AircraftTurnaroundJustification::new);
    }

    Constraint aircraftAvailability(ConstraintFactory factory) {
        return penalizeFlights(factory, LoneFlightRule.AIRCRAFT_AVAILABILITY, AircraftAvailabilityJustification::new);
    }

    Constraint positioningRoute(ConstraintFactory factory) {
        return penalizeItineraries(factory, POSITIONING_ROUTE, ItineraryBreaches::legsWithoutRoute,
                PositioningRouteJustification::new);
    }

    // ************************************************************************
    // Rules 15-16: ramp
    // ************************************************************************

    Constraint departuresPerDay(ConstraintFactory factory) {
        return flownFlights(factory)
                .groupBy(Flight::getOrigin, Flight::getDepartureDay, count(),
                        sum(flight -> flight.isHistory() ? 0 : 1))
                .filter((origin, day, departures, planned) -> planned > 0
                        && departures > origin.getMaxDeparturesPerDay())
                .penalize(HardMediumSoftLongScore.ONE_HARD,
                        (origin, day, departures, planned) -> Math.min(planned,
                                departures - origin.getMaxDeparturesPerDay()))
                .justifyWith((origin, day, departures, planned, score) -> new DeparturesPerDayJustification(origin,
                        day, departures))
                .asConstraint(DEPARTURES_PER_DAY.id());
    }

    /** See {@link ParkingCollector}: aircraft over the spots, summed over the moments a parking use starts. */
    Constraint parking(ConstraintFactory factory) {
        return flownFlights(factory)
                .flattenLast(Flight::getParkingUses)
                .groupBy(ParkingUse::airfield, ParkingCollector.INSTANCE)
                .filter((airfield, breach) -> breach.aircraftOverSpots() > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (airfield, breach) -> breach.aircraftOverSpots())
                .justifyWith((airfield, breach, score) -> new ParkingJustification(airfield, breach))
                .asConstraint(PARKING.id());
    }

    // ************************************************************************
    // Rule 17: completeness (medium)
    // ************************************************************************

    Constraint mandatoryCargoNotMoved(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(CargoItem.class)
                .filter(item -> item.getFlight() == null && item.isMandatory())
                .penalize(HardMediumSoftLongScore.ONE_MEDIUM)
                .justifyWith((item, score) -> new MandatoryCargoNotMovedJustification(item))
                .asConstraint(MANDATORY_CARGO_NOT_MOVED.id());
    }

    Constraint personnelNotMoved(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(PersonnelGroup.class)
                .filter(group -> group.getFlight() == null)
                .penalize(HardMediumSoftLongScore.ONE_MEDIUM, PersonnelGroup::getCount)
                .justifyWith((group, score) -> new PersonnelNotMovedJustification(group))
                .asConstraint(PERSONNEL_NOT_MOVED.id());
    }

    // ************************************************************************
    // Cost (soft, USD)
    // ************************************************************************

    Constraint flyingCost(ConstraintFactory factory) {
        return flownFlights(factory)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, Flight::getFlyingCostUsd)
                .justifyWith((flight, score) -> new FlyingCostJustification(flight, flight.getFlyingCostUsd()))
                .asConstraint(FLYING_COST.id());
    }

    Constraint leftBehindValue(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(CargoItem.class)
                .filter(item -> item.getFlight() == null && !item.isMandatory() && item.getValueUsd() > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, CargoItem::getValueUsd)
                .justifyWith((item, score) -> new LeftBehindValueJustification(item))
                .asConstraint(LEFT_BEHIND_VALUE.id());
    }

    /**
     * The contract's formula as written: a group that departs before it is ready (already a rule 5 breach) has a
     * negative waiting cost, so this is an impact, not a penalty, and the soft score is exactly
     * {@code -totalCostUsd} for any plan.
     */
    Constraint personnelWaiting(ConstraintFactory factory) {
        return personnelOnFlights(factory)
                .impactLong(HardMediumSoftLongScore.ONE_SOFT,
                        (group, flight) -> -group.waitingCostUsd(flight.getDepartureMinute()))
                .justifyWith((group, flight, score) -> new PersonnelWaitingJustification(group, flight,
                        group.waitingCostUsd(flight.getDepartureMinute())))
                .asConstraint(PERSONNEL_WAITING.id());
    }

    /**
     * Weighted by the scenario's {@code changeCostUsd} through the plan's constraint weight overrides. Loads without
     * a prior assignment (all of them outside a replan) are filtered out before the join, so moving them costs no join.
     */
    Constraint planChange(ConstraintFactory factory) {
        return moved(factory, Load.class)
                .filter(load -> load.getPriorAssignment() != null)
                .join(scheduledFlights(factory), Joiners.equal(Load::getFlight, Function.identity()))
                .filter((load, flight) -> !load.getPriorAssignment().isKeptBy(flight))
                .penalize(HardMediumSoftLongScore.ONE_SOFT)
                .justifyWith((load, flight, score) -> new PlanChangeJustification(load, flight))
                .asConstraint(PLAN_CHANGE.id());
    }

    /** Weighted like {@link #planChange}: a load the plan in force moved that is now left behind. */
    Constraint droppedFromPlan(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Load.class)
                .filter(load -> load.getFlight() == null && load.getPriorAssignment() != null)
                .penalize(HardMediumSoftLongScore.ONE_SOFT)
                .justifyWith((load, score) -> new DroppedFromPlanJustification(load))
                .asConstraint(DROPPED_FROM_PLAN.id());
    }
}
