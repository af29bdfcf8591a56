package org.drawdown.check;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.drawdown.io.PlanJson.FlightJson;
import org.drawdown.io.ScenarioJson;
import org.drawdown.io.ScenarioJson.AircraftJson;
import org.drawdown.io.ScenarioJson.AircraftTypeJson;
import org.drawdown.io.ScenarioJson.CargoJson;
import org.drawdown.io.ScenarioJson.ClearanceJson;
import org.drawdown.io.ScenarioJson.PersonnelJson;

/**
 * Rules 1-17 of the contract (docs/contract.md), in its order and its words, over the plan's flights as
 * resolved against the scenario. Times come from the scenario (arrival is departure plus the flight time), never
 * from the figures the plan states.
 */
final class Rules {

    private final ScenarioFacts facts;
    private final ScenarioJson scenario;
    /** For each load id, the flights whose cargo or personnel list names it. */
    private final Map<String, List<FlightJson>> flightsListing;
    private final Findings findings;

    Rules(ScenarioFacts facts, Map<String, List<FlightJson>> flightsListing, Findings findings) {
        this.facts = facts;
        this.scenario = facts.scenario;
        this.flightsListing = flightsListing;
        this.findings = findings;
    }

    /**
     * History sorties (the contract's "Replanning") are not checked alone, but count where they meet planned ones:
     * toward the caps of rules 8, 15 and 16, and in rules 13 and 14.
     */
    void check(List<Sortie> sorties) {
        for (Sortie sortie : sorties) {
            if (!sortie.history()) {
                capacity(sortie);
                lanes(sortie);
                times(sortie);
                whatMayFly(sortie);
            }
        }
        clearances(sorties);
        forceProtection(sorties);
        aircraftContinuity(sorties);
        departuresPerDay(sorties);
        parking(sorties);
        completeness();
    }

    // ************************************************************************
    // Rules 1-3: capacity
    // ************************************************************************

    private void capacity(Sortie sortie) {
        AircraftTypeJson type = sortie.type();
        long payload = sortie.payloadKg();
        if (payload > type.maxPayloadKg()) {
            findings.add(1, sortie.id(), "payload over the " + type.code() + "'s maximum",
                    "at most " + type.maxPayloadKg() + " kg", payload + " kg");
        }
        OptionalInt seatPositions = sortie.seatPositions();
        if (seatPositions.isEmpty()) {
            findings.add(2, sortie.id(), "passengers beyond the sidewall seats of a " + type.code()
                    + ", which has no seat pallets", "at most " + type.sidewallSeats() + " passengers",
                    sortie.passengers() + " passengers");
        } else if (sortie.cargoPalletPositions() + seatPositions.getAsInt() > type.palletPositions()) {
            findings.add(2, sortie.id(), "pallet positions over the " + type.code() + "'s",
                    "at most " + type.palletPositions(), (sortie.cargoPalletPositions() + seatPositions.getAsInt())
                            + " (" + sortie.cargoPalletPositions() + " cargo, " + seatPositions.getAsInt() + " seats)");
        }
        if (sortie.passengers() > type.seats()) {
            findings.add(3, sortie.id(), "passengers over the " + type.code() + "'s seats", "at most " + type.seats(),
                    sortie.passengers());
        }
    }

    // ************************************************************************
    // Rules 4-7: lanes and times
    // ************************************************************************

    private void lanes(Sortie sortie) {
        String flightLane = sortie.origin().code() + "-" + sortie.destination().code();
        for (Load load : sortie.loads()) {
            String loadLane = load.origin() + "-" + load.destination();
            if (!loadLane.equals(flightLane)) {
                findings.add(4, sortie.id(), "carries " + load.kind() + " " + load.id() + " of another lane", loadLane,
                        flightLane);
            }
        }
    }

    private void times(Sortie sortie) {
        Instant departure = sortie.departure();
        if (departure.isBefore(scenario.start())) {
            findings.add(5, sortie.id(), "departs before the scenario starts", "at or after " + scenario.start(),
                    departure);
        }
        for (Load load : sortie.loads()) {
            if (departure.isBefore(load.readyAt())) {
                findings.add(5, sortie.id(), "departs before " + load.kind() + " " + load.id() + " is ready",
                        "at or after " + load.readyAt(), departure);
            }
        }
        if (departure.isAfter(scenario.deadline())) {
            findings.add(6, sortie.id(), "departs after the deadline", "at or before " + scenario.deadline(),
                    departure);
        }
        Instant closesAt = sortie.origin().closesAt();
        if (closesAt != null && !departure.isBefore(closesAt)) {
            findings.add(7, sortie.id(), "departs after " + sortie.origin().code() + " closes", "before " + closesAt,
                    departure);
        }
    }

