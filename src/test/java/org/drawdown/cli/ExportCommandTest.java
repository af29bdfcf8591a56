package org.drawdown.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.drawdown.io.PlanJson;
import org.drawdown.io.PlanReader;
import org.drawdown.io.ScenarioJson;
import org.drawdown.io.ScenarioValidator;
import org.drawdown.report.PlanCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code drawdown export --csv}: one row a flight, one row a load, with the plan file's figures. */
class ExportCommandTest {

    private static final DateTimeFormatter SPREADSHEET_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    @TempDir
    Path directory;

    @Test
    void flightsCsvHasOneRowPerFlightWithThePlanFilesFigures() throws Exception {
        PlanJson plan = PlanReader.read(CommandRunner.CHECKER_PLAN);
        Path csv = directory.resolve("csv");

        CommandRunner.Captured run = export(csv);

        assertEquals(new CommandRunner.Captured(DrawdownCommand.FEASIBLE, List.of("Wrote " + csv.resolve(
                "flights.csv") + " (9 flights) and " + csv.resolve("loads.csv") + " (14 loads)"), List.of()), run);
        List<Map<String, String>> rows = read(csv.resolve("flights.csv"), PlanCsv.FLIGHT_COLUMNS);
        assertEquals(plan.flights().size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            PlanJson.FlightJson flight = plan.flights().get(i);
            Map<String, String> row = rows.get(i);
            assertEquals(List.of(flight.id(), flight.aircraft(), flight.origin(), flight.destination(),
                    SPREADSHEET_TIME.format(flight.departure()), SPREADSHEET_TIME.format(flight.arrival()),
                    flight.payloadKg().toString(), flight.palletPositionsUsed().toString(),
                    flight.passengers().toString(), flight.costUsd().toString(),
                    Integer.toString(flight.cargo().size()), Integer.toString(flight.personnel().size())),
                    List.of(row.get("flight"), row.get("aircraft"), row.get("origin"), row.get("destination"),
                            row.get("departure_utc"), row.get("arrival_utc"), row.get("payload_kg"),
                            row.get("pallet_positions"), row.get("passengers"), row.get("cost_usd"),
                            row.get("cargo_items"), row.get("personnel_groups")));
        }
    }

    @Test
    void loadsCsvHasOneRowPerLoadOfTheScenarioWithItsFlight() throws Exception {
        ScenarioJson scenario = ScenarioValidator.read(CommandRunner.CHECKER_SCENARIO);
        PlanJson plan = PlanReader.read(CommandRunner.CHECKER_PLAN);
        Map<String, PlanJson.FlightJson> flightOfLoad = new HashMap<>();
        for (PlanJson.FlightJson flight : plan.flights()) {
            flight.cargo().forEach(id -> flightOfLoad.put(id, flight));
            flight.personnel().forEach(id -> flightOfLoad.put(id, flight));
        }
        List<String> scenarioLoads = new ArrayList<>();
        scenario.cargo().forEach(item -> scenarioLoads.add(item.id()));
        scenario.personnel().forEach(group -> scenarioLoads.add(group.id()));

        export(directory);

        List<Map<String, String>> rows = read(directory.resolve("loads.csv"), PlanCsv.LOAD_COLUMNS);
        assertEquals(scenarioLoads, rows.stream().map(row -> row.get("load")).toList());
        for (Map<String, String> row : rows) {
            PlanJson.FlightJson flight = flightOfLoad.get(row.get("load"));
            if (flight == null) {
                assertEquals(List.of("left behind", ""), List.of(row.get("status"), row.get("flight")), row.toString());
                assertEquals(plan.leftBehind(), List.of(row.get("load")));
            } else {
                assertEquals(List.of("moved", flight.id(), flight.aircraft(), SPREADSHEET_TIME.format(
                        flight.departure())), List.of(row.get("status"), row.get("flight"), row.get("aircraft"),
                                row.get("departure_utc")), row.toString());
            }
        }
        Map<String, String> team = rows.stream().filter(row -> row.get("load").equals("P-SEC")).findFirst()
                .orElseThrow();
        assertEquals(List.of("personnel", "20", "true"), List.of(team.get("kind"), team.get("people"),
                team.get("security")));
    }

    /** The checker's plan against a copy where C-GEN4 leaves F0008 for F0003 and F0008 is no longer flown. */
    @Test
    void compareWritesOneRowAChange() throws Exception {
        Path changed = CheckerPlans.overloaded(directory);
        Path csv = directory.resolve("csv");

        CommandRunner.Captured run = CommandRunner.capture("export", CommandRunner.CHECKER_SCENARIO.toString(),
                changed.toString(), "--csv", csv.toString(), "--compare", CommandRunner.CHECKER_PLAN.toString());

        assertEquals(DrawdownCommand.INFEASIBLE, run.exitCode(), String.join("\n", run.err()));
        long before = PlanReader.read(CommandRunner.CHECKER_PLAN).totalCostUsd();
        long after = PlanReader.read(changed).totalCostUsd();
        assertEquals(List.of(
                Map.of("change", "cancelled", "flight", "F0008", "new_flight", "", "load", "",
                        "before", "BIG-2 NIAM-RAMS 2024-06-02 14:00", "after", ""),
                Map.of("change", "load moved", "flight", "F0008", "new_flight", "F0003", "load", "C-GEN4",
                        "before", "BIG-2 NIAM-RAMS 2024-06-02 14:00", "after", "BIG-2 NIAM-RAMS 2024-06-01 08:00"),
                Map.of("change", "cost", "flight", "", "new_flight", "", "load", "", "before", Long.toString(before),
                        "after", Long.toString(after))),
                read(csv.resolve("changes.csv"), PlanCsv.CHANGE_COLUMNS));
    }

    @Test
    void aMissingPlanToCompareWithIsRefusedAndNothingWritten() throws Exception {
        Path csv = directory.resolve("csv");
        Path missing = directory.resolve("missing.json");

        CommandRunner.Captured run = CommandRunner.capture("export", CommandRunner.CHECKER_SCENARIO.toString(),
                CommandRunner.CHECKER_PLAN.toString(), "--csv", csv.toString(), "--compare", missing.toString());

        assertEquals(new CommandRunner.Captured(DrawdownCommand.BAD_INPUT, List.of(),
                List.of("drawdown: " + missing + ": no such file")), run);
        assertFalse(Files.exists(csv));
    }

    @Test
    void csvPathThatIsAFileIsRefusedWithOneLine() throws Exception {
        Path file = Files.writeString(directory.resolve("taken"), "");

        CommandRunner.Captured run = export(file);

        assertEquals(new CommandRunner.Captured(DrawdownCommand.BAD_INPUT, List.of(),
                List.of("drawdown: " + file + ": --csv: is a file, not a directory")), run);
    }

    private static CommandRunner.Captured export(Path csv) {
        return CommandRunner.capture("export", CommandRunner.CHECKER_SCENARIO.toString(),
                CommandRunner.CHECKER_PLAN.toString(), "--csv", csv.toString());
    }

    /** Reads a CSV file of Drawdown's (CRLF rows, RFC 4180 quotes) into rows by column name. */
    private static List<Map<String, String>> read(Path file, List<String> columns) throws Exception {
        String text = Files.readString(file);
        assertEquals("", text.replace("\r\n", "").replaceAll("[^\n]", ""), "rows end in CRLF");
        List<List<String>> records = CsvRecords.parse(text);
        assertEquals(columns, records.get(0));
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            assertEquals(columns.size(), record.size(), record.toString());
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                row.put(columns.get(i), record.get(i));
            }
            rows.add(row);
        }
        return rows;
    }
}
