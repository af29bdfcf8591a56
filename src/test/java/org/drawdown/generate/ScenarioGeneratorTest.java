package org.drawdown.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import org.drawdown.generate.ScenarioGenerator.Request;
import org.drawdown.io.ScenarioJson;
import org.drawdown.io.ScenarioJson.CargoJson;
import org.drawdown.io.ScenarioJson.ClearanceJson;
import org.drawdown.io.ScenarioJson.PersonnelJson;
import org.drawdown.io.ScenarioValidator;
import org.drawdown.io.StrictJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ScenarioGeneratorTest {

    private static final Request SMALL = new Request("small", 1, 2, 500, 180, 8, 60);

    static Stream<Request> sizes() {
        return Stream.of(
                new Request("empty", 5, 1, 0, 0, 1, Request.MIN_DAYS),
                new Request("one-of-each", 6, 1, 1, 1, 1, Request.MIN_DAYS),
                new Request("tiny", 7, 3, 100, 40, 2, 10),
                SMALL,
                new Request("wide", 8, 9, 2000, 600, 20, 45),
                new Request("every-hub-with-gaps", 9, 5, 1500, 500, 16, 60, Destination.values().length,
                        ScenarioGenerator.clearancesAbroad(Destination.values().length)));
    }

    @Test
    void byDefaultTheDestinationsAreNigersHubs() {
        assertEquals(Destination.NIGER_HUBS,
                List.of(Destination.values()).subList(0, Request.NIGER_DESTINATIONS));
    }

    @Test
    void moreDestinationsBringTheirAirfieldsAndClearances() {
        ScenarioJson scenario = ScenarioGenerator.generate(
                new Request("hubs", 3, 3, 800, 300, 12, 60, 8, 0)).scenario();
        Set<String> codes = scenario.airfields().stream().map(a -> a.code()).collect(Collectors.toSet());
        assertTrue(codes.containsAll(Set.of("LGSA", "LIPA", "LEMO", "LTAG")), codes.toString());
        Set<String> countries = scenario.clearances().stream().map(c -> c.country()).collect(Collectors.toSet());
        assertTrue(countries.containsAll(Set.of("LY", "EG", "TR")), countries.toString());
        assertTrue(scenario.clearanceFreeCountries().contains("GR"));
    }

    @Test
    void aClearanceGapSplitsItsClearanceAroundDaysWithout() {
        ScenarioJson scenario = ScenarioGenerator.generate(
                new Request("gaps", 3, 2, 500, 180, 8, 60, Request.NIGER_DESTINATIONS, 2)).scenario();
        List<ClearanceJson> renewed = scenario.clearances().stream().filter(c -> c.id().endsWith("-2"))
                .filter(c -> !c.country().equals("XH")).toList();
        assertEquals(2, renewed.size());
        for (ClearanceJson second : renewed) {
            ClearanceJson first = scenario.clearances().stream()
                    .filter(c -> c.id().equals(second.id().replace("-2", "-1"))).findFirst().orElseThrow();
            long gapDays = (second.validFrom().getEpochSecond() - first.validTo().getEpochSecond()) / 86_400;
            assertTrue(gapDays >= 2 && gapDays <= 5, first.id() + " lapses for " + gapDays + " days");
        }
    }

    @Test
    void sameRequestGivesTheSameBytes() {
        assertEquals(json(SMALL), json(SMALL));
    }

    @Test
    void differentSeedsGiveDifferentScenarios() {
        Request otherSeed = new Request(SMALL.name(), 2, SMALL.airfields(), SMALL.personnel(), SMALL.cargo(),
                SMALL.aircraft(), SMALL.days());
        assertNotEquals(json(SMALL), json(otherSeed));
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void generatedScenariosPassValidation(Request request, @TempDir Path directory) throws Exception {
        Path file = directory.resolve(request.name() + ".json");
        Files.writeString(file, json(request));
        ScenarioValidator.read(file);
    }

    /**
     * Any request the options allow gives a scenario that passes validation: a week-long window with every clearance
     * gap once gave a gap that ended when its clearance closed, a day after the deadline, leaving the renewal
     * empty, and the command failed.
     */
    @Property(tries = 200, seed = "20261203")
    void everyAllowedRequestPassesValidation(@ForAll @LongRange(min = 1, max = 10_000) long seed,
            @ForAll @IntRange(min = Request.MIN_DAYS, max = 21) int days,
            @ForAll @IntRange(min = 1, max = 8) int destinations, @ForAll @IntRange(min = 1, max = 6) int airfields)
            throws Exception {
        Request request = new Request("any", seed, airfields, 300, 100, 3, days, destinations,
                ScenarioGenerator.clearancesAbroad(destinations));
        ScenarioValidator.validate(Path.of("any.json"), ScenarioGenerator.generate(request).scenario());
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void requestedCountsHold(Request request) {
        ScenarioJson scenario = ScenarioGenerator.generate(request).scenario();
        assertEquals(request.cargo(), scenario.cargo().size());
        assertEquals(request.personnel(), scenario.personnel().stream().mapToInt(PersonnelJson::count).sum());
        Set<String> hostCountries = scenario.airfields().stream().filter(a -> a.closesAt() != null)
                .map(a -> a.country()).collect(Collectors.toSet());
        assertEquals(Set.of("XH"), hostCountries);
        assertEquals(request.airfields(), scenario.airfields().stream().filter(a -> a.closesAt() != null).count());
        assertEquals(request.aircraft(), scenario.aircraft().size());
        assertEquals(Instant.parse("2025-03-03T00:00:00Z").plusSeconds(86_400L * request.days()),
                scenario.deadline());
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void unitGroupsHoldTwentyToFortyFivePeopleWhenTheBaseHasTwenty(Request request) {
        ScenarioJson scenario = ScenarioGenerator.generate(request).scenario();
        Map<String, Integer> peoplePerBase = scenario.personnel().stream()
                .collect(Collectors.groupingBy(PersonnelJson::origin, Collectors.summingInt(PersonnelJson::count)));
        for (PersonnelJson group : scenario.personnel()) {
            if (peoplePerBase.get(group.origin()) >= 20) {
                assertTrue(group.count() >= 20 && group.count() <= 45, group.id() + " has " + group.count());
            }
        }
    }

    @Test
    void theCargoHasNigersMixOfKinds() {
        ScenarioJson scenario = ScenarioGenerator.generate(SMALL).scenario();
        Set<String> kinds = scenario.cargo().stream().map(c -> c.id().split("-")[1]).collect(Collectors.toSet());
        assertEquals(Arrays.stream(CargoKind.values()).map(Enum::name).collect(Collectors.toSet()), kinds);
        Set<String> nigerCategories = NigerDataset.scenario().cargo().stream().map(CargoJson::category)
                .collect(Collectors.toSet());
        assertEquals(nigerCategories, scenario.cargo().stream().map(CargoJson::category).collect(Collectors.toSet()));
        assertTrue(scenario.cargo().stream().anyMatch(CargoJson::outsize));
        assertTrue(scenario.cargo().stream().anyMatch(c -> c.sensitive() && !c.passengerCompatible()));
        assertTrue(scenario.cargo().stream().anyMatch(c -> !c.mandatory() && c.valueUsd() > 0));
        // General pallets are about half of Niger's manifest, and stay so.
        long general = scenario.cargo().stream().filter(c -> c.category().equals("GENERAL")).count();
        assertTrue(general > 0.4 * SMALL.cargo() && general < 0.6 * SMALL.cargo(), general + " general pallets");
    }

    @Test
    void securityGroupsAreReadyAfterEveryOtherLoadOfTheirBase() {
        ScenarioJson scenario = ScenarioGenerator.generate(SMALL).scenario();
        List<PersonnelJson> security = scenario.personnel().stream().filter(PersonnelJson::security).toList();
        assertFalse(security.isEmpty());
        for (PersonnelJson guard : security) {
            Stream.concat(
                    scenario.cargo().stream().filter(c -> c.origin().equals(guard.origin())).map(CargoJson::readyAt),
                    scenario.personnel().stream().filter(p -> p.origin().equals(guard.origin()) && !p.security())
                            .map(PersonnelJson::readyAt))
                    .forEach(ready -> assertTrue(ready.isBefore(guard.readyAt()), guard.id()));
        }
    }

    @Test
    void theHostNationClearanceOpensAfterStartAndOtherCountriesNeedOneToo() {
        ScenarioJson scenario = ScenarioGenerator.generate(SMALL).scenario();
        ClearanceJson firstHost = scenario.clearances().stream().filter(c -> c.country().equals("XH"))
                .min((a, b) -> a.validFrom().compareTo(b.validFrom())).orElseThrow();
        assertTrue(firstHost.validFrom().isAfter(scenario.start()));
        assertTrue(scenario.clearances().stream().allMatch(c -> c.maxFlightsPerDay() != null));
        Set<String> destinationCountries = new HashSet<>();
        scenario.airfields().stream().filter(a -> a.closesAt() == null).forEach(a -> destinationCountries.add(
                a.country()));
        assertTrue(destinationCountries.containsAll(scenario.clearanceFreeCountries()));
        assertTrue(scenario.clearances().stream().anyMatch(c -> destinationCountries.contains(c.country())),
                "some destination needs a landing clearance");
    }

    @Test
    void aFleetTooSmallForTheLoadIsWarnedAbout() {
        assertEquals(List.of(), ScenarioGenerator.generate(SMALL).warnings());
        Request crowded = new Request("crowded", 1, 2, 500, 1800, 4, 30);
        List<String> warnings = ScenarioGenerator.generate(crowded).warnings();
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("may be infeasible"), warnings.get(0));
    }

    @Test
    void requestsOutsideTheBoundsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Request("x", 1, 0, 10, 10, 1, 30));
        assertThrows(IllegalArgumentException.class, () -> new Request("x", 1, 1, -1, 10, 1, 30));
        assertThrows(IllegalArgumentException.class, () -> new Request("x", 1, 1, 10, 10, 0, 30));
        assertThrows(IllegalArgumentException.class, () -> new Request("x", 1, 1, 10, 10, 1, Request.MIN_DAYS - 1));
        assertThrows(IllegalArgumentException.class, () -> new Request("x", 1, 1, 10, 10, 1, 30, 0, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new Request("x", 1, 1, 10, 10, 1, 30, Destination.values().length + 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new Request("x", 1, 1, 10, 10, 1, 30, 4,
                ScenarioGenerator.clearancesAbroad(4) + 1));
    }

    @Test
    void apportionSplitsTheWholeTotalInProportion() {
        assertArrayEquals(new int[] {3, 2, 1}, ScenarioGenerator.apportion(6, new int[] {3, 2, 1}));
        assertArrayEquals(new int[] {1, 1, 0}, ScenarioGenerator.apportion(2, new int[] {1, 1, 1}));
        assertArrayEquals(new int[] {0, 0}, ScenarioGenerator.apportion(0, new int[] {5, 7}));
    }

    private static String json(Request request) {
        return StrictJson.toJson(ScenarioGenerator.generate(request).scenario());
    }
}
