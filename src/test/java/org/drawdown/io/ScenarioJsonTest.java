package org.drawdown.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.drawdown.domain.AircraftType;
import org.drawdown.domain.Airfield;
import org.drawdown.domain.Clearance;
import org.drawdown.domain.DrawdownPlan;
import org.drawdown.problem.ProblemFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioJsonTest {

    private static final Path SMALL = Path.of("src/test/resources/scenarios/small.json");
    private static final Path MINIMAL = Path.of("src/test/resources/scenarios/minimal.json");

    @TempDir
    Path temp;

    @Test
    void scenarioRoundTripsThroughItsFile() throws Exception {
        ScenarioJson read = StrictJson.read(SMALL, ScenarioJson.class);
        Path written = temp.resolve("again.json");
        OutputFiles.write(written, StrictJson.toJson(read));
        assertEquals(read, StrictJson.read(written, ScenarioJson.class));
    }

    @Test
    void planRoundTripsThroughItsFile() throws Exception {
        Path plan = temp.resolve("plan.json");
        org.drawdown.cli.DrawdownCommand.execute("solve", SMALL.toString(), "--move-limit", "2000", "--seed", "3",
                "--out", plan.toString(), "--quiet");
        PlanJson read = StrictJson.read(plan, PlanJson.class);
        Path written = temp.resolve("again.json");
        OutputFiles.write(written, StrictJson.toJson(read));
        assertEquals(read, StrictJson.read(written, PlanJson.class));
        assertEquals(Files.readString(plan), Files.readString(written));
    }

    /** minimal.json leaves out every field the contract gives a default. */
    @Test
    void everyDefaultedFieldGetsItsDefault() throws Exception {
        ScenarioJson scenario = ScenarioValidator.read(MINIMAL);
        assertEquals(0L, scenario.personDayCostUsd());
        assertEquals(0L, scenario.changeCostUsd());
        assertEquals(List.of(), scenario.clearanceFreeCountries());
        assertNull(scenario.airfields().get(0).closesAt(), "closesAt: none");
        assertEquals(List.of(), scenario.routes().get(0).overflies());
        assertNull(scenario.clearances().get(0).maxFlightsPerDay(), "maxFlightsPerDay: unlimited");
        assertEquals(List.of(), scenario.clearances().get(0).aircraftTypes(), "aircraftTypes: every type");
        assertNull(scenario.aircraftTypes().get(0).rangeNm(), "rangeNm: unlimited");
        assertEquals(false, scenario.aircraftTypes().get(0).outsize());
        ScenarioJson.CargoJson item = scenario.cargo().get(0);
        assertEquals(scenario.start(), item.readyAt());
        assertEquals(false, item.outsize());
        assertEquals(false, item.sensitive());
        assertEquals(true, item.passengerCompatible());
        assertEquals(true, item.mandatory());
        assertEquals(0L, item.valueUsd());
        ScenarioJson.PersonnelJson group = scenario.personnel().get(0);
        assertEquals(scenario.start(), group.readyAt());
        assertEquals(false, group.security());

        DrawdownPlan plan = ProblemFactory.build(scenario);
        assertEquals(Airfield.NEVER_CLOSES, plan.getAirfields().get(0).getClosesAtMinute());
        assertEquals(AircraftType.UNLIMITED_RANGE, plan.getAircraftTypes().get(0).getRangeNm());
        Clearance clearance = plan.getClearances().get(0);
        assertEquals(Clearance.UNLIMITED_FLIGHTS, clearance.getMaxFlightsPerDay());
        assertTrue(clearance.lists(plan.getAircraftTypes().get(0)));
        assertEquals(0, plan.getCargo().get(0).getReadyMinute());
    }
}
