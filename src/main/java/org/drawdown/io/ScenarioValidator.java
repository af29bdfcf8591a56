package org.drawdown.io;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import org.drawdown.io.ScenarioJson.AircraftJson;
import org.drawdown.io.ScenarioJson.AircraftTypeJson;
import org.drawdown.io.ScenarioJson.AirfieldJson;
import org.drawdown.io.ScenarioJson.CargoJson;
import org.drawdown.io.ScenarioJson.ClearanceJson;
import org.drawdown.io.ScenarioJson.PersonnelJson;
import org.drawdown.io.ScenarioJson.RouteJson;

/**
 * Refuses the scenarios the contract refuses, naming the entry, and returns the others with every default filled in, so
 * that nothing downstream needs to know a default. Optional "none" values stay null: {@code closesAt},
 * {@code rangeNm}, {@code maxFlightsPerDay}; an empty {@code aircraftTypes} on a clearance means every type.
 */
public final class ScenarioValidator {

    /** Model times are int minutes from start; within this reach of it, sums of them stay far from overflow. */
    private static final int YEARS_FROM_START = 10;

    private final Path file;

    private ScenarioValidator(Path file) {
        this.file = file;
    }

    public static ScenarioJson read(Path file) throws InputException {
        return validate(file, StrictJson.read(file, ScenarioJson.class));
    }

    public static ScenarioJson validate(Path file, ScenarioJson scenario) throws InputException {
        return new ScenarioValidator(file).validate(scenario);
    }

    private ScenarioJson validate(ScenarioJson s) throws InputException {
        require(s.name(), "", "name");
        require(s.start(), "", "start");
        require(s.deadline(), "", "deadline");
        require(s.slotMinutes(), "", "slotMinutes");
        if (!s.deadline().isAfter(s.start())) {
            throw fail("deadline", "must be after start (" + s.start() + "), found " + s.deadline());
        }
        withinReach(s.deadline(), s.start(), "", "deadline");
        if (s.slotMinutes() < 1) {
            throw fail("slotMinutes", "must be at least 1, found " + s.slotMinutes());
        }
        long personDayCost = orDefault(s.personDayCostUsd(), 0L);
        long changeCost = orDefault(s.changeCostUsd(), 0L);
        atLeast(personDayCost, 0, "", "personDayCostUsd");
        atLeast(changeCost, 0, "", "changeCostUsd");
        List<String> clearanceFree = orDefault(s.clearanceFreeCountries(), List.of());
        nonEmptyStrings(clearanceFree, "", "clearanceFreeCountries");

        List<AirfieldJson> airfields = airfields(requireList(s.airfields(), "airfields"), s.start());
        Map<String, AirfieldJson> airfieldByCode = index(airfields, AirfieldJson::code);
        List<AircraftTypeJson> types = aircraftTypes(requireList(s.aircraftTypes(), "aircraftTypes"));
        Map<String, AircraftTypeJson> typeByCode = index(types, AircraftTypeJson::code);
        List<RouteJson> routes = routes(requireList(s.routes(), "routes"), airfieldByCode);
        Map<String, Integer> distances = new HashMap<>();
        for (RouteJson route : routes) {
            distances.put(pairKey(route.from(), route.to()), route.distanceNm());
        }
        List<AircraftJson> aircraft = aircraft(requireList(s.aircraft(), "aircraft"), typeByCode, airfieldByCode,
                s.start());
        List<ClearanceJson> clearances = clearances(requireList(s.clearances(), "clearances"), typeByCode,
                s.start());
        Lanes lanes = new Lanes(airfieldByCode, distances);
        List<CargoJson> cargo = cargo(requireList(s.cargo(), "cargo"), s.start(), lanes, types);
        List<PersonnelJson> personnel = personnel(requireList(s.personnel(), "personnel"), s.start(), lanes, types);
        Set<String> cargoIds = new HashSet<>();
        cargo.forEach(item -> cargoIds.add(item.id()));
        for (int i = 0; i < personnel.size(); i++) {
            if (cargoIds.contains(personnel.get(i).id())) {
                throw fail(entry("personnel", i, personnel.get(i).id()),
                        "id is also a cargo id; plans name loads by id, so ids must be unique across both");
            }
        }
        ScenarioJson validated = new ScenarioJson(s.name(), s.start(), s.deadline(), s.slotMinutes(), personDayCost,
                changeCost, List.copyOf(clearanceFree), airfields, routes, types, aircraft, clearances, cargo,
                personnel);
        withinArithmeticBounds(validated);
        return validated;
    }

