package org.drawdown.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
 * Writes {@code datasets/niger-2024.json}, the reference scenario of the 2024 US withdrawal from Niger.
 * {@code datasets/README.md} gives the source of each figure and says which are public and which illustrative;
 * the comments here name them briefly. The manifest's item weights vary around category means with a fixed seed,
 * so the file is the same on every run.
 */
public final class NigerDataset {

    private static final Instant START = Instant.parse("2024-05-20T00:00:00Z");

    private final Random random = new Random(2024_05_19L);
    private final List<CargoJson> cargo = new ArrayList<>();
    private final Map<CargoKind, Integer> cargoMix = new EnumMap<>(CargoKind.class);
    private final List<PersonnelJson> personnel = new ArrayList<>();

    private NigerDataset() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "datasets/niger-2024.json");
        OutputFiles.write(out, StrictJson.toJson(scenario()));
    }

    public static ScenarioJson scenario() {
        return new NigerDataset().build();
    }

    /** How many items of each kind the manifest holds: the mix that generated scenarios copy. */
    public static Map<CargoKind, Integer> cargoMix() {
        NigerDataset dataset = new NigerDataset();
        dataset.build();
        return Collections.unmodifiableMap(dataset.cargoMix);
    }

    private ScenarioJson build() {
        manifestNiamey();
        manifestAgadez();
        roster();
        return new ScenarioJson("niger-2024", START, Instant.parse("2024-09-15T00:00:00Z"), 60, 400L, null,
                Destination.clearanceFreeCountries(Destination.NIGER_HUBS), airfields(), routes(), AircraftTypes.ALL, aircraft(),
                clearances(), cargo, personnel);
    }

    private static List<AirfieldJson> airfields() {
        return List.of(
                // Air Base 101 shares Diori Hamani airport; vacated 7 July 2024.
                new AirfieldJson("DRRN", "Niamey, Air Base 101", "NE", 13.4815, 2.1836, 3, 2,
                        Instant.parse("2024-07-07T00:00:00Z")),
                // Air Base 201, remote desert base; vacated 5 August 2024.
                new AirfieldJson("DRZA", "Agadez, Air Base 201", "NE", 16.9660, 8.0001, 3, 2,
                        Instant.parse("2024-08-05T00:00:00Z")),
                Destination.RAMSTEIN.airfield(),
                Destination.SIGONELLA.airfield(),
                Destination.ROTA.airfield(),
                Destination.DJIBOUTI.airfield());
    }

    private static List<RouteJson> routes() {
        // Distances: haversine, R = 3,440 nm. Overflown countries: the destinations' illustrative routings.
        return List.of(
                route("DRRN", Destination.RAMSTEIN, 2175),
                route("DRRN", Destination.SIGONELLA, 1590),
                route("DRRN", Destination.ROTA, 1464),
                route("DRRN", Destination.DJIBOUTI, 2402),
                route("DRZA", Destination.RAMSTEIN, 1950),
                route("DRZA", Destination.SIGONELLA, 1280),
                route("DRZA", Destination.ROTA, 1406),
                route("DRZA", Destination.DJIBOUTI, 2069),
                new RouteJson("DRRN", "DRZA", 397, List.of()));
    }

    private static RouteJson route(String origin, Destination destination, int distanceNm) {
        return new RouteJson(origin, destination.code(), distanceNm, destination.overfliesFromSahel());
    }

    private static List<AircraftJson> aircraft() {
        List<AircraftJson> tails = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            tails.add(new AircraftJson("C17-0" + i, "C17", "ETAR", Instant.parse("2024-06-01T00:00:00Z"),
                    Instant.parse("2024-08-10T00:00:00Z")));
        }
        for (int i = 5; i <= 6; i++) {
            tails.add(new AircraftJson("C17-0" + i, "C17", "ETAR", Instant.parse("2024-07-01T00:00:00Z"),
                    Instant.parse("2024-09-15T00:00:00Z")));
        }
        for (int i = 1; i <= 4; i++) {
            // Based where their 1,800 nm range reaches both Niger airfields.
            tails.add(new AircraftJson("C130J-0" + i, "C130J", "LICZ", Instant.parse("2024-06-01T00:00:00Z"),
                    Instant.parse("2024-09-15T00:00:00Z")));
        }
        for (int i = 1; i <= 2; i++) {
            tails.add(new AircraftJson("CHT-0" + i, "B763", "ETAR", START, Instant.parse("2024-09-15T00:00:00Z")));
        }
        return tails;
    }

    private static List<ClearanceJson> clearances() {
        List<String> military = List.of("C17", "C130J");
        return List.of(
                // Niger landing clearance: opens after the 19 May agreement (first withdrawal C-17: 7 June), with
                // a daily cap that tightens once Niamey is handed over.
                new ClearanceJson("NE-MIL-1", "NE", Instant.parse("2024-06-01T00:00:00Z"),
                        Instant.parse("2024-07-08T00:00:00Z"), 6, military),
                new ClearanceJson("NE-MIL-2", "NE", Instant.parse("2024-07-08T00:00:00Z"),
                        Instant.parse("2024-09-16T00:00:00Z"), 4, military),
                new ClearanceJson("DZ-OVF-1", "DZ", Instant.parse("2024-05-25T00:00:00Z"),
                        Instant.parse("2024-09-16T00:00:00Z"), 5, military),
                new ClearanceJson("TN-OVF-1", "TN", START, Instant.parse("2024-09-16T00:00:00Z"), 4, List.of()),
                new ClearanceJson("MA-OVF-1", "MA", START, Instant.parse("2024-09-16T00:00:00Z"), 4, List.of()),
                // Chad overflight is granted; Sudan (at war) grants none, so Djibouti is for charters only.
                new ClearanceJson("TD-OVF-1", "TD", START, Instant.parse("2024-09-16T00:00:00Z"), 2, List.of()));
    }

    // ************************************************************************
    // Manifest
    // ************************************************************************

    private void manifestNiamey() {
        // About 1,593 t left Niamey, with 4 drones and 2 helicopters (TASS via russia-islworld.ru).
        items("DRRN", CargoKind.MQ9, 4, "LICZ", "2024-06-05", "2024-06-20");
        items("DRRN", CargoKind.HELO, 2, "ETAR", "2024-06-03", "2024-06-10");
        items("DRRN", CargoKind.GCS, 3, "LICZ", "2024-06-10", "2024-06-25");
        items("DRRN", CargoKind.MUN, 40, "ETAR", "2024-05-25", "2024-06-15");
        items("DRRN", CargoKind.MRAP, 10, "LERT", "2024-06-01", "2024-06-30");
        items("DRRN", CargoKind.HMMWV, 20, "LERT", "2024-06-01", "2024-06-30");
        items("DRRN", CargoKind.FORK, 6, "LERT", "2024-06-20", "2024-07-02");
        items("DRRN", CargoKind.COMM, 30, "ETAR", "2024-06-01", "2024-06-30");
        items("DRRN", CargoKind.GEN, 250, "ETAR", "2024-05-25", "2024-06-30");
        items("DRRN", CargoKind.HOUS, 80, "ETAR", "2024-06-10", "2024-07-01");
        items("DRRN", CargoKind.LIFE, 30, "ETAR", "2024-06-15", "2024-07-02");
    }

    private void manifestAgadez() {
        // Illustrative: Air Base 201 was the drone base; its manifest is scaled like Niamey's.
        items("DRZA", CargoKind.MQ9, 6, "LICZ", "2024-07-10", "2024-07-25");
        items("DRZA", CargoKind.GCS, 4, "LICZ", "2024-07-15", "2024-07-28");
        items("DRZA", CargoKind.MUN, 60, "LICZ", "2024-06-05", "2024-07-10");
        items("DRZA", CargoKind.MRAP, 8, "LERT", "2024-06-15", "2024-07-25");
        items("DRZA", CargoKind.HMMWV, 16, "LERT", "2024-06-15", "2024-07-25");
        items("DRZA", CargoKind.FORK, 4, "LERT", "2024-07-20", "2024-07-30");
        items("DRZA", CargoKind.COMM, 40, "ETAR", "2024-06-15", "2024-07-25");
        items("DRZA", CargoKind.GEN, 220, "ETAR", "2024-06-05", "2024-07-25");
        items("DRZA", CargoKind.HOUS, 100, "ETAR", "2024-06-20", "2024-07-28");
        items("DRZA", CargoKind.LIFE, 40, "ETAR", "2024-07-01", "2024-07-30");
    }

    private void items(String origin, CargoKind kind, int count, String destination, String readyFrom,
            String readyTo) {
        cargo.addAll(kind.items(origin, count, destination, morningOf(readyFrom), morningOf(readyTo), random));
        cargoMix.merge(kind, count, Integer::sum);
    }

    // ************************************************************************
    // Roster
    // ************************************************************************

    private void roster() {
        // About 1,000 personnel, split about 400 Niamey / 600 Agadez (NYT via nan.media); unit groups illustrative.
        group("DRRN", UnitType.NES, 2, 30, "ETAR", "2024-05-22");
        group("DRRN", UnitType.HQ, 1, 30, "ETAR", "2024-06-20");
        group("DRRN", UnitType.CONTR, 1, 20, "ETAR", "2024-06-05");
        group("DRRN", UnitType.MED, 1, 20, "ETAR", "2024-06-25");
        group("DRRN", UnitType.LRS, 2, 30, "ETAR", "2024-06-15");
        group("DRRN", UnitType.COMM, 1, 30, "ETAR", "2024-06-28");
        group("DRRN", UnitType.CES, 1, 25, "ETAR", "2024-06-22");
        group("DRRN", UnitType.AMXS, 2, 25, "LICZ", "2024-06-18");
        group("DRRN", UnitType.AFOPS, 1, 25, "ETAR", "2024-07-01");
        group("DRRN", UnitType.SFS, 2, 40, "ETAR", "2024-07-02");
        group("DRZA", UnitType.NES, 2, 30, "ETAR", "2024-05-25");
        group("DRZA", UnitType.INTEL, 2, 20, "HDAM", "2024-06-10");
        group("DRZA", UnitType.MED, 1, 30, "ETAR", "2024-07-25");
        group("DRZA", UnitType.LRS, 2, 25, "ETAR", "2024-07-15");
        group("DRZA", UnitType.COMM, 1, 40, "ETAR", "2024-07-22");
        group("DRZA", UnitType.CES, 2, 25, "ETAR", "2024-07-10");
        group("DRZA", UnitType.BOS, 2, 30, "HDAM", "2024-07-05");
        group("DRZA", UnitType.AMXS, 2, 35, "LICZ", "2024-07-20");
        group("DRZA", UnitType.OPS, 2, 40, "LICZ", "2024-07-26");
        group("DRZA", UnitType.SFS, 3, 40, "ETAR", "2024-07-28");
    }

    private void group(String origin, UnitType unit, int groups, int size, String destination, String readyDay) {
        for (int i = 1; i <= groups; i++) {
            personnel.add(unit.group(origin, i, size, destination, morningOf(readyDay)));
        }
    }

    /** Readiness is stated by day; work starts at 06:00Z. */
    private static Instant morningOf(String day) {
        return Instant.parse(day + "T06:00:00Z");
    }
}
