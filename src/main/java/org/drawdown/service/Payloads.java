package org.drawdown.service;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.drawdown.io.InputException;
import org.drawdown.io.PlanJson;
import org.drawdown.io.ScenarioJson;
import org.drawdown.io.ScenarioValidator;
import org.drawdown.io.StrictJson;

/** Scenarios and plans as the service receives and stores them: JSON text read as the command line reads files. */
final class Payloads {

    private Payloads() {
    }

    /** A scenario, refused as a scenario file would be, the message naming it {@code name}. */
    static ScenarioJson scenario(Path name, byte[] json) throws InputException {
        return ScenarioValidator.validate(name, StrictJson.read(name, json, ScenarioJson.class));
    }

    /** A scenario the service stored, which passed validation when it came in. */
    static ScenarioJson storedScenario(String scenarioId, String json) {
        try {
            return scenario(Path.of("scenario " + scenarioId), json.getBytes(StandardCharsets.UTF_8));
        } catch (InputException e) {
            throw new IllegalStateException("A stored scenario was validated when it was submitted", e);
        }
    }

    /** A plan the service wrote itself. */
    static PlanJson storedPlan(String jobId, String json) {
        try {
            return StrictJson.read(planName(jobId), json.getBytes(StandardCharsets.UTF_8), PlanJson.class);
        } catch (InputException e) {
            throw new IllegalStateException("The service writes plans in the plan-file format", e);
        }
    }

    /** How messages and reports name the plan of a job. */
    static Path planName(String jobId) {
        return Path.of("plan " + jobId);
    }
}
