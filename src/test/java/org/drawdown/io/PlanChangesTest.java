package org.drawdown.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.drawdown.io.PlanChanges.LoadChange;
import org.drawdown.io.PlanChanges.Succession;
import org.drawdown.io.PlanJson.FlightJson;
import org.junit.jupiter.api.Test;

/** The definition of what changed between two plans, on small hand-made plans: one flight per role. */
class PlanChangesTest {

    private static FlightJson flight(String id, String aircraft, String departure, String... cargo) {
        return onLane(id, aircraft, "DRZA", "LICZ", departure, cargo);
    }

    private static FlightJson onLane(String id, String aircraft, String origin, String destination,
            String departure, String... cargo) {
        Instant leaves = Instant.parse(departure);
        return new FlightJson(id, aircraft, origin, destination, leaves, leaves.plusSeconds(3 * 3600),
                List.of(cargo), List.of(), 1000 * cargo.length, cargo.length, 0, 50_000L);
    }

    private static PlanJson plan(long cost, List<String> leftBehind, FlightJson... flights) {
        return new PlanJson("test", "0hard/0medium/-" + cost + "soft", true, cost, List.of(flights), leftBehind,
                List.of());
    }

    // The plan in force: one flight for each fate it meets below.
    private final FlightJson flown = flight("F0001", "C17-01", "2024-07-09T06:00:00Z", "A");
    private final FlightJson delayedOnAnotherAircraft = flight("F0002", "C17-01", "2024-07-12T06:00:00Z",
            "B", "C", "D");
    private final FlightJson joined = flight("F0003", "C17-02", "2024-07-13T06:00:00Z", "E");
    private final FlightJson dropped = flight("F0004", "C17-02", "2024-07-14T06:00:00Z", "F");
    private final PlanJson inForce = plan(1_000_000, List.of(), flown, delayedOnAnotherAircraft, joined, dropped);

    @Test
    void readsEachKindOfChange() {
        FlightJson delayed = flight("F0002", "C17-02", "2024-07-15T06:00:00Z", "B", "C");
        FlightJson joinedByD = flight("F0003", "C17-02", "2024-07-13T06:00:00Z", "D", "E");
        FlightJson brandNew = flight("F0005", "C17-01", "2024-07-16T06:00:00Z", "G");
        PlanJson replanned = plan(1_200_000, List.of("F"), flown, delayed, joinedByD, brandNew);

        PlanChanges changes = PlanChanges.between(inForce, replanned);

        assertEquals(List.of(new Succession(flown, flown), new Succession(delayedOnAnotherAircraft, delayed),
                new Succession(joined, joinedByD)), changes.successions());
        assertEquals(List.of(new Succession(delayedOnAnotherAircraft, delayed)), changes.retimed());
        assertEquals(changes.retimed(), changes.retailed());
        assertEquals(List.of(new Succession(flown, flown), new Succession(joined, joinedByD)), changes.kept());
        assertEquals(List.of(dropped), changes.cancelled());
        assertEquals(List.of(brandNew), changes.added());
        // D joined another sortie and F no longer flies: both are changed loads, as the change cost counts them.
        assertEquals(List.of(new LoadChange("B", delayedOnAnotherAircraft, delayed),
                new LoadChange("C", delayedOnAnotherAircraft, delayed),
                new LoadChange("D", delayedOnAnotherAircraft, joinedByD), new LoadChange("F", dropped, null)),
                changes.loadsMoved());
        assertEquals(List.of("F"), changes.newlyLeftBehind());
        assertEquals(200_000, changes.costDifference());
        assertFalse(changes.changesNothing());
    }