    // ************************************************************************
    // Rule 8: clearances
    // ************************************************************************

    private record ClearanceDay(ClearanceJson clearance, LocalDate day) {
    }

    /**
     * A military flight needs, for each country it touches or overflies and that is not clearance-free, the
     * clearance of that country valid at departure, listing its type; the flights using a clearance count toward
     * its cap on their UTC day of departure.
     */
    private void clearances(List<Sortie> sorties) {
        Map<ClearanceDay, List<Sortie>> uses = new LinkedHashMap<>();
        for (Sortie sortie : sorties) {
            AircraftTypeJson type = sortie.type();
            if (!type.military()) {
                continue;
            }
            for (String country : countriesNeedingClearance(sortie)) {
                Optional<ClearanceJson> valid = facts.clearanceAt(country, sortie.departure());
                if (sortie.history() && (valid.isEmpty() || !lists(valid.get(), type))) {
                    continue;
                }
                if (valid.isEmpty()) {
                    findings.add(8, sortie.id(), "no clearance of " + country + " valid at departure",
                            "a clearance of " + country + " valid at " + sortie.departure(), "none");
                } else if (!lists(valid.get(), type)) {
                    findings.add(8, sortie.id(), "clearance " + valid.get().id() + " of " + country
                            + " does not list the " + type.code(), "a clearance listing " + type.code(),
                            valid.get().id() + " listing " + String.join(", ", valid.get().aircraftTypes()));
                } else {
                    uses.computeIfAbsent(new ClearanceDay(valid.get(), Formulas.utcDay(sortie.departure())),
                            key -> new ArrayList<>()).add(sortie);
                }
            }
        }
        uses.forEach((use, flights) -> atMostPerDay(8, use.clearance().id(), "flights using the clearance",
                use.day(), use.clearance().maxFlightsPerDay(), flights));
    }

    private static boolean lists(ClearanceJson clearance, AircraftTypeJson type) {
        return clearance.aircraftTypes().isEmpty() || clearance.aircraftTypes().contains(type.code());
    }

    private Set<String> countriesNeedingClearance(Sortie sortie) {
        Set<String> countries = new LinkedHashSet<>();
        countries.add(sortie.origin().country());
        countries.add(sortie.destination().country());
        facts.route(sortie.origin().code(), sortie.destination().code())
                .ifPresent(route -> countries.addAll(route.overflies()));
        countries.removeIf(facts::isClearanceFree);
        return countries;
    }

    /** Rules 8 and 15 cap what happens on one UTC day; a null cap is no cap; a day of history alone flew. */
    private void atMostPerDay(int rule, String subject, String counted, LocalDate day, Integer cap,
            List<Sortie> flights) {
        if (cap != null && flights.size() > cap && !allHistory(flights)) {
            findings.add(rule, subject, counted + " on " + day, "at most " + cap,
                    flights.size() + ": " + String.join(", ", flights.stream().map(Sortie::id).toList()));
        }
    }

    private static boolean allHistory(List<Sortie> sorties) {
        return sorties.stream().allMatch(Sortie::history);
    }

    // ************************************************************************
    // Rules 9-12: what may fly on what
    // ************************************************************************

    private void whatMayFly(Sortie sortie) {
        AircraftTypeJson type = sortie.type();
        if (!type.military() && !sortie.cargo().isEmpty()) {
            findings.add(9, sortie.id(), "the commercial " + type.code() + " carries cargo", "personnel only",
                    String.join(", ", sortie.cargo().stream().map(CargoJson::id).toList()));
        }
        if (type.rangeNm() != null && sortie.distanceNm() > type.rangeNm()) {
            findings.add(10, sortie.id(), "flight " + sortie.origin().code() + "-" + sortie.destination().code()
                    + " longer than the " + type.code() + "'s range", "at most " + type.rangeNm() + " nm",
                    sortie.distanceNm() + " nm");
        }
        for (CargoJson item : sortie.cargo()) {
            if (item.outsize() && !type.outsize()) {
                findings.add(11, sortie.id(), "outsize cargo " + item.id() + " on a type without outsize capacity",
                        "an outsize type", type.code());
            }
            if (!item.passengerCompatible() && !sortie.personnel().isEmpty()) {
                findings.add(12, sortie.id(), "cargo " + item.id() + " may not fly with passengers", "no personnel",
                        String.join(", ", sortie.personnel().stream().map(PersonnelJson::id).toList()));
            }
        }
    }

