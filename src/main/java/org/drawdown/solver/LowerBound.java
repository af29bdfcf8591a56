package org.drawdown.solver;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import org.drawdown.domain.Aircraft;
import org.drawdown.domain.AircraftType;
import org.drawdown.domain.Airfield;
import org.drawdown.domain.CargoItem;
import org.drawdown.domain.DrawdownPlan;
import org.drawdown.domain.Lane;
import org.drawdown.domain.PersonnelGroup;
import org.drawdown.domain.PlanningWindow;
import org.drawdown.domain.PositioningLeg;

/**
 * A lower bound on the cost of any feasible plan, from two relaxations that hold for every feasible plan:
 * <ul>
 * <li>Flying: a lane's loads need pallet positions, payload and seats, and only some types can supply each
 * (cargo flies military, outsize cargo on outsize types). Whatever flights a plan uses on the lane, their cost is
 * at least each need times the cheapest cost per unit of what supplies it, and at least one flight. An optional
 * item either flies, needing the same, or stays, costing its value: it adds the smaller.</li>
 * <li>Waiting: a person leaves no earlier than the first slot after they are ready and after some aircraft that
 * could carry their group can reach their airfield; and an airfield sends at most its daily departures times the
 * most seats of any type in a UTC day. Filling each day's seats in order of readiness minimizes the people's total
 * waiting under those limits.</li>
 * </ul>
 */
public final class LowerBound {

    private LowerBound() {
    }

    /** The bound and its two parts, in US dollars. */
    public record Bound(long flyingUsd, long waitingUsd) {

        public long totalUsd() {
            return flyingUsd + waitingUsd;
        }

        /** How far above the bound a cost lies, as a fraction of the bound. */
        public double gapOf(long costUsd) {
            return totalUsd() == 0 ? 0 : (double) (costUsd - totalUsd()) / totalUsd();
        }
    }

    public static Bound of(DrawdownPlan problem) {
        return new Bound(flying(problem), waiting(problem));
    }

    // ************************************************************************
    // Flying
    // ************************************************************************

    /** What a lane's loads need of one resource, and at what cheapest price per unit it can be had. */
    private enum Resource {
        CARGO_POSITIONS, OUTSIZE_POSITIONS, CARGO_KG, ALL_KG, SEATS
    }

    private static long flying(DrawdownPlan problem) {
        Map<Lane, List<Object>> loadsByLane = new LinkedHashMap<>();
        problem.getCargo().forEach(item -> loadsByLane.computeIfAbsent(item.getLane(), l -> new ArrayList<>())
                .add(item));
        problem.getPersonnel().forEach(group -> loadsByLane.computeIfAbsent(group.getLane(), l -> new ArrayList<>())
                .add(group));
        double total = 0;
        for (Map.Entry<Lane, List<Object>> entry : loadsByLane.entrySet()) {
            total += laneBound(problem, entry.getKey(), entry.getValue());
        }
        // Each lane's bound is a real number of dollars; the plan's costs are whole dollars.
        return (long) Math.floor(total);
    }

    /**
     * The best of one bound per resource: mandatory loads pay the resource's cheapest unit price for what they
     * need; an optional item either flies (paying the same) or stays (paying its value), so it adds the smaller.
     */
    private static double laneBound(DrawdownPlan problem, Lane lane, List<Object> loads) {
        List<AircraftType> types = typesFlying(problem, lane);
        List<AircraftType> military = types.stream().filter(AircraftType::isMilitary).toList();
        List<AircraftType> outsize = military.stream().filter(AircraftType::isOutsize).toList();
        boolean anyMandatory = false;
        double best = 0;
        for (Resource resource : Resource.values()) {
            double price = switch (resource) {
                case CARGO_POSITIONS -> cheapest(lane, military, AircraftType::getPalletPositions);
                case OUTSIZE_POSITIONS -> cheapest(lane, outsize, AircraftType::getPalletPositions);
                case CARGO_KG -> cheapest(lane, military, AircraftType::getMaxPayloadKg);
                case ALL_KG -> cheapest(lane, types, AircraftType::getMaxPayloadKg);
                case SEATS -> cheapest(lane, types, AircraftType::getSeats);
            };
            double bound = 0;
            for (Object load : loads) {
                double cost = price * amount(resource, load);
                if (load instanceof CargoItem item && !item.isMandatory()) {
                    bound += Math.min(cost, item.getValueUsd());
                } else {
                    bound += cost;
                    anyMandatory = true;
                }
            }
            best = Math.max(best, bound);
        }
        double oneFlight = anyMandatory ? types.stream().mapToDouble(lane::costUsd).min().orElse(0) : 0;
        return Math.max(best, oneFlight);
    }

