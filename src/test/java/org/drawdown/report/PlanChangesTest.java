package org.drawdown.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.drawdown.io.PlanJson;
import org.drawdown.io.PlanJson.FlightJson;
import org.junit.jupiter.api.Test;

/** The list of changes a replan prints, on two small hand-made plans. */
class PlanChangesTest {

    private static final Instant NOW = Instant.parse("2024-07-10T00:00:00Z");

    private static FlightJson flight(String id, String aircraft, String departure, List<String> cargo) {
        Instant leaves = Instant.parse(departure);
        return new FlightJson(id, aircraft, "DRZA", "LICZ", leaves, leaves.plusSeconds(3 * 3600), cargo, List.of(),
                1000 * cargo.size(), cargo.size(), 0, 50_000L);
    }

    private static PlanJson plan(long cost, List<String> leftBehind, FlightJson... flights) {
        return new PlanJson("test", "0hard/0medium/-" + cost + "soft", true, cost, List.of(flights), leftBehind,
                List.of());
    }

    private final PlanJson inForce = plan(1_000_000, List.of(),
            flight("F0001", "C17-01", "2024-07-09T06:00:00Z", List.of("A")),
            flight("F0002", "C17-01", "2024-07-12T06:00:00Z", List.of("B", "C", "D")),
            flight("F0003", "C17-02", "2024-07-13T06:00:00Z", List.of("E")),
            flight("F0004", "C17-02", "2024-07-14T06:00:00Z", List.of("F")));

    @Test
    void readsEachKindOfChange() {
        PlanJson replanned = plan(1_200_000, List.of("F"),
                flight("F0001", "C17-01", "2024-07-09T06:00:00Z", List.of("A")),
                // F0002's loads now fly later on another aircraft, but for D, which joined E.
                flight("F0002", "C17-02", "2024-07-15T06:00:00Z", List.of("B", "C")),
                flight("F0003", "C17-02", "2024-07-13T06:00:00Z", List.of("D", "E")),
                flight("F0005", "C17-01", "2024-07-16T06:00:00Z", List.of("G")));

        PlanChanges changes = PlanChanges.between(inForce, replanned, NOW);

        assertEquals(List.of(inForce.flights().get(0)), changes.history());
        assertEquals(List.of(new PlanChanges.Change(inForce.flights().get(1), replanned.flights().get(1))),
                changes.retimed());
        assertEquals(changes.retimed(), changes.retailed());
        assertEquals(List.of(inForce.flights().get(3)), changes.cancelled());
        assertEquals(List.of(replanned.flights().get(3)), changes.added());
        assertEquals(List.of("B", "C", "D"), changes.loadsMoved());
        assertEquals(List.of("F"), changes.newlyLeftBehind());
        assertFalse(changes.changesNothing());
        assertEquals("""
                Replanned from %s: 1 flights are history and stay as they were.
                  Retimed         1: F0002 %s -> %s
                  New aircraft    1: F0002 C17-01 -> C17-02
                  Cancelled       1: F0004
                  Added           1: F0005
                  Loads moved     3: B, C, D
                  Newly left      1: F
                  Cost            $1,000,000 -> $1,200,000 (+200,000)
                """.formatted(PlanSummary.time(NOW), PlanSummary.time(Instant.parse("2024-07-12T06:00:00Z")),
                PlanSummary.time(Instant.parse("2024-07-15T06:00:00Z"))), changes.format());
    }

    @Test
    void namesTheNewFlightWhenTheLoadsWentToAnotherId() {
        PlanJson replanned = plan(1_000_000, List.of(),
                flight("F0001", "C17-01", "2024-07-09T06:00:00Z", List.of("A")),
                flight("F0003", "C17-02", "2024-07-13T06:00:00Z", List.of("B", "C", "D", "E")),
                flight("F0004", "C17-02", "2024-07-14T06:00:00Z", List.of("F")));

        PlanChanges changes = PlanChanges.between(inForce, replanned, NOW);

        assertTrue(changes.format().contains("New aircraft    1: F0002 C17-01 -> F0003 C17-02"), changes.format());
        assertEquals(List.of(), changes.cancelled());
        assertEquals(List.of("B", "C", "D"), changes.loadsMoved());
    }

    @Test
    void theSamePlanChangesNothing() {
        assertTrue(PlanChanges.between(inForce, inForce, NOW).changesNothing());
    }
}
