package org.drawdown.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Structurally broken plans are refused with one line naming the entry; plans that merely break rules are read. */
class PlanReaderTest {

    private static final String FLIGHT = """
            {"id": "F0001", "aircraft": "C17-01", "origin": "DRZA", "destination": "LICZ",
             "departure": "2024-06-07T06:00:00Z", "arrival": "2024-06-07T09:21:00Z",
             "cargo": %s, "personnel": [], "payloadKg": 5200, "palletPositionsUsed": 4, "passengers": 0%s}""";

    @TempDir
    Path directory;

    @Test
    void readsAPlan() throws Exception {
        PlanJson plan = PlanReader.read(write(plan(flight("[\"MQ9-01\"]", ", \"costUsd\": 160800"), "[]")));

        assertEquals(List.of("MQ9-01"), plan.flights().get(0).cargo());
        assertEquals(160_800L, plan.flights().get(0).costUsd());
    }

    @Test
    void readsAPlanWhoseFiguresAndIdsAreWrong() throws Exception {
        // Unknown ids and a negative cost are the checker's to report, not a reason to refuse the file.
        PlanJson plan = PlanReader.read(write(plan(flight("[\"NO-SUCH-ID\"]", ", \"costUsd\": -1"), "[]")));

        assertEquals(-1L, plan.flights().get(0).costUsd());
    }

    @Test
    void refusesAFlightWithoutAField() throws Exception {
        Path file = write(plan(flight("[\"MQ9-01\"]", ""), "[]"));

        InputException refusal = assertThrows(InputException.class, () -> PlanReader.read(file));

        assertEquals(file + ": flights[0] \"F0001\": missing required field \"costUsd\" (absent or null)", refusal.getMessage());
    }

    @Test
    void refusesANullInAnIdList() throws Exception {
        Path file = write(plan(flight("[\"MQ9-01\", null]", ", \"costUsd\": 160800"), "[]"));

        InputException refusal = assertThrows(InputException.class, () -> PlanReader.read(file));

        assertEquals(file + ": flights[0].cargo[1] at line 4, column 22: null is not allowed in a list",
                refusal.getMessage());
    }

    @Test
    void refusesANullFlight() throws Exception {
        Path file = write(plan("null", "[]"));

        InputException refusal = assertThrows(InputException.class, () -> PlanReader.read(file));

        assertEquals(file + ": flights[0] at line 2, column 38: null is not allowed in a list", refusal.getMessage());
    }

    @Test
    void refusesAnEmptyIdAtTopLevel() throws Exception {
        Path file = write(plan(flight("[\"MQ9-01\"]", ", \"costUsd\": 160800"), "[\"\"]"));

        InputException refusal = assertThrows(InputException.class, () -> PlanReader.read(file));

        assertEquals(file + ": unassigned[0]: expected an id, found an empty string", refusal.getMessage());
    }

    @Test
    void refusesAPlanWithoutItsLists() throws Exception {
        Path file = write("""
                {"scenario": "niger-2024", "score": "0hard/0medium/0soft", "feasible": true, "totalCostUsd": 0,
                 "flights": [], "leftBehind": []}""");

        InputException refusal = assertThrows(InputException.class, () -> PlanReader.read(file));

        assertEquals(file + ": missing required field \"unassigned\" (absent or null)", refusal.getMessage());
    }

    private static String flight(String cargo, String costField) {
        return String.format(FLIGHT, cargo, costField);
    }

    private static String plan(String flight, String unassigned) {
        return """
                {"scenario": "niger-2024", "score": "0hard/0medium/-160800soft", "feasible": true,
                 "totalCostUsd": 160800, "flights": [%s], "leftBehind": [], "unassigned": %s}"""
                .formatted(flight, unassigned);
    }

    private Path write(String json) throws Exception {
        return Files.writeString(Files.createTempFile(directory, "plan", ".json"), json);
    }
}
