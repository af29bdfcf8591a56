package org.drawdown.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.drawdown.io.OutputFiles;
import org.drawdown.io.ScenarioJson;
import org.drawdown.io.ScenarioJson.AircraftJson;
import org.drawdown.io.ScenarioJson.AirfieldJson;
import org.drawdown.io.ScenarioJson.CargoJson;
import org.drawdown.io.ScenarioJson.ClearanceJson;
import org.drawdown.io.ScenarioJson.PersonnelJson;
import org.drawdown.io.ScenarioJson.RouteJson;
import org.drawdown.io.StrictJson;

/**
 * Tiny seeded scenarios of several shapes, small enough for the exact mode to prove its optimum: the optimality
 * benchmark ({@code benchmarks/run-optimality}) and the exact mode's tests compare the local search with them.
 * Each shape stresses one part of the contract; all fly the datasets' aircraft types from one host country to a
 * clearance-free one within four days.
 */
public final class TinyScenarios {

    /** What each scenario of a shape stresses. */
    public enum Shape {
        ONE_LANE, TWO_BASES, CLEARANCE_GAP, TIGHT_RAMP, CHARTERS, HAZMAT, SECURITY, OUTSIZE
    }

    /** Scenarios per shape in {@link #all()}. */
    public static final int SEEDS_PER_SHAPE = 4;
    /** The fewest loads of a scenario of {@link #all()}; each has up to three more. */
    public static final int FEWEST_LOADS = 8;

    private static final Instant START = Instant.parse("2024-06-01T00:00:00Z");
    private static final int DAYS = 4;

    private final Shape shape;
    private final Random random;
    private final int fewestLoads;
    private final List<CargoJson> cargo = new ArrayList<>();
    private final List<PersonnelJson> personnel = new ArrayList<>();

    private TinyScenarios(Shape shape, long seed, int fewestLoads) {
        this.shape = shape;
        this.fewestLoads = fewestLoads;
        this.random = new Random(seed * 31 + shape.ordinal());
    }

    /** Every shape with seeds 1 to {@link #SEEDS_PER_SHAPE}. */
    public static List<ScenarioJson> all() {
        List<ScenarioJson> scenarios = new ArrayList<>();
        for (Shape shape : Shape.values()) {
            for (long seed = 1; seed <= SEEDS_PER_SHAPE; seed++) {
                scenarios.add(of(shape, seed, FEWEST_LOADS));
            }
        }
        return scenarios;
    }

    /** A scenario of the shape with {@code fewestLoads} to {@code fewestLoads + 3} loads (one more with SECURITY). */
    public static ScenarioJson of(Shape shape, long seed, int fewestLoads) {
        return new TinyScenarios(shape, seed, fewestLoads).scenario(seed);
    }

    /** Writes {@link #all()} into the directory given, one file per scenario named after it. */
    public static void main(String[] args) throws IOException {
        Path directory = Path.of(args[0]);
        Files.createDirectories(directory);
        for (ScenarioJson scenario : all()) {
            OutputFiles.write(directory.resolve(scenario.name() + ".json"), StrictJson.toJson(scenario));
        }
    }

    private ScenarioJson scenario(long seed) {
        boolean twoBases = shape == Shape.TWO_BASES;
        int distance = 1200 + 100 * random.nextInt(5);
        int spots = shape == Shape.TIGHT_RAMP ? 1 : 3;
        int departuresPerDay = shape == Shape.TIGHT_RAMP ? 2 : 6;
        List<AirfieldJson> airfields = new ArrayList<>();
        airfields.add(new AirfieldJson("HOST", "Host base", "HC", null, null, departuresPerDay, spots,
                day(DAYS - 1)));
        List<RouteJson> routes = new ArrayList<>();
        routes.add(new RouteJson("HOST", "HOME", distance, List.of()));
        if (twoBases) {
            airfields.add(new AirfieldJson("SECOND", "Second host base", "HC", null, null, 2, 2, day(2)));
            routes.add(new RouteJson("SECOND", "HOME", distance + 300, List.of()));
            routes.add(new RouteJson("HOST", "SECOND", 400, List.of()));
        }
        airfields.add(new AirfieldJson("HOME", "Home base", "HM", null, null, 24, 6, null));

        int loads = fewestLoads + random.nextInt(4);
        for (int i = 0; i < loads; i++) {
            String origin = twoBases && i % 2 == 1 ? "SECOND" : "HOST";
            if (i % 3 == 2 || (shape == Shape.CHARTERS && i % 2 == 1)) {
                addGroup(origin);
            } else {
                addCargo(origin);
            }
        }
        if (shape == Shape.SECURITY) {
            personnel.add(new PersonnelJson("SEC-" + (personnel.size() + 1), "Security forces", "HOST", "HOME",
                    20 + random.nextInt(40), 136, true, START));
        }

        List<AircraftJson> aircraft = new ArrayList<>();
        aircraft.add(new AircraftJson("C17-1", "C17", "HOME", START, day(DAYS)));
        aircraft.add(new AircraftJson("C130-1", "C130J", "HOST", START, day(DAYS)));
        if (random.nextBoolean() || shape == Shape.OUTSIZE) {
            aircraft.add(new AircraftJson("C17-2", "C17", "HOME", day(1), day(DAYS)));
        }
        if (shape == Shape.CHARTERS) {
            aircraft.add(new AircraftJson("B763-1", "B763", "HOME", START, day(DAYS)));
        }

        List<ClearanceJson> clearances = new ArrayList<>();
        if (shape == Shape.CLEARANCE_GAP) {
            clearances.add(new ClearanceJson("HC-1", "HC", START, day(1).plus(Duration.ofHours(12)), 2, List.of()));
            clearances.add(new ClearanceJson("HC-2", "HC", day(2), day(DAYS), 2, List.of()));
        } else {
            clearances.add(new ClearanceJson("HC-1", "HC", START, day(DAYS), 4, List.of()));
        }
        return new ScenarioJson("tiny-" + shape.name().toLowerCase().replace('_', '-') + "-" + seed, START,
                day(DAYS), 60, 400L, 0L, List.of("HM"), airfields, routes, AircraftTypes.ALL, aircraft,
                clearances, cargo, personnel);
    }

    private void addCargo(String origin) {
        String id = "CARGO-" + (cargo.size() + 1);
        boolean outsize = shape == Shape.OUTSIZE && cargo.size() % 2 == 0;
        boolean hazmat = shape == Shape.HAZMAT && cargo.size() % 2 == 0;
        boolean sensitive = shape == Shape.SECURITY && cargo.size() % 2 == 0;
        boolean optional = cargo.size() % 4 == 3;
        int positions = outsize ? 4 + random.nextInt(6) : 2 + random.nextInt(7);
        int weightKg = positions * (1500 + random.nextInt(2000));
        Instant ready = START.plus(Duration.ofHours(6L * random.nextInt(6)));
        cargo.add(new CargoJson(id, hazmat ? "Hazardous materials" : "Equipment", "EQUIPMENT", origin, "HOME",
                weightKg, positions, outsize, sensitive, !hazmat, !optional,
                optional ? 20_000L + 5_000L * random.nextInt(10) : 0L, ready));
    }

    private void addGroup(String origin) {
        String id = "PAX-" + (personnel.size() + 1);
        Instant ready = START.plus(Duration.ofHours(6L * random.nextInt(6)));
        personnel.add(new PersonnelJson(id, "Unit " + (personnel.size() + 1), origin, "HOME",
                20 + random.nextInt(100), 136, false, ready));
    }

    private static Instant day(int day) {
        return START.plus(Duration.ofDays(day));
    }
}
