package org.drawdown.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.drawdown.domain.Aircraft;
import org.drawdown.domain.Airfield;
import org.drawdown.domain.DrawdownPlan;
import org.drawdown.domain.Flight;
import org.drawdown.domain.PositioningLeg;

/**
 * Each aircraft's day-by-day work: its sorties in order, each after the positioning leg that brings the aircraft to
 * it (from its base, or from where its previous sortie landed). The timeline draws these legs and the schedule table
 * lists them, so both say the same.
 */
final class AircraftSchedules {

    /** An aircraft and its legs in time order; aircraft come by type, then id. */
    record Schedule(Aircraft aircraft, List<ScheduledLeg> legs) {
    }

    /**
     * A sortie, or a positioning leg to {@code flight} (no loads). A positioning leg is timed to land just before the
     * ground time ahead of the sortie: the latest it can fly, as the plan does not fix it.
     */
    record ScheduledLeg(Flight flight, boolean positioning, Airfield from, Airfield to, int departureMinute,
            int arrivalMinute) {
    }

    private AircraftSchedules() {
    }

    static List<Schedule> of(DrawdownPlan plan, Set<Flight> flown) {
        List<Schedule> schedules = new ArrayList<>();
        for (Aircraft aircraft : plan.getAircraft().stream()
                .sorted(Comparator.comparingInt((Aircraft a) -> a.getType().getIndex()).thenComparing(Aircraft::getId))
                .toList()) {
            List<ScheduledLeg> legs = new ArrayList<>();
            Flight previous = null;
            for (Flight flight : flown.stream().filter(flight -> flight.getAircraft() == aircraft)
                    .sorted(Comparator.comparingLong(Flight::getSequenceKey)).toList()) {
                PositioningLeg leg = previous == null ? PositioningLeg.fromBase(flight)
                        : PositioningLeg.between(previous, flight);
                int positioning = aircraft.getRoutes().flightMinutes(leg.from(), leg.to(), aircraft.getType());
                if (positioning > 0) {
                    int arrive = flight.getDepartureMinute() - flight.getGroundMinutes();
                    legs.add(new ScheduledLeg(flight, true, leg.from(), leg.to(), arrive - positioning, arrive));
                }
                legs.add(new ScheduledLeg(flight, false, flight.getOrigin(), flight.getDestination(),
                        flight.getDepartureMinute(), flight.getArrivalMinute()));
                previous = flight;
            }
            schedules.add(new Schedule(aircraft, legs));
        }
        return schedules;
    }
}
