package org.drawdown.score;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.drawdown.domain.Aircraft;
import org.drawdown.domain.AircraftType;
import org.drawdown.domain.Airfield;
import org.drawdown.domain.CargoItem;
import org.drawdown.domain.Clearance;
import org.drawdown.domain.CountryClearances;
import org.drawdown.domain.Flight;
import org.drawdown.domain.Lane;
import org.drawdown.domain.PersonnelGroup;
import org.drawdown.domain.PlanningWindow;
import org.drawdown.domain.RouteMap;

/**
 * A small world for constraint tests, with round figures so that expected penalties can be worked out by hand.
 * Window: 30 days from 2024-06-01T00:00Z, hourly slots. ORIG (Niger, closes on day 10, 3 departures a day, 2
 * parking spots) and DEST (Germany, clearance free) are 900 nm apart, over Algeria. C-17 legs take
 * ceil(900 * 60 / 450) + 30 = 150 minutes.
 */
final class Fixture {

    static final int DAY = 1440;
    static final long PERSON_DAY_COST_USD = 400;

    final PlanningWindow window = new PlanningWindow(Instant.parse("2024-06-01T00:00:00Z"),
            Instant.parse("2024-07-01T00:00:00Z"), 60);

    final Airfield origin = new Airfield(0, "ORIG", "Origin", "NE", 3, 2, 10 * DAY);
    final Airfield destination = new Airfield(1, "DEST", "Destination", "DE", 20, 10, Airfield.NEVER_CLOSES);
    final Airfield far = new Airfield(2, "FARR", "Far away", "XX", 20, 10, Airfield.NEVER_CLOSES);
    final Airfield island = new Airfield(3, "ISLE", "No routes", "YY", 20, 10, Airfield.NEVER_CLOSES);
    final RouteMap routes = new RouteMap(4);

    final AircraftType c17 = new AircraftType(0, "C17", "C-17A", true, 50000, 18, 102, 54, 4, true, 450, 2400, 180,
            24000);
    final AircraftType c130 = new AircraftType(1, "C130J", "C-130J-30", true, 16000, 8, 92, 60, 8, false, 320,
            1800, 105, 10000);
    /** No pallet positions: every seat is a fixed (sidewall) seat. */
    final AircraftType charter = new AircraftType(2, "B763", "Charter", false, 30000, 0, 250, 250, 0, false, 460,
            5500, 90, 12000);
    final List<AircraftType> types = List.of(c17, c130, charter);

    final Aircraft c17a;
    final Aircraft c17b;
    final Aircraft c130a;
    final Aircraft charterA;
    final Aircraft c130Far;
    final Aircraft c17Island;

    /** Niger landing: days 0-30, two flights a day, military types. Algeria overflight: from day 1, three a day. */
    final Clearance landing = new Clearance("NE-1", "NE", 0, 30 * DAY, 2, Set.of(c17, c130));
    final Clearance overflight = new Clearance("DZ-1", "DZ", DAY, 30 * DAY, 3, Set.of());

    final Lane lane;
    final Lane otherLane;
    private int nextIndex;

    Fixture() {
        routes.addRoute(origin, destination, 900, List.of("DZ"));
        routes.addRoute(origin, far, 2000, List.of());
        routes.addRoute(destination, far, 1000, List.of());
        c17a = new Aircraft(0, "C17-A", c17, destination, 0, 30 * DAY, routes);
        c17b = new Aircraft(1, "C17-B", c17, destination, 0, 30 * DAY, routes);
        c130a = new Aircraft(2, "C130-A", c130, destination, 0, 30 * DAY, routes);
        charterA = new Aircraft(3, "CHT-A", charter, destination, 0, 30 * DAY, routes);
        c130Far = new Aircraft(4, "C130-F", c130, far, 0, 30 * DAY, routes);
        c17Island = new Aircraft(5, "C17-I", c17, island, 0, 30 * DAY, routes);
        List<CountryClearances> required = List.of(new CountryClearances("DZ", List.of(overflight)),
                new CountryClearances("NE", List.of(landing)));
        List<Aircraft> all = List.of(c17a, c17b, c130a, charterA, c130Far, c17Island);
        lane = new Lane(0, origin, destination, 900, required, types, all, 0, 30 * 24);
        otherLane = new Lane(1, destination, far, 1000, List.of(), types, all, 0, 30 * 24);
    }

    Flight flight(Aircraft aircraft, int departureMinute) {
        return flight(lane, aircraft, departureMinute);
    }

    Flight flight(Lane flightLane, Aircraft aircraft, int departureMinute) {
        int index = nextIndex++;
        Flight flight = new Flight("F" + index, index, flightLane, window);
        flight.setAircraft(aircraft);
        flight.setDepartureSlot(departureMinute / window.slotMinutes());
        return flight;
    }

    /** Mandatory, general cargo, ready at the start. */
    CargoItem cargo(String id, int weightKg, int palletPositions, Flight flight) {
        return cargoItem(id, weightKg, palletPositions).on(flight);
    }

    /** A cargo item to describe further: mandatory general cargo, ready at the start, unless told otherwise. */
    CargoBuilder cargoItem(String id, int weightKg, int palletPositions) {
        return new CargoBuilder(id, weightKg, palletPositions);
    }

    /** A personnel group of 100 kg a person to describe further: not security, ready at the start. */
    GroupBuilder group(String id, int count) {
        return new GroupBuilder(id, count);
    }

    final class CargoBuilder {
        private final String id;
        private final int weightKg;
        private final int palletPositions;
        private boolean outsize;
        private boolean sensitive;
        private boolean passengerCompatible = true;
        private boolean mandatory = true;
        private long valueUsd;
        private int readyMinute;

        private CargoBuilder(String id, int weightKg, int palletPositions) {
            this.id = id;
            this.weightKg = weightKg;
            this.palletPositions = palletPositions;
        }

        CargoBuilder outsize() {
            outsize = true;
            return this;
        }

        CargoBuilder sensitive() {
            sensitive = true;
            return this;
        }

        CargoBuilder passengerIncompatible() {
            passengerCompatible = false;
            return this;
        }

        /** Not mandatory: leaving it behind costs its value. */
        CargoBuilder optionalWorth(long usd) {
            mandatory = false;
            valueUsd = usd;
            return this;
        }

        CargoBuilder readyAt(int minute) {
            readyMinute = minute;
            return this;
        }

        CargoItem on(Flight flight) {
            CargoItem item = new CargoItem(id, id, "GENERAL", lane, weightKg, palletPositions, outsize, sensitive,
                    passengerCompatible, mandatory, valueUsd, readyMinute);
            item.setFlight(flight);
            return item;
        }

        CargoItem leftBehind() {
            return on(null);
        }
    }

    final class GroupBuilder {
        private final String id;
        private final int count;
        private boolean security;
        private int readyMinute;

        private GroupBuilder(String id, int count) {
            this.id = id;
            this.count = count;
        }

        /** A security group, which must not leave before sensitive cargo (rule 13). */
        GroupBuilder security() {
            security = true;
            return this;
        }

        GroupBuilder readyAt(int minute) {
            readyMinute = minute;
            return this;
        }

        PersonnelGroup on(Flight flight) {
            PersonnelGroup group = new PersonnelGroup(id, id, lane, count, 100, security, readyMinute,
                    PERSON_DAY_COST_USD);
            group.setFlight(flight);
            return group;
        }

        PersonnelGroup leftBehind() {
            return on(null);
        }
    }
}
