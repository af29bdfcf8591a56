package org.drawdown.generate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import org.drawdown.io.ScenarioJson;
import org.drawdown.io.ScenarioJson.AircraftJson;
import org.drawdown.io.ScenarioJson.AircraftTypeJson;
import org.drawdown.io.ScenarioJson.AirfieldJson;
import org.drawdown.io.ScenarioJson.CargoJson;
import org.drawdown.io.ScenarioJson.ClearanceJson;
import org.drawdown.io.ScenarioJson.PersonnelJson;
import org.drawdown.io.ScenarioJson.RouteJson;

/**
 * Generates scenarios of any size in the image of the Niger one: a host nation in the Sahel whose airfields close
 * one after another, the same destinations abroad, aircraft types, cargo kinds in the same mix, unit groups with
 * security forces leaving last, and clearances with daily caps.
 * <p>
 * The ramps and the clearance caps are sized from the load, with slack, so that a plan exists; the fleet is what
 * the request asks for, and {@link Result#warnings()} says when it looks too small for the load and the window.
 * <p>
 * Everything random comes from one {@link Random} seeded by the request, drawn in a fixed order, and nothing
 * depends on the clock or on hash order: the same request gives the same scenario, byte for byte once written.
 */
public final class ScenarioGenerator {

    /** The first day of every generated window; only durations matter to the solver. */
    private static final Instant START = Instant.parse("2025-03-03T00:00:00Z");
    /** A user-assigned ISO 3166 code: the host nation is generated, not a real country. */
    private static final String HOST_COUNTRY = "XH";
    private static final int SLOT_MINUTES = 60;
    private static final long PERSON_DAY_COST_USD = 400;
    private static final double EARTH_RADIUS_NM = 3440;
    private static final int MINUTES_PER_DAY = 1440;

    /** The host nation's airfields lie in this box, which is about Niger's: every one reaches Europe by C-17. */
    private static final double MIN_LATITUDE = 12.5;
    private static final double LATITUDE_SPAN = 6;
    private static final double MIN_LONGITUDE = 0.5;
    private static final double LONGITUDE_SPAN = 11;

    /** Unit groups are this size, as on the Niger roster, unless a base has fewer people than the minimum. */
    private static final int MIN_GROUP = 20;
    private static final int MAX_GROUP = 45;
    /** Niger's roster has 5 security groups in 33. */
    private static final double SECURITY_SHARE = 0.15;

    /** Average share of a C-17's positions or payload a sortie fills: loads are ready at different times. */
    private static final double LOAD_FACTOR = 0.8;
    /** Departures a day a host airfield allows, over those it needs on average. */
    private static final double RAMP_SLACK = 3;
    /** Flights a day a clearance allows, over those its country sees on average. */
    private static final double CLEARANCE_SLACK = 2;
    /** Sorties the fleet can fly, over those the load needs, below which the scenario is called doubtful. */
    private static final double FLEET_SLACK = 1.5;

    /**
     * What to generate; {@code name} becomes the scenario's name. {@code destinations} are the first of
     * {@link Destination}'s hubs (Niger's four by default); {@code clearanceGaps} clearances abroad each close for
     * some days in mid-window, as a clearance that lapses before its renewal does.
     */
    public record Request(String name, long seed, int airfields, int personnel, int cargo, int aircraft, int days,
            int destinations, int clearanceGaps) {

        public static final int MIN_DAYS = 7;
        /** Niger's hubs; a literal, as picocli's default for --destinations must be one. */
        public static final int NIGER_DESTINATIONS = 4;

        public Request {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("the scenario needs a name");
            }
            if (airfields < 1) {
                throw new IllegalArgumentException("--airfields must be at least 1, found " + airfields);
            }
            if (personnel < 0 || cargo < 0) {
                throw new IllegalArgumentException("--personnel and --cargo must not be negative");
            }
            if (aircraft < 1) {
                throw new IllegalArgumentException("--aircraft must be at least 1, found " + aircraft);
            }
            if (days < MIN_DAYS) {
                throw new IllegalArgumentException("--days must be at least " + MIN_DAYS
                        + " (clearances open after a day or more, and the bases close in turn), found " + days);
            }
            if (destinations < 1 || destinations > Destination.values().length) {
                throw new IllegalArgumentException("--destinations must be 1 to " + Destination.values().length
                        + ", found " + destinations);
            }
            int abroad = clearancesAbroad(destinations);
            if (clearanceGaps < 0 || clearanceGaps > abroad) {
                throw new IllegalArgumentException("--clearance-gaps must be 0 to " + abroad + ", the clearances"
                        + " abroad that " + destinations + " destinations need, found " + clearanceGaps);
            }
        }

