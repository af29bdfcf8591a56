package org.drawdown.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.drawdown.domain.Aircraft;
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
import org.drawdown.domain.PositioningLeg;

/**
 * What the page's charts draw, as plain records that Jackson writes into the page as JSON. Times are epoch
 * milliseconds (the charts show them in UTC). Every figure comes from the model: legs and positioning from the
 * flights and {@link PositioningLeg}, ramp use from {@link Flight#getParkingUses()}, clearance use from
 * {@link Flight#getClearanceUses()}, loads from the plan's manifests.
 */
public record ChartData(long startMs, long deadlineMs, long endMs, List<TypeColor> types, Timeline timeline,
        Drawdown drawdown, Drawdown previousDrawdown, List<Ramp> ramps, List<ClearanceCap> clearances,
        Utilisation utilisation) {

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

    /** A sortie (a flight of the plan) or a positioning leg into one, on an aircraft's row. */
    public record Leg(int row, long fromMs, long toMs, boolean sortie, String type, String flight, boolean broken,
            String label) {
    }

    /** An airfield's opening or a clearance's validity, on its own row above the aircraft. */
    public record Window(String row, long fromMs, long toMs, boolean clearance, String label) {
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

    static ChartData of(AnalyzedPlan analyzed, Set<String> brokenFlightIds, AnalyzedPlan previous) {
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
        return new ChartData(ms(window, 0), ms(window, window.deadlineMinute()), dayMs(lastDay), types,
                timeline(plan, manifests.keySet(), brokenFlightIds), drawdown(plan, firstDay, lastDay),
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

    private static Timeline timeline(DrawdownPlan plan, Set<Flight> flown, Set<String> brokenFlightIds) {
        PlanningWindow window = plan.getWindow();
        List<Aircraft> rows = plan.getAircraft().stream()
                .sorted(Comparator.comparingInt((Aircraft a) -> a.getType().getIndex()).thenComparing(Aircraft::getId))
                .toList();
        List<Leg> legs = new ArrayList<>();
        for (int row = 0; row < rows.size(); row++) {
            Aircraft aircraft = rows.get(row);
            List<Flight> itinerary = flown.stream().filter(flight -> flight.getAircraft() == aircraft)
                    .sorted(Comparator.comparingLong(Flight::getSequenceKey)).toList();
            Flight previous = null;
            for (Flight flight : itinerary) {
                PositioningLeg leg = previous == null ? PositioningLeg.fromBase(flight)
                        : PositioningLeg.between(previous, flight);
                int positioning = aircraft.getRoutes().flightMinutes(leg.from(), leg.to(), aircraft.getType());
                if (positioning > 0) {
                    // Drawn arriving just in time for the ground time before departure.
                    int arrive = flight.getDepartureMinute() - flight.getGroundMinutes();
                    legs.add(new Leg(row, ms(window, arrive - positioning), ms(window, arrive), false,
                            aircraft.getType().getCode(), flight.getId(), false,
                            "Positioning " + leg.from().getCode() + " to " + leg.to().getCode() + " for "
                                    + flight.getId()));
                }
                legs.add(new Leg(row, ms(window, flight.getDepartureMinute()), ms(window, flight.getArrivalMinute()),
                        true, aircraft.getType().getCode(), flight.getId(), brokenFlightIds.contains(flight.getId()),
                        Wording.flight(flight)));
                previous = flight;
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
        return new Timeline(rows.stream().map(Aircraft::getId).toList(),
                rows.stream().map(aircraft -> aircraft.getType().getCode()).toList(), legs, windows, closures);
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