    @Test
    void twoFlightsMergedIntoOneCarryOnOnlyOnce() {
        FlightJson merged = flight("F0003", "C17-02", "2024-07-13T06:00:00Z", "B", "C", "D", "E");
        PlanJson replanned = plan(1_000_000, List.of(), flown, merged, dropped);

        PlanChanges changes = PlanChanges.between(inForce, replanned);

        // The sortie that still flies carries itself on, though the other flight brought more loads to it.
        assertEquals(List.of(new Succession(flown, flown), new Succession(joined, merged),
                new Succession(dropped, dropped)), changes.successions());
        assertEquals(List.of(delayedOnAnotherAircraft), changes.cancelled());
        assertEquals(List.of(), changes.added());
        assertEquals(List.of("B", "C", "D"), changes.loadsMoved().stream().map(LoadChange::load).toList());
    }

    @Test
    void withoutTheSameSortieTheFlightWithMostOfItsLoadsCarriesItOn() {
        FlightJson takesOne = flight("F0006", "C17-01", "2024-07-12T09:00:00Z", "B");
        FlightJson takesTwo = flight("F0007", "C17-02", "2024-07-12T12:00:00Z", "C", "D");
        PlanJson replanned = plan(1_000_000, List.of(), flown, takesOne, takesTwo, joined, dropped);

        PlanChanges changes = PlanChanges.between(inForce, replanned);

        assertEquals(List.of(new Succession(delayedOnAnotherAircraft, takesTwo)), changes.retimed());
        assertEquals(List.of(takesOne), changes.added());
        assertEquals(List.of(), changes.cancelled());
    }

    @Test
    void aFlightOnAnotherLaneCarriesNothingOn() {
        FlightJson otherLane = onLane("F0004", "C17-02", "DRRN", "ETAR", "2024-07-14T06:00:00Z", "F");
        PlanJson replanned = plan(1_000_000, List.of(), flown, delayedOnAnotherAircraft, joined, otherLane);

        PlanChanges changes = PlanChanges.between(inForce, replanned);

        assertEquals(List.of(dropped), changes.cancelled());
        assertEquals(List.of(otherLane), changes.added());
        assertEquals(List.of(new LoadChange("F", dropped, otherLane)), changes.loadsMoved());
    }

    @Test
    void theSameSortieWithOtherLoadsIsKept() {
        FlightJson otherLoad = flight("F0004", "C17-02", "2024-07-14T06:00:00Z", "G");
        PlanJson replanned = plan(1_000_000, List.of("F"), flown, delayedOnAnotherAircraft, joined, otherLoad);

        PlanChanges changes = PlanChanges.between(inForce, replanned);

        assertTrue(changes.successions().contains(new Succession(dropped, otherLoad)));
        assertEquals(List.of(), changes.cancelled());
        assertEquals(List.of(), changes.added());
        assertEquals(List.of("F"), changes.newlyLeftBehind());
    }

    @Test
    void aLoadGoneFromTheScenarioIsNoChange() {
        // F was taken off the manifest: the new plan lists it nowhere, and no change cost is charged for it.
        PlanJson replanned = plan(1_000_000, List.of(), flown, delayedOnAnotherAircraft, joined);

        PlanChanges changes = PlanChanges.between(inForce, replanned);

        assertEquals(List.of(dropped), changes.cancelled());
        assertEquals(List.of(), changes.loadsMoved());
    }

    @Test
    void theSuccessionIgnoresIds() {
        FlightJson delayed = flight(null, "C17-02", "2024-07-15T06:00:00Z", "B", "C", "D");
        FlightJson unnamedJoined = joined.withId(null);
        Map<FlightJson, FlightJson> successors = PlanChanges.successors(inForce.flights(),
                List.of(flown, delayed, unnamedJoined));

        assertEquals(3, successors.size());
        assertSame(flown, successors.get(flown));
        assertSame(delayed, successors.get(delayedOnAnotherAircraft));
        assertSame(unnamedJoined, successors.get(joined));
    }

    @Test
    void theSamePlanChangesNothing() {
        PlanChanges changes = PlanChanges.between(inForce, inForce);
        assertTrue(changes.changesNothing());
        assertEquals(inForce.flights().size(), changes.kept().size());
    }
}
