package org.drawdown.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.drawdown.domain.AircraftType;
import org.drawdown.domain.Airfield;
import org.drawdown.domain.CargoItem;
import org.drawdown.domain.Clearance;
import org.drawdown.domain.ClearanceUse;
import org.drawdown.domain.DrawdownPlan;
import org.drawdown.domain.Flight;
import org.drawdown.domain.Load;
import org.drawdown.domain.Manifest;
import org.drawdown.domain.ParkingUse;
import org.drawdown.domain.PersonnelGroup;
import org.drawdown.domain.PlanningWindow;
import org.drawdown.io.ScenarioJson;

/**
 * What the page's charts draw, as plain records that Jackson writes into the page as JSON. Times are epoch
 * milliseconds (the charts show them in UTC). Every figure comes from the model: legs and positioning from the
 * flights and {@link AircraftSchedules}, ramp use from {@link Flight#getParkingUses()}, clearance use from
 * {@link Flight#getClearanceUses()}, loads from the plan's manifests.
 */
public record ChartData(long startMs, long deadlineMs, long endMs, Long nowMs, List<TypeColor> types,
        Timeline timeline, RouteMap map, Drawdown drawdown, Drawdown previousDrawdown, List<Ramp> ramps,
        List<ClearanceCap> clearances, Utilisation utilisation) {

    /** Colours of the aircraft types, in scenario order; the same on every chart and table of the page. */
    static final List<String> TYPE_COLOURS = List.of("#2f6db5", "#e08a2c", "#3a9d6e", "#8a5cb8", "#c4a21f",
            "#2aa3b5", "#b5527a", "#6b7a8f");

    private static final long MINUTE_MS = 60_000L;
    private static final int DAY_MINUTES = 1440;

    public record TypeColor(String code, String name, String colour) {
    }

    /**
     * The Gantt chart: one row per aircraft; above it, one row per airfield loads leave from (open until its
     * closure) and per clearance (its validity window).
     */
    public record Timeline(List<String> rows, List<String> rowTypes, List<Leg> legs, List<Window> windows,
            List<Long> closuresMs) {
    }

    /**
     * A sortie (a flight of the plan) or a positioning leg into one, on an aircraft's row. {@code flown}: it had
     * departed when the plan was replanned.
     */
    public record Leg(int row, long fromMs, long toMs, boolean sortie, String type, String flight, String route,
            boolean broken, boolean flown, String label) {
    }

    /** An airfield's opening or a clearance's validity, on its own row above the aircraft. */
    public record Window(String row, long fromMs, long toMs, boolean clearance, String label) {
    }

    /**
     * The map: the outlines of the countries around the scenario's airfields, each airfield at its coordinates, and
     * a line per lane flown (sorties) or positioned along (legs without loads), weighted by how many fly it.
     * {@code bounds} are west, south, east and north in degrees.
     */
    public record RouteMap(List<Double> bounds, List<MapAirfield> airfields, List<MapLane> lanes, JsonNode outline) {
    }

    /** An airfield with what it is to the plan: where loads leave from, where they go, whose home base it is. */
    public record MapAirfield(String code, String name, double longitude, double latitude, String roles,
            boolean origin, int departures, int arrivals) {
    }

    public record MapLane(String from, String to, List<List<Double>> coords, boolean positioning, int legs) {
    }

    /** People and cargo still on the ground at each loading airfield, at 00:00Z of each day. */
    public record Drawdown(List<Long> daysMs, List<AirfieldCurve> airfields) {
    }

    public record AirfieldCurve(String code, List<Long> people, List<Double> tonnes, Long closesMs) {
    }

    /** An airfield's departures and most aircraft parked at once, per UTC day, against its limits. */
    public record Ramp(String code, String name, int maxDeparturesPerDay, int parkingSpots, List<Long> daysMs,
            List<Integer> departures, List<Integer> parked) {
    }

    /** Flights under a clearance per UTC day, against its daily cap. */
    public record ClearanceCap(String id, String country, int cap, List<Long> daysMs, List<Integer> flights) {
    }

    /** Per flight, the share of its type's payload, pallet positions and seats it uses, in percent. */
    public record Utilisation(List<String> flights, List<String> types, List<Double> payload,
            List<Double> palletPositions, List<Double> seats, List<String> details) {
    }

    static ChartData of(AnalyzedPlan analyzed, List<AircraftSchedules.Schedule> schedules,
            Set<String> brokenFlightIds, AnalyzedPlan previous) {
        DrawdownPlan plan = analyzed.plan();
        PlanningWindow window = plan.getWindow();
        Map<Flight, Manifest> manifests = analyzed.manifests();
        int lastMinute = window.deadlineMinute();
        for (Flight flight : manifests.keySet()) {
            lastMinute = Math.max(lastMinute, flight.getArrivalMinute() + flight.getGroundMinutes());
        }
        int firstDay = window.utcDay(0);
        int lastDay = window.utcDay(lastMinute) + 1;
        List<TypeColor> types = new ArrayList<>();
        for (AircraftType type : plan.getAircraftTypes()) {
            types.add(new TypeColor(type.getCode(), type.getName(),
                    TYPE_COLOURS.get(type.getIndex() % TYPE_COLOURS.size())));
        }
        Instant replannedAt = analyzed.file().replannedAt();
        return new ChartData(ms(window, 0), ms(window, window.deadlineMinute()), dayMs(lastDay),
                replannedAt == null ? null : replannedAt.toEpochMilli(), types,
                timeline(analyzed, schedules, brokenFlightIds), routeMap(analyzed, schedules),
                drawdown(plan, firstDay, lastDay),
                previous == null ? null : drawdown(previous.plan(), firstDay, lastDay),
                ramps(plan, manifests.keySet(), firstDay, lastDay), clearances(plan, manifests.keySet(), firstDay,
                        lastDay), utilisation(manifests));
    }

    private static long ms(PlanningWindow window, int minute) {
        return window.instantOf(minute).toEpochMilli();
    }

    private static long dayMs(int utcDay) {
        return (long) utcDay * DAY_MINUTES * MINUTE_MS;
    }

    /** Model minutes of 00:00Z of a UTC day. */
    private static int dayStartMinute(PlanningWindow window, int utcDay) {
        return (int) ((dayMs(utcDay) - window.start().toEpochMilli()) / MINUTE_MS);
    }

    private static List<Long> days(int firstDay, int lastDay) {
        List<Long> days = new ArrayList<>();
        for (int day = firstDay; day <= lastDay; day++) {
            days.add(dayMs(day));
        }
        return days;
    }

    // ************************************************************************
    // Timeline
    // ************************************************************************

    private static Timeline timeline(AnalyzedPlan analyzed, List<AircraftSchedules.Schedule> schedules,
            Set<String> brokenFlightIds) {
        DrawdownPlan plan = analyzed.plan();
        PlanningWindow window = plan.getWindow();
        List<Leg> legs = new ArrayList<>();
        for (int row = 0; row < schedules.size(); row++) {
            for (AircraftSchedules.ScheduledLeg leg : schedules.get(row).legs()) {
                Flight flight = leg.flight();
                String route = leg.from().getCode() + "\u2192" + leg.to().getCode();
                legs.add(new Leg(row, ms(window, leg.departureMinute()), ms(window, leg.arrivalMinute()),
                        !leg.positioning(), flight.getType().getCode(), flight.getId(), route,
                        !leg.positioning() && brokenFlightIds.contains(flight.getId()),
                        analyzed.departedBeforeReplan(flight), leg.positioning()
                                ? "Positioning " + leg.from().getCode() + " to " + leg.to().getCode() + " for "
                                        + flight.getId()
                                : Wording.flight(flight)));
            }
        }
        List<Window> windows = new ArrayList<>();
        List<Long> closures = new ArrayList<>();
        for (Airfield airfield : loadingAirfields(plan)) {
            int until = airfield.closes() ? airfield.getClosesAtMinute() : window.deadlineMinute();
            windows.add(new Window(airfield.getCode() + " open", ms(window, 0), ms(window, until), false,
                    airfield.closes() ? "closes " + Wording.time(window, until) : "open to the deadline"));
            if (airfield.closes()) {
                closures.add(ms(window, until));
            }
        }
        for (Clearance clearance : plan.getClearances()) {
            String cap = clearance.getMaxFlightsPerDay() == Clearance.UNLIMITED_FLIGHTS ? "no daily cap"
                    : "at most " + clearance.getMaxFlightsPerDay() + " a day";
            String typesListed = clearance.getAircraftTypes().isEmpty() ? "every type"
                    : String.join(", ", clearance.getAircraftTypes().stream().map(AircraftType::getCode).sorted()
                            .toList());
            windows.add(new Window(clearance.getId(), ms(window, clearance.getValidFromMinute()),
                    ms(window, clearance.getValidToMinute()), true,
                    clearance.getCountry() + ", " + typesListed + ", " + cap));
        }
        return new Timeline(schedules.stream().map(schedule -> schedule.aircraft().getId()).toList(),
                schedules.stream().map(schedule -> schedule.aircraft().getType().getCode()).toList(), legs, windows,
                closures);
    }

    // ************************************************************************
    // Map
    // ************************************************************************

    /** Degrees around the airfields that the map shows, and wider, the outlines it carries to fill any shape. */
    private static final double MAP_MARGIN = 4;
    private static final double OUTLINE_MARGIN = 20;

    /** Airfields without coordinates are left off (the page says how many). */
    private static RouteMap routeMap(AnalyzedPlan analyzed, List<AircraftSchedules.Schedule> schedules) {
        DrawdownPlan plan = analyzed.plan();
        Map<String, ScenarioJson.AirfieldJson> placed = new LinkedHashMap<>();
        analyzed.scenario().airfields().stream().filter(a -> a.latitude() != null && a.longitude() != null)
                .forEach(a -> placed.put(a.code(), a));
        Set<Airfield> origins = new LinkedHashSet<>(loadingAirfields(plan));
        Set<Airfield> destinations = new LinkedHashSet<>();
        plan.getLanes().forEach(lane -> destinations.add(lane.getDestination()));
        Map<String, Integer> based = new HashMap<>();
        plan.getAircraft().forEach(aircraft -> based.merge(aircraft.getBase().getCode(), 1, Integer::sum));
        Map<String, Integer> departures = new HashMap<>();
        Map<String, Integer> arrivals = new HashMap<>();
        Map<List<Object>, Integer> laneLegs = new LinkedHashMap<>();
        for (AircraftSchedules.Schedule schedule : schedules) {
            for (AircraftSchedules.ScheduledLeg leg : schedule.legs()) {
                laneLegs.merge(List.of(leg.from().getCode(), leg.to().getCode(), leg.positioning()), 1, Integer::sum);
                if (!leg.positioning()) {
                    departures.merge(leg.from().getCode(), 1, Integer::sum);
                    arrivals.merge(leg.to().getCode(), 1, Integer::sum);
                }
            }
        }
        List<MapAirfield> airfields = new ArrayList<>();
        for (Airfield airfield : plan.getAirfields()) {
            ScenarioJson.AirfieldJson at = placed.get(airfield.getCode());
            if (at == null) {
                continue;
            }
            List<String> roles = new ArrayList<>();
            if (origins.contains(airfield)) {
                roles.add("loads leave from here");
            }
            if (destinations.contains(airfield)) {
                roles.add("loads fly here");
            }
            if (based.containsKey(airfield.getCode())) {
                roles.add("home base of " + Wording.count(based.get(airfield.getCode()), "aircraft", "aircraft"));
            }
            airfields.add(new MapAirfield(airfield.getCode(), airfield.getName(), at.longitude(), at.latitude(),
                    String.join("; ", roles), origins.contains(airfield),
                    departures.getOrDefault(airfield.getCode(), 0), arrivals.getOrDefault(airfield.getCode(), 0)));
        }
        List<MapLane> lanes = new ArrayList<>();
        laneLegs.forEach((key, count) -> {
            ScenarioJson.AirfieldJson from = placed.get((String) key.get(0));
            ScenarioJson.AirfieldJson to = placed.get((String) key.get(1));
            if (from != null && to != null) {
                lanes.add(new MapLane(from.code(), to.code(), List.of(List.of(from.longitude(), from.latitude()),
                        List.of(to.longitude(), to.latitude())), (Boolean) key.get(2), count));
            }
        });
        double west = airfields.stream().mapToDouble(MapAirfield::longitude).min().orElse(-20) - MAP_MARGIN;
        double east = airfields.stream().mapToDouble(MapAirfield::longitude).max().orElse(60) + MAP_MARGIN;
        double south = airfields.stream().mapToDouble(MapAirfield::latitude).min().orElse(-35) - MAP_MARGIN;
        double north = airfields.stream().mapToDouble(MapAirfield::latitude).max().orElse(70) + MAP_MARGIN;
        return new RouteMap(List.of(west, south, east, north), airfields, lanes, MapOutline.within(
                west - OUTLINE_MARGIN, south - OUTLINE_MARGIN, east + OUTLINE_MARGIN, north + OUTLINE_MARGIN));
    }

    /** The airfields loads leave from, in the order their lanes come. */
    static List<Airfield> loadingAirfields(DrawdownPlan plan) {
        Set<Airfield> airfields = new LinkedHashSet<>();
        plan.getCargo().forEach(item -> airfields.add(item.getLane().getOrigin()));
        plan.getPersonnel().forEach(group -> airfields.add(group.getLane().getOrigin()));
        return List.copyOf(airfields);
    }

    // ************************************************************************
    // Drawdown curves
    // ************************************************************************

    /**
     * At 00:00Z of each day, the people and the tonnes of cargo to move still at each airfield: loads whose flight
     * has not left yet, or that no flight carries. Optional cargo left behind is not cargo to move.
     */
    private static Drawdown drawdown(DrawdownPlan plan, int firstDay, int lastDay) {
        PlanningWindow window = plan.getWindow();
        List<AirfieldCurve> curves = new ArrayList<>();
        for (Airfield airfield : loadingAirfields(plan)) {
            List<Long> people = new ArrayList<>();
            List<Double> tonnes = new ArrayList<>();
            for (int day = firstDay; day <= lastDay; day++) {
                int minute = dayStartMinute(window, day);
                long onGround = 0;
                for (PersonnelGroup group : plan.getPersonnel()) {
                    if (group.getLane().getOrigin() == airfield && stillThere(group, minute)) {
                        onGround += group.getCount();
                    }
                }
                long kg = 0;
                for (CargoItem item : plan.getCargo()) {
                    if (item.getLane().getOrigin() == airfield && (item.isMandatory() || item.getFlight() != null)
                            && stillThere(item, minute)) {
                        kg += item.getWeightKg();
                    }
                }
                people.add(onGround);
                tonnes.add(Math.round(kg / 100.0) / 10.0);
            }
            curves.add(new AirfieldCurve(airfield.getCode(), people, tonnes,
                    airfield.closes() ? ms(window, airfield.getClosesAtMinute()) : null));
        }
        return new Drawdown(days(firstDay, lastDay), curves);
    }

    private static boolean stillThere(Load load, int minute) {
        return load.getFlight() == null || load.getFlight().getDepartureMinute() >= minute;
    }

    // ************************************************************************
    // Ramp and clearances
    // ************************************************************************

    private static List<Ramp> ramps(DrawdownPlan plan, Set<Flight> flown, int firstDay, int lastDay) {
        PlanningWindow window = plan.getWindow();
        Map<Airfield, List<ParkingUse>> usesByAirfield = new LinkedHashMap<>();
        loadingAirfields(plan).forEach(airfield -> usesByAirfield.put(airfield, new ArrayList<>()));
        for (Flight flight : flown) {
            for (ParkingUse use : flight.getParkingUses()) {
                usesByAirfield.computeIfAbsent(use.airfield(), airfield -> new ArrayList<>()).add(use);
            }
        }
        List<Ramp> ramps = new ArrayList<>();
        usesByAirfield.forEach((airfield, uses) -> {
            List<Integer> departures = new ArrayList<>();
            List<Integer> parked = new ArrayList<>();
            for (int day = firstDay; day <= lastDay; day++) {
                int utcDay = day;
                departures.add((int) flown.stream()
                        .filter(flight -> flight.getOrigin() == airfield && flight.getDepartureDay() == utcDay)
                        .count());
                parked.add(mostParked(uses, dayStartMinute(window, day), dayStartMinute(window, day + 1)));
            }
            ramps.add(new Ramp(airfield.getCode(), airfield.getName(), airfield.getMaxDeparturesPerDay(),
                    airfield.getParkingSpots(), days(firstDay, lastDay), departures, parked));
        });
        return ramps;
    }

    /** The most uses covering one minute of {@code [from, to)}: the count only rises where a use starts. */
    private static int mostParked(List<ParkingUse> uses, int from, int to) {
        Set<Integer> moments = new LinkedHashSet<>();
        moments.add(from);
        uses.stream().map(ParkingUse::fromMinute).filter(minute -> minute > from && minute < to)
                .forEach(moments::add);
        int most = 0;
        for (int minute : moments) {
            most = Math.max(most, (int) uses.stream().filter(use -> use.covers(minute)).count());
        }
        return most;
    }

    private static List<ClearanceCap> clearances(DrawdownPlan plan, Set<Flight> flown, int firstDay, int lastDay) {
        Map<String, Map<Integer, Integer>> usesByClearance = new HashMap<>();
        for (Flight flight : flown) {
            for (ClearanceUse use : flight.getClearanceUses()) {
                usesByClearance.computeIfAbsent(use.clearance().getId(), id -> new HashMap<>())
                        .merge(use.utcDay(), 1, Integer::sum);
            }
        }
        List<ClearanceCap> caps = new ArrayList<>();
        for (Clearance clearance : plan.getClearances()) {
            if (clearance.getMaxFlightsPerDay() == Clearance.UNLIMITED_FLIGHTS) {
                continue;
            }
            Map<Integer, Integer> perDay = usesByClearance.getOrDefault(clearance.getId(), Map.of());
            List<Integer> flights = new ArrayList<>();
            for (int day = firstDay; day <= lastDay; day++) {
                flights.add(perDay.getOrDefault(day, 0));
            }
            caps.add(new ClearanceCap(clearance.getId(), clearance.getCountry(), clearance.getMaxFlightsPerDay(),
                    days(firstDay, lastDay), flights));
        }
        return caps;
    }

    // ************************************************************************
    // Utilisation
    // ************************************************************************

    private static Utilisation utilisation(Map<Flight, Manifest> manifests) {
        List<String> flights = new ArrayList<>();
        List<String> types = new ArrayList<>();
        List<Double> payload = new ArrayList<>();
        List<Double> pallets = new ArrayList<>();
        List<Double> seats = new ArrayList<>();
        List<String> details = new ArrayList<>();
        manifests.forEach((flight, manifest) -> {
            AircraftType type = flight.getType();
            int positions = manifest.palletPositionsUsed(type);
            flights.add(flight.getId());
            types.add(type.getCode());
            payload.add(percent(manifest.weightKg(), type.getMaxPayloadKg()));
            pallets.add(percent(positions, type.getPalletPositions()));
            seats.add(percent(manifest.passengers(), type.getSeats()));
            details.add(String.format(Locale.ROOT, "%s: %,d of %,d kg, %d of %d pallet positions, %d of %d seats",
                    Wording.flight(flight), manifest.weightKg(), type.getMaxPayloadKg(), positions,
                    type.getPalletPositions(), manifest.passengers(), type.getSeats()));
        });
        return new Utilisation(flights, types, payload, pallets, seats, details);
    }

    /**
     * The share of a limit used, in percent. A type with none of a capacity (a charter's pallet positions, a
     * freighter's seats) counts as having one, so nothing shows as 0% and any load of that kind shows over 100%.
     */
    static double percent(long used, long limit) {
        return Math.round(1000.0 * used / Math.max(1, limit)) / 10.0;
    }
}