    // ************************************************************************
    // Arithmetic bounds
    // ************************************************************************

    /** Minutes and counts are ints, money longs: these bounds keep every sum and product of them from overflow. */
    static final long MAX_QUANTITY = 1_000_000_000L;
    /** Half the Earth's circumference is 10,800 nm: no route is longer than twice that. */
    static final int MAX_DISTANCE_NM = 21_600;
    static final int MAX_GROUND_MINUTES = 525_600;
    /** A quadrillion dollars: the worst any plan of the scenario could cost, far below a long's 9.2e18. */
    static final long MAX_WORST_CASE_COST_USD = 1_000_000_000_000_000L;

    /**
     * Refuses figures whose sums and products could overflow the model's ints and longs, stating the bound: each
     * quantity and the scenario's totals of weight, pallet positions and people at most a billion, routes at most
     * 21,600 nm, ground times at most a year, and the worst any plan could cost (every load on the costliest
     * sortie, every optional item left behind, every group waiting the longest a time allows, every load changed)
     * at most a quadrillion dollars.
     */
    private void withinArithmeticBounds(ScenarioJson s) throws InputException {
        for (int i = 0; i < s.routes().size(); i++) {
            RouteJson r = s.routes().get(i);
            atMost(r.distanceNm(), MAX_DISTANCE_NM, "routes[" + i + "] " + r.from() + "-" + r.to(), "distanceNm");
        }
        long costliestHourUsd = 0;
        int slowestKnots = Integer.MAX_VALUE;
        for (int i = 0; i < s.aircraftTypes().size(); i++) {
            AircraftTypeJson t = s.aircraftTypes().get(i);
            String where = entry("aircraftTypes", i, t.code());
            for (Map.Entry<String, Integer> quantity : Map.of("maxPayloadKg", t.maxPayloadKg(), "palletPositions",
                    t.palletPositions(), "seats", t.seats(), "sidewallSeats", t.sidewallSeats(),
                    "paxPerPalletPosition", t.paxPerPalletPosition()).entrySet()) {
                atMost(quantity.getValue(), MAX_QUANTITY, where, quantity.getKey());
            }
            atMost(t.groundMinutes(), MAX_GROUND_MINUTES, where, "groundMinutes");
            costliestHourUsd = Math.max(costliestHourUsd, t.costPerFlightHourUsd());
            slowestKnots = Math.min(slowestKnots, t.cruiseKnots());
        }
        long weightKg = 0;
        long palletPositions = 0;
        long people = 0;
        for (CargoJson c : s.cargo()) {
            weightKg += c.weightKg();
            palletPositions += c.palletPositions();
        }
        for (PersonnelJson p : s.personnel()) {
            weightKg += (long) p.count() * p.kgPerPerson();
            people += p.count();
        }
        atMost(weightKg, MAX_QUANTITY, "", "the weight of all loads (kg)");
        atMost(palletPositions, MAX_QUANTITY, "", "the pallet positions of all cargo");
        atMost(people, MAX_QUANTITY, "", "the people of all personnel groups");
        worstCaseCostWithinBound(s, costliestHourUsd, slowestKnots);
    }

    private void worstCaseCostWithinBound(ScenarioJson s, long costliestHourUsd, int slowestKnots)
            throws InputException {
        int longestRouteNm = s.routes().stream().mapToInt(RouteJson::distanceNm).max().orElse(0);
        long longestSortieMinutes = 60L * longestRouteNm / slowestKnots + 31;
        // Two reaches from start: a group ready ten years before start waiting until ten years after.
        long waitMinutes = 2 * Duration.ofDays(366L * YEARS_FROM_START).toMinutes();
        int loads = s.cargo().size() + s.personnel().size();
        try {
            long worst = Math.multiplyExact(loads, Math.multiplyExact(2 * longestSortieMinutes, costliestHourUsd) / 60);
            worst = Math.addExact(worst, Math.multiplyExact(loads, s.changeCostUsd()));
            for (CargoJson c : s.cargo()) {
                worst = Math.addExact(worst, c.valueUsd());
            }
            for (PersonnelJson p : s.personnel()) {
                worst = Math.addExact(worst,
                        Math.multiplyExact(Math.multiplyExact((long) p.count(), waitMinutes), s.personDayCostUsd())
                                / 1440);
            }
            if (worst <= MAX_WORST_CASE_COST_USD) {
                return;
            }
        } catch (ArithmeticException e) {
            // Beyond a long: beyond the bound too.
        }
        throw fail("", String.format(Locale.ROOT, "the worst any plan could cost is more than $%,d (every load on"
                + " the costliest sortie, every optional item left behind, every group waiting the longest a time"
                + " allows, every load changed); lower costPerFlightHourUsd, valueUsd, personDayCostUsd or"
                + " changeCostUsd", MAX_WORST_CASE_COST_USD));
    }