    private static long amount(Resource resource, Object load) {
        if (load instanceof CargoItem item) {
            return switch (resource) {
                case CARGO_POSITIONS -> item.getPalletPositions();
                case OUTSIZE_POSITIONS -> item.isOutsize() ? item.getPalletPositions() : 0;
                case CARGO_KG, ALL_KG -> item.getWeightKg();
                case SEATS -> 0;
            };
        }
        PersonnelGroup group = (PersonnelGroup) load;
        return switch (resource) {
            case ALL_KG -> group.getWeightKg();
            case SEATS -> group.getCount();
            default -> 0;
        };
    }

    /** Types of which some aircraft could fly the lane. */
    private static List<AircraftType> typesFlying(DrawdownPlan problem, Lane lane) {
        return problem.getAircraft().stream()
                .map(Aircraft::getType)
                .distinct()
                .filter(type -> type.canFly(lane.getDistanceNm()))
                .toList();
    }

    /** A type with none of the resource (a charter's pallet positions, a freighter's seats) supplies none of it. */
    private static double cheapest(Lane lane, List<AircraftType> types,
            ToIntFunction<AircraftType> capacity) {
        return types.stream()
                .filter(type -> capacity.applyAsInt(type) > 0)
                .mapToDouble(type -> (double) lane.costUsd(type) / capacity.applyAsInt(type))
                .min()
                .orElse(0);
    }

    // ************************************************************************
    // Waiting
    // ************************************************************************

    private static long waiting(DrawdownPlan problem) {
        if (problem.getPersonDayCostUsd() == 0) {
            return 0;
        }
        PlanningWindow window = problem.getWindow();
        int mostSeats = problem.getAircraftTypes().stream().mapToInt(AircraftType::getSeats).max().orElse(0);
        Map<Airfield, List<PersonnelGroup>> byOrigin = new LinkedHashMap<>();
        problem.getPersonnel().forEach(group -> byOrigin
                .computeIfAbsent(group.getLane().getOrigin(), origin -> new ArrayList<>()).add(group));
        long bound = 0;
        for (Map.Entry<Airfield, List<PersonnelGroup>> entry : byOrigin.entrySet()) {
            Airfield origin = entry.getKey();
            List<PersonnelGroup> groups = new ArrayList<>(entry.getValue());
            groups.sort(Comparator.comparingInt(group -> earliestDeparture(problem, group)));
            long seatsPerDay = (long) origin.getMaxDeparturesPerDay() * mostSeats;
            Map<Integer, Long> seatsUsed = new LinkedHashMap<>();
            long personMinutes = 0;
            for (PersonnelGroup group : groups) {
                int earliest = earliestDeparture(problem, group);
                long left = group.getCount();
                int day = window.utcDay(earliest);
                while (left > 0) {
                    long free = seatsPerDay - seatsUsed.getOrDefault(day, 0L);
                    long leaving = Math.min(free, left);
                    if (leaving > 0) {
                        int leaves = Math.max(earliest, dayStartMinute(window, day));
                        personMinutes += leaving * (leaves - group.getReadyMinute());
                        seatsUsed.merge(day, leaving, Long::sum);
                        left -= leaving;
                    }
                    day++;
                }
            }
            // The plan rounds each group's cost down on its own: at most one dollar less per group.
            long airfieldBound = Math.floorDiv(personMinutes * problem.getPersonDayCostUsd(), 1440)
                    - groups.size();
            bound += Math.max(0, airfieldBound);
        }
        return bound;
    }

    /** The first slot at which the group is ready and some aircraft able to seat it can be at its origin. */
    private static int earliestDeparture(DrawdownPlan problem, PersonnelGroup group) {
        PlanningWindow window = problem.getWindow();
        Airfield origin = group.getLane().getOrigin();
        int aircraftThere = problem.getAircraft().stream()
                .filter(aircraft -> aircraft.getType().getSeats() >= group.getCount())
                .filter(aircraft -> aircraft.getType().canFly(group.getLane().getDistanceNm()))
                .mapToInt(aircraft -> PositioningLeg.earliestFirstDepartureMinute(aircraft, origin))
                .min()
                .orElse(group.getReadyMinute());
        int earliest = Math.max(Math.max(group.getReadyMinute(), 0), aircraftThere);
        return window.minuteOfSlot(window.firstSlotAtOrAfter(earliest));
    }

    private static int dayStartMinute(PlanningWindow window, int utcDay) {
        return window.minuteOf(Instant.ofEpochSecond(utcDay * 86_400L));
    }
}
