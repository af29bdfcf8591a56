package org.drawdown.io;

import java.nio.file.Path;
import java.util.List;

import org.drawdown.io.PlanJson.FlightJson;

/**
 * Reads a plan file and refuses it when its structure is broken: a missing field (absent or null), an empty id.
 * Whether the plan makes sense against its scenario (known ids, right figures, rules kept) is for the plan checker
 * to say; a plan that merely breaks rules is still a plan and must reach it.
 */
public final class PlanReader {

    private final Path file;

    private PlanReader(Path file) {
        this.file = file;
    }

    public static PlanJson read(Path file) throws InputException {
        PlanJson plan = StrictJson.read(file, PlanJson.class);
        new PlanReader(file).requireComplete(plan);
        return plan;
    }

    /**
     * Reads a plan of the given (validated) scenario: refuses a plan written for another scenario, which would only
     * break every rule, and times too far from the scenario's start for the model to count in minutes.
     */
    public static PlanJson readOf(Path file, ScenarioJson scenario, Path scenarioFile) throws InputException {
        PlanJson plan = read(file);
        if (!plan.scenario().equals(scenario.name())) {
            throw new InputException(file, "scenario", "the plan is for scenario \"" + plan.scenario() + "\", but "
                    + scenarioFile + " is scenario \"" + scenario.name() + "\"; give the plan with its own scenario");
        }
        ScenarioValidator.refuseBeyondReach(file, "", "replannedAt", plan.replannedAt(), scenario.start());
        for (FlightJson flight : plan.flights()) {
            String where = "flights \"" + flight.id() + "\"";
            ScenarioValidator.refuseBeyondReach(file, where, "departure", flight.departure(), scenario.start());
            ScenarioValidator.refuseBeyondReach(file, where, "arrival", flight.arrival(), scenario.start());
        }
        return plan;
    }

    private void requireComplete(PlanJson plan) throws InputException {
        require(plan.scenario(), "", "scenario");
        require(plan.score(), "", "score");
        require(plan.feasible(), "", "feasible");
        require(plan.totalCostUsd(), "", "totalCostUsd");
        require(plan.flights(), "", "flights");
        ids(plan.leftBehind(), "", "leftBehind");
        ids(plan.unassigned(), "", "unassigned");
        for (int i = 0; i < plan.flights().size(); i++) {
            FlightJson flight = plan.flights().get(i);
            String where = "flights[" + i + "]" + (flight.id() == null ? "" : " \"" + flight.id() + "\"");
            require(flight.id(), where, "id");
            require(flight.aircraft(), where, "aircraft");
            require(flight.origin(), where, "origin");
            require(flight.destination(), where, "destination");
            require(flight.departure(), where, "departure");
            require(flight.arrival(), where, "arrival");
            ids(flight.cargo(), where, "cargo");
            ids(flight.personnel(), where, "personnel");
            require(flight.payloadKg(), where, "payloadKg");
            require(flight.palletPositionsUsed(), where, "palletPositionsUsed");
            require(flight.passengers(), where, "passengers");
            require(flight.costUsd(), where, "costUsd");
        }
    }

    /** StrictJson refuses nulls inside lists already; an id may still be an empty string. */
    private void ids(List<String> ids, String where, String field) throws InputException {
        require(ids, where, field);
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i).isBlank()) {
                throw new InputException(file, (where.isEmpty() ? "" : where + ".") + field + "[" + i + "]",
                        "expected an id, found an empty string");
            }
        }
    }

    private void require(Object value, String where, String field) throws InputException {
        if (value == null) {
            throw new InputException(file, where, "missing required field \"" + field + "\" (absent or null)");
        }
        if (value instanceof String text && text.isBlank()) {
            throw new InputException(file, where, "field \"" + field + "\" must not be empty");
        }
    }
}