    private void atMost(long value, long maximum, String where, String field) throws InputException {
        if (value > maximum) {
            throw fail(where, String.format(Locale.ROOT, "%s must be at most %,d, found %,d", field, maximum,
                    value));
        }
    }

    // ************************************************************************
    // Sections
    // ************************************************************************

    private List<AirfieldJson> airfields(List<AirfieldJson> entries, Instant start) throws InputException {
        List<AirfieldJson> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            AirfieldJson a = requireEntry(entries.get(i), "airfields", i);
            String where = entry("airfields", i, a.code());
            require(a.code(), where, "code");
            unique(seen, a.code(), where, "airfield code");
            require(a.country(), where, "country");
            require(a.maxDeparturesPerDay(), where, "maxDeparturesPerDay");
            require(a.parkingSpots(), where, "parkingSpots");
            atLeast(a.maxDeparturesPerDay(), 1, where, "maxDeparturesPerDay");
            atLeast(a.parkingSpots(), 1, where, "parkingSpots");
            if (a.latitude() != null && Math.abs(a.latitude()) > 90) {
                throw fail(where, "latitude must lie within -90..90, found " + a.latitude());
            }
            if (a.longitude() != null && Math.abs(a.longitude()) > 180) {
                throw fail(where, "longitude must lie within -180..180, found " + a.longitude());
            }
            withinReach(a.closesAt(), start, where, "closesAt");
            result.add(new AirfieldJson(a.code(), orDefault(a.name(), a.code()), a.country(), a.latitude(),
                    a.longitude(), a.maxDeparturesPerDay(), a.parkingSpots(), a.closesAt()));
        }
        return List.copyOf(result);
    }

    private List<AircraftTypeJson> aircraftTypes(List<AircraftTypeJson> entries) throws InputException {
        List<AircraftTypeJson> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            AircraftTypeJson t = requireEntry(entries.get(i), "aircraftTypes", i);
            String where = entry("aircraftTypes", i, t.code());
            require(t.code(), where, "code");
            unique(seen, t.code(), where, "aircraft type code");
            require(t.military(), where, "military");
            require(t.maxPayloadKg(), where, "maxPayloadKg");
            require(t.palletPositions(), where, "palletPositions");
            require(t.seats(), where, "seats");
            require(t.sidewallSeats(), where, "sidewallSeats");
            require(t.paxPerPalletPosition(), where, "paxPerPalletPosition");
            require(t.cruiseKnots(), where, "cruiseKnots");
            require(t.groundMinutes(), where, "groundMinutes");
            require(t.costPerFlightHourUsd(), where, "costPerFlightHourUsd");
            atLeast(t.maxPayloadKg(), 1, where, "maxPayloadKg");
            // A passenger charter has no pallet positions and a freighter may have no seats.
            atLeast(t.palletPositions(), 0, where, "palletPositions");
            atLeast(t.seats(), 0, where, "seats");
            atLeast(t.sidewallSeats(), 0, where, "sidewallSeats");
            atLeast(t.paxPerPalletPosition(), 0, where, "paxPerPalletPosition");
            atLeast(t.cruiseKnots(), 1, where, "cruiseKnots");
            atLeast(t.groundMinutes(), 0, where, "groundMinutes");
            atLeast(t.costPerFlightHourUsd(), 0, where, "costPerFlightHourUsd");
            if (t.rangeNm() != null) {
                atLeast(t.rangeNm(), 1, where, "rangeNm");
            }
            result.add(new AircraftTypeJson(t.code(), orDefault(t.name(), t.code()), t.military(), t.maxPayloadKg(),
                    t.palletPositions(), t.seats(), t.sidewallSeats(), t.paxPerPalletPosition(),
                    orDefault(t.outsize(), false), t.cruiseKnots(), t.rangeNm(), t.groundMinutes(),
                    t.costPerFlightHourUsd()));
        }
        return List.copyOf(result);
    }

    private List<RouteJson> routes(List<RouteJson> entries, Map<String, AirfieldJson> airfields)
            throws InputException {
        List<RouteJson> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            RouteJson r = requireEntry(entries.get(i), "routes", i);
            String where = "routes[" + i + "]" + (r.from() != null && r.to() != null
                    ? " " + r.from() + "-" + r.to() : "");
            require(r.from(), where, "from");
            require(r.to(), where, "to");
            require(r.distanceNm(), where, "distanceNm");
            known(airfields, r.from(), where, "from", "airfield");
            known(airfields, r.to(), where, "to", "airfield");
            if (r.from().equals(r.to())) {
                throw fail(where, "a route must join two different airfields");
            }
            if (!seen.add(pairKey(r.from(), r.to()))) {
                throw fail(where, "duplicate route: routes are symmetric and this pair is listed already");
            }
            atLeast(r.distanceNm(), 1, where, "distanceNm");
            List<String> overflies = orDefault(r.overflies(), List.of());
            nonEmptyStrings(overflies, where, "overflies");
            result.add(new RouteJson(r.from(), r.to(), r.distanceNm(), List.copyOf(overflies)));
        }
        return List.copyOf(result);
    }

    private List<AircraftJson> aircraft(List<AircraftJson> entries, Map<String, AircraftTypeJson> types,
            Map<String, AirfieldJson> airfields, Instant start) throws InputException {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            AircraftJson a = requireEntry(entries.get(i), "aircraft", i);
            String where = entry("aircraft", i, a.id());
            require(a.id(), where, "id");
            unique(seen, a.id(), where, "aircraft id");
            require(a.type(), where, "type");
            require(a.base(), where, "base");
            require(a.availableFrom(), where, "availableFrom");
            require(a.availableTo(), where, "availableTo");
            known(types, a.type(), where, "type", "aircraft type");
            known(airfields, a.base(), where, "base", "airfield");
            if (!a.availableTo().isAfter(a.availableFrom())) {
                throw fail(where, "availableTo (" + a.availableTo() + ") must be after availableFrom ("
                        + a.availableFrom() + ")");
            }
            withinReach(a.availableFrom(), start, where, "availableFrom");
            withinReach(a.availableTo(), start, where, "availableTo");
        }
        return List.copyOf(entries);
    }

    private List<ClearanceJson> clearances(List<ClearanceJson> entries, Map<String, AircraftTypeJson> types,
            Instant start) throws InputException {
        List<ClearanceJson> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            ClearanceJson c = requireEntry(entries.get(i), "clearances", i);
            String where = entry("clearances", i, c.id());
            require(c.id(), where, "id");
            unique(seen, c.id(), where, "clearance id");
            require(c.country(), where, "country");
            require(c.validFrom(), where, "validFrom");
            require(c.validTo(), where, "validTo");
            if (!c.validTo().isAfter(c.validFrom())) {
                throw fail(where, "validTo (" + c.validTo() + ") must be after validFrom (" + c.validFrom() + ")");
            }
            withinReach(c.validFrom(), start, where, "validFrom");
            withinReach(c.validTo(), start, where, "validTo");
            if (c.maxFlightsPerDay() != null) {
                atLeast(c.maxFlightsPerDay(), 1, where, "maxFlightsPerDay");
            }
            List<String> listed = orDefault(c.aircraftTypes(), List.of());
            for (String type : listed) {
                known(types, type, where, "aircraftTypes", "aircraft type");
            }
            result.add(new ClearanceJson(c.id(), c.country(), c.validFrom(), c.validTo(), c.maxFlightsPerDay(),
                    List.copyOf(listed)));
        }
        List<Integer> byCountryAndStart = IntStream.range(0, result.size()).boxed()
                .sorted(Comparator.comparing((Integer i) -> result.get(i).country())
                        .thenComparing(i -> result.get(i).validFrom()))
                .toList();
        for (int k = 1; k < byCountryAndStart.size(); k++) {
            ClearanceJson earlier = result.get(byCountryAndStart.get(k - 1));
            int laterIndex = byCountryAndStart.get(k);
            ClearanceJson later = result.get(laterIndex);
            if (earlier.country().equals(later.country()) && later.validFrom().isBefore(earlier.validTo())) {
                throw fail(entry("clearances", laterIndex, later.id()), "validity overlaps clearance \""
                        + earlier.id() + "\" of the same country " + later.country() + " (" + earlier.validFrom()
                        + " to " + earlier.validTo() + ")");
            }
        }
        return List.copyOf(result);
    }

    private List<CargoJson> cargo(List<CargoJson> entries, Instant start, Lanes lanes, List<AircraftTypeJson> types)
            throws InputException {
        List<CargoJson> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            CargoJson c = requireEntry(entries.get(i), "cargo", i);
            String where = entry("cargo", i, c.id());
            require(c.id(), where, "id");
            unique(seen, c.id(), where, "cargo id");
            require(c.origin(), where, "origin");
            require(c.destination(), where, "destination");
            require(c.weightKg(), where, "weightKg");
            require(c.palletPositions(), where, "palletPositions");
            atLeast(c.weightKg(), 1, where, "weightKg");
            atLeast(c.palletPositions(), 1, where, "palletPositions");
            if (c.valueUsd() != null) {
                atLeast(c.valueUsd(), 0, where, "valueUsd");
            }
            withinReach(c.readyAt(), start, where, "readyAt");
            int distance = lanes.distance(c.origin(), c.destination(), where);
            CargoJson item = new CargoJson(c.id(), orDefault(c.description(), ""), orDefault(c.category(), ""),
                    c.origin(), c.destination(), c.weightKg(), c.palletPositions(), orDefault(c.outsize(), false),
                    orDefault(c.sensitive(), false), orDefault(c.passengerCompatible(), true),
                    orDefault(c.mandatory(), true), orDefault(c.valueUsd(), 0L), orDefault(c.readyAt(), start));
            carriable(where, distance, types, List.of(
                    new Need("a military type (commercial types carry no cargo)", AircraftTypeJson::military),
                    new Need("an outsize type", t -> !item.outsize() || t.outsize()),
                    new Need("a type with a payload of at least " + item.weightKg() + " kg",
                            t -> item.weightKg() <= t.maxPayloadKg()),
                    new Need("a type with at least " + item.palletPositions() + " pallet positions",
                            t -> item.palletPositions() <= t.palletPositions())));
            result.add(item);
        }
        return List.copyOf(result);
    }

    private List<PersonnelJson> personnel(List<PersonnelJson> entries, Instant start, Lanes lanes,
            List<AircraftTypeJson> types) throws InputException {
        List<PersonnelJson> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            PersonnelJson p = requireEntry(entries.get(i), "personnel", i);
            String where = entry("personnel", i, p.id());
            require(p.id(), where, "id");
            unique(seen, p.id(), where, "personnel id");
            require(p.origin(), where, "origin");
            require(p.destination(), where, "destination");
            require(p.count(), where, "count");
            require(p.kgPerPerson(), where, "kgPerPerson");
            atLeast(p.count(), 1, where, "count");
            atLeast(p.kgPerPerson(), 1, where, "kgPerPerson");
            withinReach(p.readyAt(), start, where, "readyAt");
            int distance = lanes.distance(p.origin(), p.destination(), where);
            long weight = (long) p.count() * p.kgPerPerson();
            carriable(where, distance, types, List.of(
                    new Need("a type with at least " + p.count() + " seats", t -> p.count() <= t.seats()),
                    new Need("a type with a payload of at least " + weight + " kg", t -> weight <= t.maxPayloadKg()),
                    new Need("a type with room for " + p.count() + " seated passengers",
                            t -> seatPalletPositions(p.count(), t) <= t.palletPositions())));
            result.add(new PersonnelJson(p.id(), orDefault(p.unit(), ""), p.origin(), p.destination(), p.count(),
                    p.kgPerPerson(), orDefault(p.security(), false), orDefault(p.readyAt(), start)));
        }
        return List.copyOf(result);
    }

    // ************************************************************************
    // Carriability
    // ************************************************************************

    private record Need(String description, Predicate<AircraftTypeJson> test) {
    }

    /**
     * Refuses a load no type could ever carry, naming the first need no type meets, or the range when the types
     * that meet all needs cannot fly the lane.
     */
    private void carriable(String where, int distance, List<AircraftTypeJson> types, List<Need> needs)
            throws InputException {
        List<AircraftTypeJson> able = new ArrayList<>(types);
        for (Need need : needs) {
            able.removeIf(need.test().negate());
            if (able.isEmpty()) {
                boolean anyMeetsAlone = types.stream().anyMatch(need.test());
                throw fail(where, "no aircraft type could ever carry it: it needs " + need.description()
                        + (anyMeetsAlone ? " that also meets its other needs" : "") + ", and the scenario has none");
            }
        }
        if (able.stream().noneMatch(t -> t.rangeNm() == null || distance <= t.rangeNm())) {
            throw fail(where, "no aircraft type could ever carry it: its lane is " + distance
                    + " nm, longer than the range of every type that could take the load");
        }
    }

    /** Same arithmetic as rule 2, for the refusal of groups that could never be seated. */
    private static long seatPalletPositions(int passengers, AircraftTypeJson type) {
        int beyond = Math.max(0, passengers - type.sidewallSeats());
        if (beyond == 0) {
            return 0;
        }
        if (type.paxPerPalletPosition() == 0) {
            return Long.MAX_VALUE;
        }
        return (beyond + type.paxPerPalletPosition() - 1) / type.paxPerPalletPosition();
    }

    /** Load lanes: both ends known, distinct, and joined by a route. */
    private final class Lanes {

        private final Map<String, AirfieldJson> airfields;
        private final Map<String, Integer> distances;

        Lanes(Map<String, AirfieldJson> airfields, Map<String, Integer> distances) {
            this.airfields = airfields;
            this.distances = distances;
        }

        int distance(String origin, String destination, String where) throws InputException {
            known(airfields, origin, where, "origin", "airfield");
            known(airfields, destination, where, "destination", "airfield");
            if (origin.equals(destination)) {
                throw fail(where, "origin and destination are both " + origin);
            }
            Integer distance = distances.get(pairKey(origin, destination));
            if (distance == null) {
                throw fail(where, "no route joins its origin " + origin + " and destination " + destination);
            }
            return distance;
        }
    }

    // ************************************************************************
    // Helpers
    // ************************************************************************

    private static String pairKey(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "\u0000" + b : b + "\u0000" + a;
    }

    private static String entry(String section, int index, String id) {
        return section + "[" + index + "]" + (id == null ? "" : " \"" + id + "\"");
    }

    private static <T> Map<String, T> index(List<T> entries, Function<T, String> key) {
        Map<String, T> map = new HashMap<>();
        entries.forEach(entry -> map.put(key.apply(entry), entry));
        return map;
    }

    private InputException fail(String where, String problem) {
        return new InputException(file, where, problem);
    }

    private void require(Object value, String where, String field) throws InputException {
        if (value == null) {
            throw fail(where, "missing required field \"" + field + "\" (absent or null)");
        }
        if (value instanceof String text && text.isBlank()) {
            throw fail(where, "field \"" + field + "\" must not be empty");
        }
    }

    private <T> List<T> requireList(List<T> list, String field) throws InputException {
        require(list, "", field);
        return list;
    }

    private <T> T requireEntry(T entry, String section, int index) throws InputException {
        if (entry == null) {
            throw fail(section + "[" + index + "]", "expected an object, found null");
        }
        return entry;
    }

    private void nonEmptyStrings(List<String> values, String where, String field) throws InputException {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null || values.get(i).isBlank()) {
                throw fail(where, field + "[" + i + "] must be a non-empty string");
            }
        }
    }

    private void unique(Set<String> seen, String id, String where, String what) throws InputException {
        if (!seen.add(id)) {
            throw fail(where, "duplicate " + what + " \"" + id + "\"");
        }
    }

    private <T> void known(Map<String, T> byId, String id, String where, String field, String what)
            throws InputException {
        if (!byId.containsKey(id)) {
            throw fail(where, field + " refers to unknown " + what + " \"" + id + "\"");
        }
    }

    /** Refuses a time more than ten calendar years before or after start; a missing optional time passes. */
    private void withinReach(Instant time, Instant start, String where, String field) throws InputException {
        refuseBeyondReach(file, where, field, time, start);
    }

    /** As {@link #withinReach}, for the times of other files of the scenario (a plan's departures). */
    static void refuseBeyondReach(Path file, String where, String field, Instant time, Instant start)
            throws InputException {
        ZonedDateTime from = start.atZone(ZoneOffset.UTC);
        if (time != null && (time.isAfter(from.plusYears(YEARS_FROM_START).toInstant())
                || time.isBefore(from.minusYears(YEARS_FROM_START).toInstant()))) {
            throw new InputException(file, where, field + " (" + time + ") is more than " + YEARS_FROM_START
                    + " years from start ("
                    + start + ")");
        }
    }

    private void atLeast(long value, long minimum, String where, String field) throws InputException {
        if (value < minimum) {
            String must = minimum == 1 ? "must be positive" : "must not be negative";
            throw fail(where, field + " " + must + ", found " + value);
        }
    }

    private static <T> T orDefault(T value, T fallback) {
        return Objects.requireNonNullElse(value, fallback);
    }
}
