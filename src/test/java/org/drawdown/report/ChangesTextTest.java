package org.drawdown.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import org.drawdown.io.PlanJson;
import org.drawdown.io.PlanJson.FlightJson;
import org.junit.jupiter.api.Test;

/** What {@code replan} prints of the changes, on two small hand-made plans. */
class ChangesTextTest {

    private static final Instant NOW = Instant.parse("2024-07-10T00:00:00Z");

    private static FlightJson flight(String id, String aircraft, String departure, String... cargo) {
        Instant leaves = Instant.parse(departure);
        return new FlightJson(id, aircraft, "DRZA", "LICZ", leaves, leaves.plusSeconds(3 * 3600), List.of(cargo),
                List.of(), 1000 * cargo.length, cargo.length, 0, 50_000L);
    }

    private static PlanJson plan(long cost, List<String> leftBehind, FlightJson... flights) {
        return new PlanJson("test", "0hard/0medium/-" + cost + "soft", true, cost, List.of(flights), leftBehind,
                List.of());
    }

    private final FlightJson flown = flight("F0001", "C17-01", "2024-07-09T06:00:00Z", "A");
    private final FlightJson delayedOnAnotherAircraft = flight("F0002", "C17-01", "2024-07-12T06:00:00Z", "B", "C");
    private final FlightJson dropped = flight("F0003", "C17-02", "2024-07-14T06:00:00Z", "D");
    private final PlanJson inForce = plan(1_000_000, List.of(), flown, delayedOnAnotherAircraft, dropped);

    @Test
    void printsALineForEachKindOfChange() {
        PlanJson replanned = plan(1_200_000, List.of("D"), flown,
                flight("F0002", "C17-02", "2024-07-15T06:00:00Z", "B", "C"),
                flight("F0004", "C17-01", "2024-07-16T06:00:00Z", "E"));

        assertEquals("""
                Replanned from %s: 1 flight is history and stays as it was.
                  Retimed         1: F0002 %s -> %s
                  New aircraft    1: F0002 C17-01 -> C17-02
                  Cancelled       1: F0003
                  Added           1: F0004
                  Loads moved     3: B, C, D
                  Newly left      1: D
                  Cost            $1,000,000 -> $1,200,000 (+200,000)
                """.formatted(PlanSummary.time(NOW), PlanSummary.time(Instant.parse("2024-07-12T06:00:00Z")),
                PlanSummary.time(Instant.parse("2024-07-15T06:00:00Z"))), ChangesText.of(inForce, replanned, NOW));
    }

    @Test
    void namesTheNewFlightWhenItGoesByAnotherId() {
        // A plan edited by hand: the ids no longer follow the succession.
        PlanJson edited = plan(1_000_000, List.of(), flown,
                flight("MSN-7", "C17-02", "2024-07-12T06:00:00Z", "B", "C"), dropped);

        assertEquals("  New aircraft    1: F0002 C17-01 -> MSN-7 C17-02",
                ChangesText.of(inForce, edited, NOW).lines().toList().get(2));
    }
}
