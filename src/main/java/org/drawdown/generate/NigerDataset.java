package org.drawdown.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.drawdown.io.ScenarioJson;
import org.drawdown.io.ScenarioJson.AircraftJson;
import org.drawdown.io.ScenarioJson.AircraftTypeJson;
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
    private static final int PERSON_KG = 136;

    private final Random random = new Random(2024_05_19L);
    private final List<CargoJson> cargo = new ArrayList<>();
    private final List<PersonnelJson> personnel = new ArrayList<>();

    private NigerDataset() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "datasets/niger-2024.json");
        StrictJson.writeAtomically(out, StrictJson.toJson(scenario()));
    }

    public static ScenarioJson scenario() {
        return new NigerDataset().build();
    }

    private ScenarioJson build() {
        manifestNiamey();
        manifestAgadez();
        roster();
        return new ScenarioJson("niger-2024", START, Instant.parse("2024-09-15T00:00:00Z"), 60, 400L, null,
                List.of("DE", "IT", "ES"), airfields(), routes(), aircraftTypes(), aircraft(), clearances(), cargo,
                personnel);
    }

    private static List<AirfieldJson> airfields() {
        return List.of(
                // Air Base 101 shares Diori Hamani airport; vacated 7 July 2024.
                new AirfieldJson("DRRN", "Niamey, Air Base 101", "NE", 13.4815, 2.1836, 3, 2,
                        Instant.parse("2024-07-07T00:00:00Z")),
                // Air Base 201, remote desert base; vacated 5 August 2024.
                new AirfieldJson("DRZA", "Agadez, Air Base 201", "NE", 16.9660, 8.0001, 3, 2,
                        Instant.parse("2024-08-05T00:00:00Z")),
                new AirfieldJson("ETAR", "Ramstein Air Base", "DE", 49.4369, 7.6003, 24, 12, null),
                new AirfieldJson("LICZ", "NAS Sigonella", "IT", 37.4017, 14.9222, 12, 6, null),
                new AirfieldJson("LERT", "Naval Station Rota", "ES", 36.6452, -6.3495, 12, 6, null),
                new AirfieldJson("HDAM", "Djibouti, Camp Lemonnier", "DJ", 11.5473, 43.1595, 8, 4, null));
    }

    private static List<RouteJson> routes() {
        // Distances: FACTS.md great-circle table. Overflown countries: illustrative routings.
        return List.of(
                new RouteJson("DRRN", "ETAR", 2175, List.of("DZ")),
                new RouteJson("DRRN", "LICZ", 1590, List.of("DZ", "TN")),
                new RouteJson("DRRN", "LERT", 1464, List.of("DZ", "MA")),
                new RouteJson("DRRN", "HDAM", 2402, List.of("TD", "SD")),
                new RouteJson("DRZA", "ETAR", 1950, List.of("DZ")),
                new RouteJson("DRZA", "LICZ", 1280, List.of("DZ", "TN")),
                new RouteJson("DRZA", "LERT", 1406, List.of("DZ", "MA")),
                new RouteJson("DRZA", "HDAM", 2069, List.of("TD", "SD")),
                new RouteJson("DRRN", "DRZA", 397, List.of()));
    }

    private static List<AircraftTypeJson> aircraftTypes() {
        return List.of(
                // C-17A: AFPAM 10-1403 planning payload 65 short tons; 18 positions; 54 sidewall + 48 centerline
                // seats; ground time 3.25 h (worked example); ~2,400 nm at full payload.
                new AircraftTypeJson("C17", "C-17A Globemaster III", true, 58967, 18, 102, 54, 4, true, 450, 2400,
                        195, 24000L),
                // C-130J-30: planning payload 18 short tons; 8 positions; 128 troops; ground time 1.75 h.
                new AircraftTypeJson("C130J", "C-130J-30 Super Hercules", true, 16329, 8, 128, 64, 8, false, 320,
                        1800, 105, 10500L),
                // A commercial B767-300ER passenger charter: personnel only (rule 9).
                new AircraftTypeJson("B763", "Boeing 767-300ER passenger charter", false, 34000, 1, 250, 250, 0,
                        false, 460, 5500, 90, 12000L));
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
        items("DRRN", "MQ9", 4, "MQ-9A airframe in shipping container", "AIRCRAFT", "LICZ", 5200, 4,
                Flags.SENSITIVE, 0, "2024-06-05", "2024-06-20");
        items("DRRN", "HELO", 2, "Helicopter, blades folded", "AIRCRAFT", "ETAR", 5600, 6, Flags.OUTSIZE, 0,
                "2024-06-03", "2024-06-10");
        items("DRRN", "GCS", 3, "MQ-9 ground control station shelter", "GROUND_CONTROL", "LICZ", 5000, 2,
                Flags.SENSITIVE, 0, "2024-06-10", "2024-06-25");
        items("DRRN", "MUN", 40, "Munitions pallet (P1/P2 hazard class)", "MUNITIONS", "ETAR", 3000, 1,
                Flags.MUNITIONS, 0, "2024-05-25", "2024-06-15");
        items("DRRN", "MRAP", 10, "MRAP vehicle", "VEHICLES", "LERT", 14000, 3, Flags.OUTSIZE, 0,
                "2024-06-01", "2024-06-30");
        items("DRRN", "HMMWV", 20, "HMMWV", "VEHICLES", "LERT", 2700, 2, Flags.NONE, 0, "2024-06-01",
                "2024-06-30");
        items("DRRN", "FORK", 6, "10k forklift", "VEHICLES", "LERT", 4500, 2, Flags.NONE, 0, "2024-06-20",
                "2024-07-02");
        items("DRRN", "COMM", 30, "Communications equipment pallet", "COMMUNICATIONS", "ETAR", 2000, 1,
                Flags.SENSITIVE, 0, "2024-06-01", "2024-06-30");
        items("DRRN", "GEN", 250, "General cargo pallet", "GENERAL", "ETAR", 3000, 1, Flags.NONE, 0,
                "2024-05-25", "2024-06-30");
        items("DRRN", "HOUS", 80, "Housing and shelter pallet", "HOUSING", "ETAR", 3200, 1, Flags.OPTIONAL, 30000,
                "2024-06-10", "2024-07-01");
        items("DRRN", "LIFE", 30, "Life-support equipment (generator, water, kitchen)", "LIFE_SUPPORT", "ETAR",
                4500, 2, Flags.OPTIONAL, 60000, "2024-06-15", "2024-07-02");
    }

    private void manifestAgadez() {
        // Illustrative: Air Base 201 was the drone base; its manifest is scaled like Niamey's.
        items("DRZA", "MQ9", 6, "MQ-9A airframe in shipping container", "AIRCRAFT", "LICZ", 5200, 4,
                Flags.SENSITIVE, 0, "2024-07-10", "2024-07-25");
        items("DRZA", "GCS", 4, "MQ-9 ground control station shelter", "GROUND_CONTROL", "LICZ", 5000, 2,
                Flags.SENSITIVE, 0, "2024-07-15", "2024-07-28");
        items("DRZA", "MUN", 60, "Munitions pallet (P1/P2 hazard class)", "MUNITIONS", "LICZ", 3000, 1,
                Flags.MUNITIONS, 0, "2024-06-05", "2024-07-10");
        items("DRZA", "MRAP", 8, "MRAP vehicle", "VEHICLES", "LERT", 14000, 3, Flags.OUTSIZE, 0, "2024-06-15",
                "2024-07-25");
        items("DRZA", "HMMWV", 16, "HMMWV", "VEHICLES", "LERT", 2700, 2, Flags.NONE, 0, "2024-06-15",
                "2024-07-25");
        items("DRZA", "FORK", 4, "10k forklift", "VEHICLES", "LERT", 4500, 2, Flags.NONE, 0, "2024-07-20",
                "2024-07-30");
        items("DRZA", "COMM", 40, "Communications equipment pallet", "COMMUNICATIONS", "ETAR", 2000, 1,
                Flags.SENSITIVE, 0, "2024-06-15", "2024-07-25");
        items("DRZA", "GEN", 220, "General cargo pallet", "GENERAL", "ETAR", 3000, 1, Flags.NONE, 0,
                "2024-06-05", "2024-07-25");
        items("DRZA", "HOUS", 100, "Housing and shelter pallet", "HOUSING", "ETAR", 3200, 1, Flags.OPTIONAL,
                30000, "2024-06-20", "2024-07-28");
        items("DRZA", "LIFE", 40, "Life-support equipment (generator, water, kitchen)", "LIFE_SUPPORT", "ETAR",
                4500, 2, Flags.OPTIONAL, 60000, "2024-07-01", "2024-07-30");
    }

    private enum Flags {
        NONE, OUTSIZE, SENSITIVE, MUNITIONS, OPTIONAL
    }

    /**
     * Adds a category's items: weights spread +-25% around the mean, optional values +-60% around theirs, and
     * ready times spread evenly over the given days as the base packs up.
     */
    private void items(String origin, String prefix, int count, String description, String category,
            String destination, int meanKg, int positions, Flags flags, long meanValueUsd, String readyFrom,
            String readyTo) {
        Instant first = Instant.parse(readyFrom + "T06:00:00Z");
        long spanHours = Duration.between(first, Instant.parse(readyTo + "T06:00:00Z")).toHours();
        for (int i = 1; i <= count; i++) {
            int weight = (int) Math.round(meanKg * (0.75 + 0.5 * random.nextDouble()));
            long value = flags == Flags.OPTIONAL
                    ? Math.round(meanValueUsd * (0.4 + 1.2 * random.nextDouble()) / 100) * 100 : 0;
            Instant ready = first.plus(Duration.ofHours(count == 1 ? 0 : spanHours * (i - 1) / (count - 1)));
            cargo.add(new CargoJson(String.format("%s-%s-%03d", origin, prefix, i), description, category, origin,
                    destination, Math.min(weight, positions * 4536), positions, flags == Flags.OUTSIZE,
                    flags == Flags.SENSITIVE || flags == Flags.MUNITIONS, flags != Flags.MUNITIONS,
                    flags != Flags.OPTIONAL, value, ready));
        }
    }

    // ************************************************************************
    // Roster
    // ************************************************************************

    private void roster() {
        // About 1,000 personnel, split about 400 Niamey / 600 Agadez (NYT via nan.media); unit groups illustrative.
        group("DRRN", "NES", "Non-essential staff and contractors", 2, 30, "ETAR", false, "2024-05-22");
        group("DRRN", "HQ", "Headquarters staff", 1, 30, "ETAR", false, "2024-06-20");
        group("DRRN", "CONTR", "Contracting and finance", 1, 20, "ETAR", false, "2024-06-05");
        group("DRRN", "MED", "Medical", 1, 20, "ETAR", false, "2024-06-25");
        group("DRRN", "LRS", "Logistics readiness", 2, 30, "ETAR", false, "2024-06-15");
        group("DRRN", "COMM", "Communications", 1, 30, "ETAR", false, "2024-06-28");
        group("DRRN", "CES", "Civil engineers", 1, 25, "ETAR", false, "2024-06-22");
        group("DRRN", "AMXS", "Aircraft maintenance", 2, 25, "LICZ", false, "2024-06-18");
        group("DRRN", "AFOPS", "Airfield operations", 1, 25, "ETAR", false, "2024-07-01");
        group("DRRN", "SFS", "Security forces", 2, 40, "ETAR", true, "2024-07-02");
        group("DRZA", "NES", "Non-essential staff and contractors", 2, 30, "ETAR", false, "2024-05-25");
        group("DRZA", "INTEL", "Intelligence", 2, 20, "HDAM", false, "2024-06-10");
        group("DRZA", "MED", "Medical", 1, 30, "ETAR", false, "2024-07-25");
        group("DRZA", "LRS", "Logistics readiness", 2, 25, "ETAR", false, "2024-07-15");
        group("DRZA", "COMM", "Communications", 1, 40, "ETAR", false, "2024-07-22");
        group("DRZA", "CES", "Civil engineers", 2, 25, "ETAR", false, "2024-07-10");
        group("DRZA", "BOS", "Base operating support", 2, 30, "HDAM", false, "2024-07-05");
        group("DRZA", "AMXS", "Aircraft maintenance", 2, 35, "LICZ", false, "2024-07-20");
        group("DRZA", "OPS", "MQ-9 operations squadron", 2, 40, "LICZ", false, "2024-07-26");
        group("DRZA", "SFS", "Security forces", 3, 40, "ETAR", true, "2024-07-28");
    }

    private void group(String origin, String prefix, String unit, int groups, int size, String destination,
            boolean security, String readyDay) {
        for (int i = 1; i <= groups; i++) {
            personnel.add(new PersonnelJson(String.format("%s-%s-%d", origin, prefix, i), unit, origin,
                    destination, size, PERSON_KG, security, Instant.parse(readyDay + "T06:00:00Z")));
        }
    }
}