        /** Niger's four destinations, no clearance gaps. */
        public Request(String name, long seed, int airfields, int personnel, int cargo, int aircraft, int days) {
            this(name, seed, airfields, personnel, cargo, aircraft, days, NIGER_DESTINATIONS, 0);
        }
    }

    /** The scenario, and why it may be infeasible, if it may. */
    public record Result(ScenarioJson scenario, List<String> warnings) {
    }

    /** A host-nation airfield: where it lies, its share of the force, and the day (from start) it closes. */
    private record HostBase(String code, String name, double latitude, double longitude, int share, int closeDay) {
    }

    private final Request request;
    private final Random random;
    private final Instant deadline;
    /** The day (from start) the host nation's landing clearance opens, as Niger's opened after the agreement. */
    private final int hostOpenDay;
    private final Map<AircraftTypeJson, Integer> fleetMix;
    private final List<HostBase> bases = new ArrayList<>();
    private final List<CargoJson> cargo = new ArrayList<>();
    private final List<PersonnelJson> personnel = new ArrayList<>();
    /** A prefix of {@link Destination#values()}, so that a destination's ordinal is its index here. */
    private final Destination[] destinations;
    /** Estimated sorties for cargo, and for people, per host base and destination, once the loads are known. */
    private int[][] cargoSorties;
    private int[][] peopleSorties;

    private ScenarioGenerator(Request request) {
        this.request = request;
        this.random = new Random(request.seed());
        this.deadline = day(request.days());
        this.hostOpenDay = Math.max(1, (int) Math.round(request.days() * 0.1));
        this.fleetMix = fleetMix(request.aircraft());
        this.destinations = Arrays.copyOf(Destination.values(), request.destinations());
    }

    public static Result generate(Request request) {
        return new ScenarioGenerator(request).build();
    }

    private Result build() {
        hostBases();
        manifest();
        roster();
        estimateSorties();
        List<AircraftJson> aircraft = aircraft();
        ScenarioJson scenario = new ScenarioJson(request.name(), START, deadline, SLOT_MINUTES, PERSON_DAY_COST_USD,
                null, Destination.clearanceFreeCountries(List.of(destinations)), airfields(), routes(), AircraftTypes.ALL, aircraft,
                clearances(), cargo, personnel);
        return new Result(scenario, fleetWarnings(aircraft));
    }

    // ************************************************************************
    // Geography
    // ************************************************************************

    /** Closures spread over the second half of the window, one stratum per base, as Niamey then Agadez closed. */
    private void hostBases() {
        int count = request.airfields();
        for (int i = 0; i < count; i++) {
            double latitude = fourDecimals(MIN_LATITUDE + LATITUDE_SPAN * random.nextDouble());
            double longitude = fourDecimals(MIN_LONGITUDE + LONGITUDE_SPAN * random.nextDouble());
            int share = 50 + random.nextInt(101);
            double stratum = (i + random.nextDouble()) / count;
            int closeDay = Math.max(hostOpenDay + 2, (int) Math.round(request.days() * (0.45 + 0.5 * stratum)));
            bases.add(new HostBase(String.format("XH%02d", i + 1), String.format("Air Base %d01", i + 1), latitude,
                    longitude, share, Math.min(closeDay, request.days())));
        }
    }

    private static double fourDecimals(double degrees) {
        return Math.round(degrees * 10_000) / 10_000.0;
    }

    /** Haversine; StrictMath so that every JVM rounds to the same whole mile. */
    private static int distanceNm(HostBase base, Destination destination) {
        double lat1 = StrictMath.toRadians(base.latitude());
        double lat2 = StrictMath.toRadians(destination.latitude());
        double sinHalfDLat = StrictMath.sin((lat2 - lat1) / 2);
        double sinHalfDLon = StrictMath.sin(StrictMath.toRadians(destination.longitude() - base.longitude()) / 2);
        double h = sinHalfDLat * sinHalfDLat + StrictMath.cos(lat1) * StrictMath.cos(lat2) * sinHalfDLon * sinHalfDLon;
        return (int) Math.round(2 * EARTH_RADIUS_NM * StrictMath.asin(StrictMath.sqrt(h)));
    }

    private List<RouteJson> routes() {
        List<RouteJson> routes = new ArrayList<>();
        for (HostBase base : bases) {
            for (Destination destination : destinations) {
                routes.add(new RouteJson(base.code(), destination.code(), distanceNm(base, destination),
                        destination.overfliesFromSahel()));
            }
        }
        return routes;
    }

    /** Destinations within this range of the base. */
    private List<Destination> reachable(HostBase base, int rangeNm) {
        return Arrays.stream(destinations).filter(d -> distanceNm(base, d) <= rangeNm).toList();
    }

    // ************************************************************************
    // Loads
    // ************************************************************************

    /**
     * Niger's mix of kinds over the requested number of items, with at least one of each kind when there are items
     * enough; each kind shared among the bases by their size. A base ships a kind to one destination, over a span
     * of days in the first part of its window.
     */
    private void manifest() {
        Map<CargoKind, Integer> mix = NigerDataset.cargoMix();
        CargoKind[] kinds = CargoKind.values();
        int[] kindWeights = Arrays.stream(kinds).mapToInt(kind -> mix.getOrDefault(kind, 0)).toArray();
        int[] perKind = request.cargo() >= kinds.length
                ? add(apportion(request.cargo() - kinds.length, kindWeights), 1)
                : apportion(request.cargo(), kindWeights);
        int[][] perKindAndBase = Arrays.stream(perKind).mapToObj(count -> apportion(count, shares()))
                .toArray(int[][]::new);
        for (int b = 0; b < bases.size(); b++) {
            HostBase base = bases.get(b);
            for (int k = 0; k < kinds.length; k++) {
                int count = perKindAndBase[k][b];
                if (count == 0) {
                    continue;
                }
                List<Destination> options = reachable(base, cargoRangeNm(kinds[k]));
                Destination destination = options.get(random.nextInt(options.size()));
                int window = base.closeDay();
                int firstDay = (int) (window * (0.03 + 0.27 * random.nextDouble()));
                int lastDay = Math.min((int) (window * 0.65),
                        firstDay + Math.max(1, (int) Math.round(window * (0.1 + 0.25 * random.nextDouble()))));
                cargo.addAll(kinds[k].items(base.code(), count, destination.code(), morningOf(firstDay),
                        morningOf(lastDay), random));
            }
        }
    }

    /** The longest range of a fleet type that could take the heaviest item of the kind. */
    private int cargoRangeNm(CargoKind kind) {
        return fleetMix.keySet().stream()
                .filter(AircraftTypeJson::military)
                .filter(t -> !kind.isOutsize() || t.outsize())
                .filter(t -> kind.palletPositions() <= t.palletPositions() && kind.maxKg() <= t.maxPayloadKg())
                .mapToInt(AircraftTypeJson::rangeNm)
                .max()
                .orElseThrow();
    }

    /**
     * Each base's people in unit groups of 20 to 45; about one group in seven is security forces, ready only days
     * before the base closes, the others ready over the first part of the window. A unit flies home together.
     */
    private void roster() {
        int[] perBase = apportion(request.personnel(), shares());
        int personnelRange = fleetMix.keySet().stream().mapToInt(AircraftTypeJson::rangeNm).max().orElseThrow();
        UnitType[] regularUnits = Arrays.stream(UnitType.values()).filter(u -> !u.isSecurity())
                .toArray(UnitType[]::new);
        for (int b = 0; b < bases.size(); b++) {
            HostBase base = bases.get(b);
            int[] sizes = groupSizes(perBase[b]);
            int securityGroups = sizes.length >= 3 ? Math.max(1, (int) Math.round(sizes.length * SECURITY_SHARE)) : 0;
            List<Destination> options = reachable(base, personnelRange);
            Map<UnitType, Destination> home = new EnumMap<>(UnitType.class);
            Map<UnitType, Integer> numbers = new EnumMap<>(UnitType.class);
            int securityReadyDay = base.closeDay() - Math.max(1, (int) Math.round(base.closeDay() * 0.08));
            for (int g = 0; g < sizes.length; g++) {
                boolean security = g >= sizes.length - securityGroups;
                UnitType unit = security ? UnitType.SFS : regularUnits[random.nextInt(regularUnits.length)];
                Destination destination = home.computeIfAbsent(unit,
                        u -> options.get(random.nextInt(options.size())));
                int readyDay = security ? securityReadyDay
                        : (int) (base.closeDay() * (0.02 + 0.68 * random.nextDouble()));
                personnel.add(unit.group(base.code(), numbers.merge(unit, 1, Integer::sum), sizes[g],
                        destination.code(), morningOf(readyDay)));
            }
        }
    }

    /** Sizes of 20 to 45 that add up to {@code people}; a single smaller group when there are fewer than 20. */
    private int[] groupSizes(int people) {
        if (people == 0) {
            return new int[0];
        }
        if (people < MIN_GROUP) {
            return new int[] {people};
        }
        int fewest = (people + MAX_GROUP - 1) / MAX_GROUP;
        int most = people / MIN_GROUP;
        int groups = Math.max(fewest, Math.min(most, (int) Math.round(people / ((MIN_GROUP + MAX_GROUP) / 2.0))));
        int[] sizes = new int[groups];
        int extra = people - groups * MIN_GROUP;
        int roomPerGroup = MAX_GROUP - MIN_GROUP;
        for (int g = 0; g < groups; g++) {
            // Leave the groups still to come no more extra than they can take.
            int least = Math.max(0, extra - roomPerGroup * (groups - g - 1));
            int take = g == groups - 1 ? extra : least + random.nextInt(Math.min(roomPerGroup, extra) - least + 1);
            sizes[g] = MIN_GROUP + take;
            extra -= take;
        }
        return sizes;
    }

    private int[] shares() {
        return bases.stream().mapToInt(HostBase::share).toArray();
    }

    // ************************************************************************
    // Sizing
    // ************************************************************************

    /**
     * Sorties each lane needs: its cargo in C-17 loads filled to {@link #LOAD_FACTOR}, and its people in C-17
     * seats (charters seat more, so this errs on the safe side).
     */
    private void estimateSorties() {
        Map<String, Integer> baseIndex = new LinkedHashMap<>();
        bases.forEach(b -> baseIndex.put(b.code(), baseIndex.size()));
        Map<String, Integer> destinationIndex = new LinkedHashMap<>();
        Arrays.stream(destinations).forEach(d -> destinationIndex.put(d.code(), d.ordinal()));
        long[][] positions = new long[bases.size()][destinations.length];
        long[][] kilograms = new long[bases.size()][destinations.length];
        long[][] people = new long[bases.size()][destinations.length];
        for (CargoJson item : cargo) {
            int b = baseIndex.get(item.origin());
            int d = destinationIndex.get(item.destination());
            positions[b][d] += item.palletPositions();
            kilograms[b][d] += item.weightKg();
        }
        for (PersonnelJson group : personnel) {
            people[baseIndex.get(group.origin())][destinationIndex.get(group.destination())] += group.count();
        }
        AircraftTypeJson c17 = AircraftTypes.C17;
        cargoSorties = new int[bases.size()][destinations.length];
        peopleSorties = new int[bases.size()][destinations.length];
        for (int b = 0; b < bases.size(); b++) {
            for (int d = 0; d < destinations.length; d++) {
                double loads = Math.max((double) positions[b][d] / c17.palletPositions(),
                        (double) kilograms[b][d] / c17.maxPayloadKg());
                cargoSorties[b][d] = (int) Math.ceil(loads / LOAD_FACTOR);
                peopleSorties[b][d] = (int) Math.ceil(people[b][d] / (c17.seats() * LOAD_FACTOR));
            }
        }
    }

    private int sorties(int b, Destination destination) {
        return cargoSorties[b][destination.ordinal()] + peopleSorties[b][destination.ordinal()];
    }

    private int baseSorties(int b) {
        return Arrays.stream(destinations).mapToInt(d -> sorties(b, d)).sum();
    }

    /** Days the base can launch military flights: from the host clearance's opening to its closure. */
    private int openDays(HostBase base) {
        return base.closeDay() - hostOpenDay;
    }

    /** Sorties a day the base needs on average over its open days. */
    private double dailyNeed(int b) {
        return (double) baseSorties(b) / openDays(bases.get(b));
    }

    private int maxDeparturesPerDay(int b) {
        return Math.max(2, (int) Math.ceil(RAMP_SLACK * dailyNeed(b)));
    }

    /** Spots for that many departures or arrivals a day at the longest ground time, with one to spare. */
    private static int parkingSpotsFor(int movementsPerDay) {
        int longestGround = AircraftTypes.ALL.stream().mapToInt(AircraftTypeJson::groundMinutes).max().orElseThrow();
        return Math.max(2, (int) Math.ceil((double) movementsPerDay * longestGround / MINUTES_PER_DAY) + 1);
    }

    private List<AirfieldJson> airfields() {
        List<AirfieldJson> airfields = new ArrayList<>();
        for (int b = 0; b < bases.size(); b++) {
            HostBase base = bases.get(b);
            int departures = maxDeparturesPerDay(b);
            airfields.add(new AirfieldJson(base.code(), base.name(), HOST_COUNTRY, base.latitude(),
                    base.longitude(), departures, parkingSpotsFor(departures), day(base.closeDay())));
        }
        for (Destination destination : destinations) {
            // Room for every flight that could arrive from the bases that ship there.
            int arrivals = IntStream.range(0, bases.size())
                    .filter(b -> sorties(b, destination) > 0)
                    .map(this::maxDeparturesPerDay)
                    .sum();
            airfields.add(destination.airfield(arrivals, parkingSpotsFor(arrivals)));
        }
        return airfields;
    }

    // ************************************************************************
    // Clearances
    // ************************************************************************

    /**
     * The host nation's landing clearance opens some days after start and, like Niger's, is renewed with a lower
     * cap each time a base closes; every other country needing one grants one for the whole window, from a day in
     * the first days. Caps cover {@link #CLEARANCE_SLACK} times the average flights a day.
     */
    private List<ClearanceJson> clearances() {
        List<String> military = AircraftTypes.ALL.stream().filter(AircraftTypeJson::military)
                .map(AircraftTypeJson::code).toList();
        List<ClearanceJson> clearances = new ArrayList<>();
        int[] closeDays = bases.stream().mapToInt(HostBase::closeDay).distinct().sorted().toArray();
        int from = hostOpenDay;
        for (int phase = 0; phase < closeDays.length; phase++) {
            int phaseStart = from;
            double need = IntStream.range(0, bases.size())
                    .filter(b -> bases.get(b).closeDay() > phaseStart)
                    .mapToDouble(this::dailyNeed)
                    .sum();
            int to = phase == closeDays.length - 1 ? request.days() + 1 : closeDays[phase];
            clearances.add(new ClearanceJson(HOST_COUNTRY + "-MIL-" + (phase + 1), HOST_COUNTRY, day(from), day(to),
                    cap(need), military));
            from = to;
        }
        int gapsLeft = request.clearanceGaps();
        for (String country : countriesNeedingClearance()) {
            double need = 0;
            for (int b = 0; b < bases.size(); b++) {
                for (Destination destination : destinations) {
                    if (countriesOnTheWay(destination).contains(country)) {
                        need += (double) sorties(b, destination) / openDays(bases.get(b));
                    }
                }
            }
            boolean landing = Arrays.stream(destinations).anyMatch(d -> d.country().equals(country));
            String id = country + (landing ? "-LDG-" : "-OVF-");
            List<String> types = landing ? military : List.of();
            int opens = random.nextInt(hostOpenDay + 1);
            int closes = request.days() + 1;
            if (gapsLeft > 0) {
                gapsLeft--;
                // Mid-window, where loads are ready and bases still open: the gap strands flights, not an empty sky.
                // On a window of a week or so the gap ends at the deadline at the latest, a day before the clearance
                // closes, so that the renewal is never empty.
                int gapStart = (int) (request.days() * (0.3 + 0.2 * random.nextDouble()));
                int gapEnd = Math.min(closes - 1, gapStart + 2 + random.nextInt(4));
                clearances.add(new ClearanceJson(id + 1, country, day(opens), day(gapStart), cap(need), types));
                clearances.add(new ClearanceJson(id + 2, country, day(gapEnd), day(closes), cap(need), types));
            } else {
                clearances.add(new ClearanceJson(id + 1, country, day(opens), day(closes), cap(need), types));
            }
        }
        return clearances;
    }

    private static int cap(double flightsPerDay) {
        return Math.max(2, (int) Math.ceil(CLEARANCE_SLACK * flightsPerDay));
    }

    /** Countries other than the host that some route crosses or lands in without a clearance-free pass. */
    private Set<String> countriesNeedingClearance() {
        return countriesNeedingClearance(List.of(destinations));
    }

    private static Set<String> countriesNeedingClearance(List<Destination> destinations) {
        Set<String> countries = new LinkedHashSet<>();
        destinations.forEach(d -> countries.addAll(countriesOnTheWay(d, destinations)));
        return countries;
    }

    private Set<String> countriesOnTheWay(Destination destination) {
        return countriesOnTheWay(destination, List.of(destinations));
    }

    private static Set<String> countriesOnTheWay(Destination destination, List<Destination> destinations) {
        Set<String> countries = new LinkedHashSet<>(destination.overfliesFromSahel());
        if (!destination.clearanceFree()) {
            countries.add(destination.country());
        }
        countries.removeAll(Destination.clearanceFreeCountries(destinations));
        return countries;
    }

    /** The clearances abroad, one per country, that the first {@code destinations} hubs need. */
    static int clearancesAbroad(int destinations) {
        return countriesNeedingClearance(List.of(Arrays.copyOf(Destination.values(), destinations))).size();
    }

    // ************************************************************************
    // Fleet
    // ************************************************************************

    /** Niger's proportions, 6 C-17s to 4 C-130Js to 2 charters, with at least one C-17 for outsize cargo. */
    private static Map<AircraftTypeJson, Integer> fleetMix(int aircraft) {
        int charters = aircraft >= 2 ? Math.max(1, aircraft / 6) : 0;
        int c130s = aircraft / 3;
        Map<AircraftTypeJson, Integer> mix = new LinkedHashMap<>();
        mix.put(AircraftTypes.C17, aircraft - c130s - charters);
        mix.put(AircraftTypes.C130J, c130s);
        mix.put(AircraftTypes.B763, charters);
        mix.values().removeIf(count -> count == 0);
        return mix;
    }

    /**
     * Tails of each type, numbered per type and spread over the destinations whose distance to every base is
     * within the type's range. Military tails arrive over the days before the host clearance opens, every fourth
     * one as a reinforcement later on; all stay to a day past the deadline so the last flights can land.
     */
    private List<AircraftJson> aircraft() {
        List<AircraftJson> tails = new ArrayList<>();
        int reinforcementDay = (int) Math.round(request.days() * 0.3);
        for (Map.Entry<AircraftTypeJson, Integer> entry : fleetMix.entrySet()) {
            AircraftTypeJson type = entry.getKey();
            List<Destination> homes = homeBases(type);
            String prefix = type.military() ? type.code() : "CHT";
            for (int i = 1; i <= entry.getValue(); i++) {
                int fromDay = !type.military() ? 0 : i % 4 == 0 ? reinforcementDay : random.nextInt(hostOpenDay + 1);
                tails.add(new AircraftJson(String.format("%s-%02d", prefix, i), type.code(),
                        homes.get((i - 1) % homes.size()).code(), day(fromDay), day(request.days() + 1)));
            }
        }
        return tails;
    }

    /** Destinations that reach every base within the type's range; else the one whose farthest base is nearest. */
    private List<Destination> homeBases(AircraftTypeJson type) {
        List<Destination> withinRange = Arrays.stream(destinations)
                .filter(d -> farthestBaseNm(d) <= type.rangeNm())
                .toList();
        if (!withinRange.isEmpty()) {
            return withinRange;
        }
        return List.of(Arrays.stream(destinations).min(Comparator.comparingInt(this::farthestBaseNm)).orElseThrow());
    }

    private int farthestBaseNm(Destination destination) {
        return bases.stream().mapToInt(b -> distanceNm(b, destination)).max().orElseThrow();
    }

    /**
     * Compares, at each closure, the sorties the bases closed by then need with what the fleet can fly by then, in
     * C-17 loads: a tail flies out and back on a lane of the average length, fills its positions or payload like a
     * C-17 would, and a charter helps only with people. A shortfall against {@link #FLEET_SLACK} is a warning.
     */
    private List<String> fleetWarnings(List<AircraftJson> aircraft) {
        long totalSorties = IntStream.range(0, bases.size()).map(this::baseSorties).sum();
        if (totalSorties == 0) {
            return List.of();
        }
        double typicalNm = 0;
        for (int b = 0; b < bases.size(); b++) {
            for (Destination destination : destinations) {
                typicalNm += (double) sorties(b, destination) * distanceNm(bases.get(b), destination)
                        / totalSorties;
            }
        }
        Map<String, AircraftTypeJson> typeByCode = new LinkedHashMap<>();
        AircraftTypes.ALL.forEach(t -> typeByCode.put(t.code(), t));
        double worstRatio = 0;
        String worst = null;
        int[] closeDays = bases.stream().mapToInt(HostBase::closeDay).distinct().sorted().toArray();
        for (int closeDay : closeDays) {
            double cargoNeed = 0;
            double peopleNeed = 0;
            for (int b = 0; b < bases.size(); b++) {
                if (bases.get(b).closeDay() <= closeDay) {
                    cargoNeed += Arrays.stream(cargoSorties[b]).sum();
                    peopleNeed += Arrays.stream(peopleSorties[b]).sum();
                }
            }
            double military = 0;
            double charter = 0;
            for (AircraftJson tail : aircraft) {
                AircraftTypeJson type = typeByCode.get(tail.type());
                double days = availableDays(tail, type.military() ? hostOpenDay : 0, closeDay);
                double sortiesPerDay = (double) MINUTES_PER_DAY / cycleMinutes(type, typicalNm);
                if (type.military()) {
                    military += days * sortiesPerDay * Math.min(
                            (double) type.palletPositions() / AircraftTypes.C17.palletPositions(),
                            (double) type.maxPayloadKg() / AircraftTypes.C17.maxPayloadKg());
                } else {
                    charter += days * sortiesPerDay * type.seats() / AircraftTypes.C17.seats();
                }
            }
            double need = cargoNeed + peopleNeed;
            double capacity = military + Math.min(charter, peopleNeed);
            double ratio = need * FLEET_SLACK / capacity;
            if (ratio > 1 && ratio > worstRatio) {
                worstRatio = ratio;
                worst = String.format(Locale.ROOT, "by %s, when %s closed, the load needs about %.0f sorties (in"
                        + " C-17 loads) and %d aircraft can fly about %.0f, short of the %.1f-fold margin that makes"
                        + " a plan likely", LocalDate.ofInstant(day(closeDay), ZoneOffset.UTC), closedBy(closeDay),
                        need, request.aircraft(), capacity, FLEET_SLACK);
            }
        }
        if (worst == null) {
            return List.of();
        }
        return List.of("the scenario may be infeasible: " + worst + "; give it more --aircraft or a longer --days");
    }

    private String closedBy(int closeDay) {
        List<String> codes = bases.stream().filter(b -> b.closeDay() <= closeDay).map(HostBase::code).toList();
        return codes.size() <= 3 ? String.join(", ", codes) + (codes.size() == 1 ? " has" : " have")
                : codes.size() + " airfields have";
    }

    private double availableDays(AircraftJson tail, int firstDay, int lastDay) {
        long from = Math.max(tail.availableFrom().getEpochSecond(), day(firstDay).getEpochSecond());
        long to = Math.min(tail.availableTo().getEpochSecond(), day(lastDay).getEpochSecond());
        return Math.max(0, to - from) / 86_400.0;
    }

    /** Out with a load, back empty, on the ground at both ends (rule 14). */
    private static int cycleMinutes(AircraftTypeJson type, double distanceNm) {
        int flight = (int) Math.ceil(distanceNm * 60 / type.cruiseKnots()) + 30;
        return 2 * flight + 2 * type.groundMinutes();
    }

    // ************************************************************************
    // Helpers
    // ************************************************************************

    private static Instant day(int day) {
        return START.plus(Duration.ofDays(day));
    }

    /** Loads and people are declared ready by day; work starts at 06:00Z. */
    private static Instant morningOf(int day) {
        return day(day).plus(Duration.ofHours(6));
    }

    private static int[] add(int[] values, int amount) {
        return Arrays.stream(values).map(v -> v + amount).toArray();
    }

    /**
     * Splits {@code total} in proportion to the weights, by largest remainder with ties to the earlier part, in
     * whole-number arithmetic so that the split never depends on rounding.
     */
    static int[] apportion(int total, int[] weights) {
        long weightSum = Arrays.stream(weights).asLongStream().sum();
        int[] parts = new int[weights.length];
        if (weightSum == 0) {
            return parts;
        }
        long[] remainders = new long[weights.length];
        int assigned = 0;
        for (int i = 0; i < weights.length; i++) {
            long scaled = (long) total * weights[i];
            parts[i] = (int) (scaled / weightSum);
            remainders[i] = scaled % weightSum;
            assigned += parts[i];
        }
        Integer[] order = IntStream.range(0, weights.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingLong((Integer i) -> -remainders[i]).thenComparingInt(i -> i));
        for (int i = 0; i < total - assigned; i++) {
            parts[order[i]]++;
        }
        return parts;
    }
}
