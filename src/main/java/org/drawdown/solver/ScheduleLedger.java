package org.drawdown.solver;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.drawdown.domain.Aircraft;
import org.drawdown.domain.AircraftType;
import org.drawdown.domain.Airfield;
import org.drawdown.domain.CargoItem;
import org.drawdown.domain.Clearance;
import org.drawdown.domain.ClearanceUse;
import org.drawdown.domain.DrawdownPlan;
import org.drawdown.domain.Flight;
import org.drawdown.domain.Load;
import org.drawdown.domain.ParkingUse;
import org.drawdown.domain.PersonnelGroup;
import org.drawdown.domain.PositioningLeg;

/**
 * What the flights scheduled so far use of what flights share, so that the construction can tell at once whether
 * one more flight or load keeps those rules: departures per airfield and UTC day (rule 15), flights per clearance
 * and day (rule 8), the ramp (rule 16), each aircraft's itinerary (rules 10 and 14) and force protection (rule 13).
 * The formulas are the domain's ({@link PositioningLeg}, {@link Flight#getClearanceUses()},
 * {@link Flight#getParkingUses()}); this only keeps the tally. It counts history flights in full, which is never
 * less strict than the constraints, and it only grows: what it refuses once it refuses later too.
 */
final class ScheduleLedger {

    /** Returned by {@link #earliestTurnaroundMinute} when no later departure of the aircraft fits either. */
    static final int NEVER = Integer.MAX_VALUE;

    private final DrawdownPlan plan;
    private final int firstDay;
    private final DailyCounts[] departures;
    private final Map<Clearance, DailyCounts> clearanceFlights = new IdentityHashMap<>();
    private final Ramp[] ramps;
    private final List<TreeMap<Long, Flight>> itineraries;
    private final int[] latestSensitiveDeparture;
    private final int[] earliestSecurityDeparture;

    /** A ledger of the plan's flown flights and their loads. */
    ScheduleLedger(DrawdownPlan plan) {
        this.plan = plan;
        int airfields = plan.getAirfields().size();
        firstDay = plan.getWindow().utcDay(0);
        departures = new DailyCounts[airfields];
        ramps = new Ramp[airfields];
        int groundMinutes = plan.getAircraftTypes().stream().mapToInt(AircraftType::getGroundMinutes).max().orElse(0);
        for (Airfield airfield : plan.getAirfields()) {
            departures[airfield.getIndex()] = new DailyCounts();
            // An airfield with a spot for every aircraft can never be full; it keeps no tally.
            if (airfield.getParkingSpots() < plan.getAircraft().size()) {
                ramps[airfield.getIndex()] = new Ramp(airfield.getParkingSpots(), groundMinutes);
            }
        }
        itineraries = plan.getAircraft().stream().map(aircraft -> new TreeMap<Long, Flight>()).toList();
        latestSensitiveDeparture = new int[airfields];
        earliestSecurityDeparture = new int[airfields];
        Arrays.fill(latestSensitiveDeparture, Integer.MIN_VALUE);
        Arrays.fill(earliestSecurityDeparture, Integer.MAX_VALUE);
        plan.manifests().forEach((flight, manifest) -> {
            record(flight);
            manifest.cargo().forEach(item -> recordLoad(flight, item));
            manifest.personnel().forEach(group -> recordLoad(flight, group));
        });
    }

    // ************************************************************************
    // Questions, about a flight whose aircraft and slot are set but not yet recorded
    // ************************************************************************

    /**
     * Rule 14 and the legs of rule 10: the flight's own departure minute when it fits between its aircraft's
     * flights; else the earliest minute at which a later departure of that aircraft might ({@link #NEVER} when
     * none can).
     */
    int earliestTurnaroundMinute(Flight flight) {
        Aircraft aircraft = flight.getAircraft();
        TreeMap<Long, Flight> itinerary = itineraries.get(aircraft.getIndex());
        long key = flight.getSequenceKey();
        Map.Entry<Long, Flight> previous = itinerary.lowerEntry(key);
        Map.Entry<Long, Flight> next = itinerary.higherEntry(key);
        int afterNext = next == null ? NEVER : next.getValue().getDepartureMinute() + 1;
        PositioningLeg in = new PositioningLeg(aircraft, previous == null ? null : previous.getValue(), flight);
        if (in.lacksRoute() || in.getRangeOverNm() > 0) {
            return afterNext;
        }
        if (in.getMinutesShort() > 0) {
            return in.earliestDepartureMinute();
        }
        if (next != null) {
            PositioningLeg out = new PositioningLeg(aircraft, flight, next.getValue());
            if (out.lacksRoute() || out.getRangeOverNm() > 0 || out.getMinutesShort() > 0) {
                return afterNext;
            }
        }
        return flight.getDepartureMinute();
    }