    // ************************************************************************
    // Rule 13: force protection
    // ************************************************************************

    /** At each airfield, security groups leave no earlier than the last flight out with sensitive cargo. */
    private void forceProtection(List<Sortie> sorties) {
        Map<String, Sortie> lastSensitive = new LinkedHashMap<>();
        for (Sortie sortie : sorties) {
            if (sortie.carriesSensitiveCargo()) {
                lastSensitive.merge(sortie.origin().code(), sortie,
                        (a, b) -> b.departure().isAfter(a.departure()) ? b : a);
            }
        }
        for (Sortie sortie : sorties) {
            Sortie sensitive = lastSensitive.get(sortie.origin().code());
            if (sensitive == null || !sortie.departure().isBefore(sensitive.departure())
                    || sortie.history() && sensitive.history()) {
                continue;
            }
            for (PersonnelJson group : sortie.personnel()) {
                if (group.security()) {
                    findings.add(13, group.id(), "security group leaves " + sortie.origin().code()
                            + " before sensitive cargo on " + sensitive.id(), "at or after " + sensitive.departure(),
                            sortie.departure() + " on " + sortie.id());
                }
            }
        }
    }

    // ************************************************************************
    // Rule 14: aircraft continuity (and rule 10 for positioning legs)
    // ************************************************************************

    /**
     * Each aircraft's flights in order of departure (ties by flight id): from its base to the first origin, then from
     * each destination to the next origin, with the ground time at each end, all within its availability.
     */
    private void aircraftContinuity(List<Sortie> sorties) {
        Map<String, List<Sortie>> byAircraft = new LinkedHashMap<>();
        sorties.forEach(sortie -> byAircraft.computeIfAbsent(sortie.aircraft().id(), id -> new ArrayList<>())
                .add(sortie));
        for (List<Sortie> itinerary : byAircraft.values()) {
            itinerary.sort(Comparator.comparing(Sortie::departure).thenComparing(Sortie::id));
            Sortie previous = null;
            for (Sortie sortie : itinerary) {
                if (sortie.history()) {
                    previous = sortie;
                    continue;
                }
                positioningLeg(previous, sortie);
                AircraftJson aircraft = sortie.aircraft();
                if (sortie.arrival().isAfter(aircraft.availableTo())) {
                    findings.add(14, sortie.id(), "arrives after " + aircraft.id() + " is no longer available",
                            "at or before " + aircraft.availableTo(), sortie.arrival());
                }
                previous = sortie;
            }
        }
    }

    private void positioningLeg(Sortie previous, Sortie sortie) {
        AircraftJson aircraft = sortie.aircraft();
        AircraftTypeJson type = sortie.type();
        String from = previous == null ? aircraft.base() : previous.destination().code();
        String to = sortie.origin().code();
        String leg = "positioning leg " + from + "-" + to + " of " + aircraft.id();
        OptionalInt distance = facts.distanceNm(from, to);
        if (distance.isEmpty()) {
            findings.add(14, sortie.id(), "no route for the " + leg, "a route " + from + "-" + to, "none");
            return;
        }
        if (type.rangeNm() != null && distance.getAsInt() > type.rangeNm()) {
            findings.add(10, sortie.id(), leg + " longer than the " + type.code() + "'s range",
                    "at most " + type.rangeNm() + " nm", distance.getAsInt() + " nm");
        }
        int positioningMinutes = Formulas.flightMinutes(distance.getAsInt(), type);
        Instant earliest = previous == null
                ? aircraft.availableFrom().plusSeconds(60L * (positioningMinutes + type.groundMinutes()))
                : previous.arrival().plusSeconds(60L * (2L * type.groundMinutes() + positioningMinutes));
        if (sortie.departure().isBefore(earliest)) {
            String why = previous == null
                    ? aircraft.id() + " cannot be at " + to + " and loaded by then, coming from its base " + from
                    : "too soon after " + previous.id() + " for " + aircraft.id();
            findings.add(14, sortie.id(), why, "departure at or after " + earliest, sortie.departure());
        }
    }