    /** Rule 15: whether the origin has a departure left on the flight's UTC day. */
    boolean originHasDepartureLeft(Flight flight) {
        return departures[flight.getOrigin().getIndex()].get(dayIndex(flight.getDepartureMinute()))
                < flight.getOrigin().getMaxDeparturesPerDay();
    }

    /** Rule 8's caps: whether each clearance the flight flies under has a flight left that day. */
    boolean clearanceCapsAdmit(Flight flight) {
        for (ClearanceUse use : flight.getClearanceUses()) {
            DailyCounts counts = clearanceFlights.get(use.clearance());
            if (counts != null && counts.get(use.utcDay() - firstDay) >= use.clearance().getMaxFlightsPerDay()) {
                return false;
            }
        }
        return true;
    }

    /** Rule 16: whether both ends have a spot free for the whole time the flight holds one. */
    boolean rampAdmits(Flight flight) {
        for (ParkingUse use : flight.getParkingUses()) {
            Ramp ramp = ramps[use.airfield().getIndex()];
            if (ramp != null && !ramp.hasSpotFree(use.fromMinute(), use.toMinute())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Rule 13 for one more load on the flight: sensitive cargo leaves no later than any security group of its
     * airfield, a security group no earlier than any sensitive cargo.
     */
    boolean protects(Flight flight, Load load) {
        int origin = flight.getOrigin().getIndex();
        if (load instanceof CargoItem item && item.isSensitive()) {
            return flight.getDepartureMinute() <= earliestSecurityDeparture[origin];
        }
        if (load instanceof PersonnelGroup group && group.isSecurity()) {
            return flight.getDepartureMinute() >= latestSensitiveDeparture[origin];
        }
        return true;
    }

    /** The earliest minute at which a security group may leave this airfield (rule 13). */
    int earliestSecurityMinute(Airfield origin) {
        return latestSensitiveDeparture[origin.getIndex()];
    }

    // ************************************************************************
    // Tally
    // ************************************************************************

    /** A flight now flown: it takes its departure, clearance uses, parking and place in its aircraft's itinerary. */
    void record(Flight flight) {
        departures[flight.getOrigin().getIndex()].increment(dayIndex(flight.getDepartureMinute()));
        for (ClearanceUse use : flight.getClearanceUses()) {
            clearanceFlights.computeIfAbsent(use.clearance(), clearance -> new DailyCounts())
                    .increment(use.utcDay() - firstDay);
        }
        for (ParkingUse use : flight.getParkingUses()) {
            Ramp ramp = ramps[use.airfield().getIndex()];
            if (ramp != null) {
                ramp.park(use.fromMinute(), use.toMinute());
            }
        }
        itineraries.get(flight.getAircraft().getIndex()).put(flight.getSequenceKey(), flight);
    }

    /** A load now on a recorded flight. */
    void recordLoad(Flight flight, Load load) {
        int origin = flight.getOrigin().getIndex();
        int departure = flight.getDepartureMinute();
        if (load instanceof CargoItem item && item.isSensitive()) {
            latestSensitiveDeparture[origin] = Math.max(latestSensitiveDeparture[origin], departure);
        }
        if (load instanceof PersonnelGroup group && group.isSecurity()) {
            earliestSecurityDeparture[origin] = Math.min(earliestSecurityDeparture[origin], departure);
        }
    }

    private int dayIndex(int minute) {
        return plan.getWindow().utcDay(minute) - firstDay;
    }

    /** A count per day from the scenario's first UTC day on; days before it count nothing. */
    private static final class DailyCounts {

        private int[] counts = new int[0];

        int get(int day) {
            return day >= 0 && day < counts.length ? counts[day] : 0;
        }

        void increment(int day) {
            if (day < 0) {
                return;
            }
            if (day >= counts.length) {
                counts = Arrays.copyOf(counts, Math.max(day + 1, 2 * counts.length));
            }
            counts[day]++;
        }
    }

    /**
     * The aircraft parked at one airfield, minute by minute: a ground time is a few hours, so checking or taking a
     * spot reads or writes that many counters, whatever the number of flights. Minutes before the scenario start
     * less the longest ground time are not kept.
     */
    private static final class Ramp {

        private final int spots;
        private final int offset;
        private short[] parked = new short[0];

        Ramp(int spots, int groundMinutes) {
            this.spots = spots;
            this.offset = groundMinutes;
        }

        boolean hasSpotFree(int fromMinute, int toMinute) {
            int to = Math.min(toMinute + offset, parked.length);
            for (int i = Math.max(0, fromMinute + offset); i < to; i++) {
                if (parked[i] >= spots) {
                    return false;
                }
            }
            return true;
        }

        void park(int fromMinute, int toMinute) {
            int to = toMinute + offset;
            if (to > parked.length) {
                parked = Arrays.copyOf(parked, Math.max(to, 2 * parked.length));
            }
            for (int i = Math.max(0, fromMinute + offset); i < to; i++) {
                parked[i]++;
            }
        }
    }
}