    // ************************************************************************
    // Rules 15-16: ramp
    // ************************************************************************

    private void departuresPerDay(List<Sortie> sorties) {
        Map<String, Map<LocalDate, List<Sortie>>> departures = new LinkedHashMap<>();
        for (Sortie sortie : sorties) {
            departures.computeIfAbsent(sortie.origin().code(), code -> new LinkedHashMap<>())
                    .computeIfAbsent(Formulas.utcDay(sortie.departure()), day -> new ArrayList<>())
                    .add(sortie);
        }
        departures.forEach((airfield, byDay) -> byDay.forEach((day, flights) -> atMostPerDay(15, airfield,
                "departures", day, facts.airfields.get(airfield).maxDeparturesPerDay(), flights)));
    }

    /** A spot held during [from, to): a half-open interval, so one aircraft can take a spot as another leaves. */
    private record ParkingUse(Instant from, Instant to, Sortie flight) {
    }

    private record ParkingEvent(Instant at, boolean arriving, Sortie flight) {
    }

    /** Sweeps each airfield's parking uses in time; reports each spell with more aircraft than spots once. */
    private void parking(List<Sortie> sorties) {
        Map<String, List<ParkingUse>> byAirfield = new LinkedHashMap<>();
        for (Sortie sortie : sorties) {
            Instant departure = sortie.departure();
            Instant arrival = sortie.arrival();
            long ground = 60L * sortie.groundMinutes();
            byAirfield.computeIfAbsent(sortie.origin().code(), code -> new ArrayList<>())
                    .add(new ParkingUse(departure.minusSeconds(ground), departure, sortie));
            byAirfield.computeIfAbsent(sortie.destination().code(), code -> new ArrayList<>())
                    .add(new ParkingUse(arrival, arrival.plusSeconds(ground), sortie));
        }
        byAirfield.forEach((airfield, uses) -> {
            int spots = facts.airfields.get(airfield).parkingSpots();
            List<ParkingEvent> events = new ArrayList<>();
            for (ParkingUse use : uses) {
                if (use.from().isBefore(use.to())) {
                    events.add(new ParkingEvent(use.from(), true, use.flight()));
                    events.add(new ParkingEvent(use.to(), false, use.flight()));
                }
            }
            // At one instant, leaving comes before arriving: the intervals are half-open.
            events.sort(Comparator.comparing(ParkingEvent::at).thenComparing(ParkingEvent::arriving));
            List<Sortie> parked = new ArrayList<>();
            boolean overfull = false;
            for (int i = 0; i < events.size(); i++) {
                ParkingEvent event = events.get(i);
                if (event.arriving()) {
                    parked.add(event.flight());
                } else {
                    parked.remove(event.flight());
                }
                boolean instantDone = i + 1 == events.size() || !events.get(i + 1).at().equals(event.at());
                if (instantDone) {
                    boolean over = parked.size() > spots && !allHistory(parked);
                    if (over && !overfull) {
                        findings.add(16, airfield, "aircraft parked at " + event.at(), "at most " + spots,
                                parked.size() + ": " + String.join(", ", parked.stream().map(Sortie::id).toList()));
                    }
                    overfull = over;
                }
            }
        });
    }

    // ************************************************************************
    // Rule 17: completeness
    // ************************************************************************

    private void completeness() {
        facts.cargo.values().stream().filter(CargoJson::mandatory)
                .forEach(item -> onExactlyOneFlight(item.id(), "mandatory cargo"));
        facts.personnel.values().forEach(group -> onExactlyOneFlight(group.id(), "personnel group"));
    }

    private void onExactlyOneFlight(String id, String kind) {
        List<FlightJson> flights = flightsListing.getOrDefault(id, List.of());
        if (flights.size() != 1) {
            findings.add(17, id, kind + (flights.isEmpty() ? " not moved" : " on more than one flight"),
                    "on exactly one flight",
                    flights.isEmpty() ? "on none" : String.join(", ", flights.stream().map(FlightJson::id).toList()));
        }
    }
}
