package org.drawdown.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import org.drawdown.check.PlanChecker;
import org.drawdown.io.InputException;
import org.drawdown.io.PlanJson;
import org.drawdown.io.ScenarioJson;
import org.drawdown.io.ScenarioValidator;
import org.drawdown.io.StrictJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** One replica on the embedded database, driven through its API as a client would. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceApiTest {

    private static final Path BAD_SCENARIOS = Path.of("src/test/resources/bad-input/scenarios");
    private static final Duration SOLVED = Duration.ofSeconds(90);

    private DrawdownService service;
    private ApiClient api;

    @BeforeAll
    void start(@TempDir Path dataDirectory) {
        service = DrawdownService.start(new ServiceSettings(0, null, dataDirectory, 2, ApiClient.TOKEN,
                "api-test", Duration.ofSeconds(5), null));
        api = new ApiClient(service.port());
    }

    @AfterAll
    void stop() {
        service.close();
    }

    @Test
    void healthNeedsNoTokenAndEverythingElseDoes() {
        assertEquals(200, api.getWithout("/health", null).statusCode());
        assertEquals(200, api.getWithout("/health/ready", null).statusCode());
        for (String path : List.of("/plans", "/openapi.json", "/metrics", "/sweeps/x")) {
            HttpResponse<String> without = api.getWithout(path, null);
            assertEquals(401, without.statusCode(), path);
            assertEquals("Bearer", without.headers().firstValue("WWW-Authenticate").orElse(""));
            assertEquals(401, api.getWithout(path, "Bearer wrong-" + ApiClient.TOKEN).statusCode(), path);
        }
        JsonNode openApi = api.json("/openapi.json");
        assertTrue(openApi.get("paths").has("/plans/{id}/replan"), openApi.get("paths").toString());
        String metrics = api.get("/metrics").body();
        assertTrue(metrics.contains("drawdown_jobs{status=\"queued\"}"), metrics);
        assertTrue(metrics.contains("drawdown_replica_moves_per_second"), metrics);
    }

    /** Every scenario the command line refuses gets 400 with the command line's line, the body named for the file. */
    @Test
    void refusedScenariosGetTheCommandLinesMessage() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(BAD_SCENARIOS)) {
            files = listing.sorted().toList();
        }
        assertFalse(files.isEmpty());
        for (Path file : files) {
            String expected;
            try {
                ScenarioValidator.read(file);
                throw new AssertionError(file + " is accepted by the command line");
            } catch (InputException e) {
                expected = "request body" + e.getMessage().substring(file.toString().length());
            }
            HttpResponse<String> response = api.post("/plans", file);
            assertEquals(400, response.statusCode(), file + ": " + response.body());
            assertEquals(expected, ApiClient.json(response).get("error").asText(), file.toString());
        }
    }

    @Test
    void badParametersOversizedBodiesAndUnknownIdsAreRefused() throws IOException {
        assertEquals("timeLimit: '5x' is not a duration such as 30s, 500ms, 2m, 1h or PT30S",
                error(api.post("/plans?timeLimit=5x", ApiClient.MINIMAL), 400));
        assertEquals("seed: expected a whole number, found \"one\"",
                error(api.post("/plans?seed=one", ApiClient.MINIMAL), 400));
        assertEquals("config: unknown solver configuration \"fancy\"; choose default or greedy",
                error(api.post("/plans?config=fancy", ApiClient.MINIMAL), 400));
        String oversized = api.rawAnswerToDeclaredBody("/plans", PlanApi.MAX_BODY_BYTES + 1);
        assertTrue(oversized.startsWith("HTTP/1.1 413 "), oversized);
        assertTrue(oversized.contains("{\"error\":\"request body: over the limit of 16 MiB\"}"), oversized);
        assertEquals("plan nope: no such job", error(api.get("/plans/nope"), 404));
        assertEquals("plan nope: no such job", error(api.get("/plans/nope/report"), 404));
        assertEquals("plan nope: no such job", error(api.delete("/plans/nope"), 404));
        assertEquals("sweep nope: no such sweep", error(api.get("/sweeps/nope"), 404));
        assertEquals(400, api.post("/sweeps", "{\"scenarios\": []}".getBytes()).statusCode());
    }

    /** A solved plan passes the independent check; the report, CSV and explanation are there; a replan links. */
    @Test
    void solvedPlanPassesCheckAndReplansFromIt() throws Exception {
        String id = api.submit("/plans?timeLimit=2s&seed=7", ApiClient.SMALL);
        JsonNode done = api.await("/plans/" + id, ApiClient::finished, SOLVED);
        assertEquals("DONE", done.get("status").asText(), done.toString());
        ScenarioJson scenario = ScenarioValidator.read(ApiClient.SMALL);
        PlanJson plan = plan(done);
        assertTrue(PlanChecker.check(scenario, plan).passed(), done.toString());
        assertEquals(plan.score(), done.get("score").asText());
        assertTrue(api.json("/plans/" + id + "/check").get("passed").asBoolean());
        assertFalse(api.json("/plans/" + id + "/status").has("plan"));
        assertTrue(api.get("/plans/" + id + "/report").body().contains("small"));
        assertTrue(api.get("/plans/" + id + "/csv").body().startsWith("flight,"));
        assertTrue(api.get("/plans/" + id + "/csv?table=loads").body().startsWith("load,"));
        JsonNode explanation = api.json("/plans/" + id + "/explain");
        assertEquals(plan.score(), explanation.get("score").asText());
        assertTrue(explanation.get("constraints").size() > 10, explanation.toString());

        String now = scenario.start().plus(Duration.ofDays(2)).toString();
        HttpResponse<String> replanned = api.post("/plans/" + id + "/replan?timeLimit=2s&now=" + now,
                ApiClient.SMALL);
        assertEquals(202, replanned.statusCode(), replanned.body());
        String replanId = ApiClient.json(replanned).get("id").asText();
        JsonNode replan = api.await("/plans/" + replanId, ApiClient::finished, SOLVED);
        assertEquals("DONE", replan.get("status").asText(), replan.toString());
        assertEquals(id, replan.get("previous").asText());
        assertTrue(PlanChecker.check(scenario, plan(replan), new PlanChecker.Replanning(
                scenario.start().plus(Duration.ofDays(2)), plan)).passed());
        assertTrue(api.json("/plans/" + replanId + "/check").get("passed").asBoolean());
    }

    @Test
    void deleteStopsTheSearchAndKeepsTheBestPlan() throws Exception {
        String id = api.submit("/plans?timeLimit=10m", ApiClient.SMALL);
        api.await("/plans/" + id + "/status", job -> job.has("score") && !job.get("score").isNull(), SOLVED);
        HttpResponse<String> stopped = api.delete("/plans/" + id);
        assertEquals(200, stopped.statusCode());
        assertEquals("STOPPED", ApiClient.json(stopped).get("status").asText(), stopped.body());
        JsonNode job = api.json("/plans/" + id);
        assertTrue(PlanChecker.check(ScenarioValidator.read(ApiClient.SMALL), plan(job)).passed());
        assertTrue(job.get("spentMillis").asLong() < Duration.ofMinutes(10).toMillis());
    }

    @Test
    void sweepGivesTheComparisonTableWhenEveryJobHasFinished() throws Exception {
        String scenario = Files.readString(ApiClient.SMALL);
        HttpResponse<String> submitted = api.post("/sweeps", ("{\"scenarios\": [" + scenario
                + "], \"configs\": [\"default\", \"greedy\"], \"seeds\": [3], \"timeLimit\": \"1s\"}").getBytes());
        assertEquals(202, submitted.statusCode(), submitted.body());
        String id = ApiClient.json(submitted).get("id").asText();
        assertEquals(2, ApiClient.json(submitted).get("jobs").size());
        JsonNode sweep = api.await("/sweeps/" + id, answer -> answer.get("finished").asBoolean(), SOLVED);
        JsonNode table = sweep.get("table");
        assertEquals(2, table.size(), sweep.toString());
        for (JsonNode row : table) {
            assertEquals("small", row.get("scenario").asText());
            assertTrue(row.get("bestCostUsd").asLong() >= row.get("boundUsd").asLong(), row.toString());
            assertTrue(row.get("gapToBound").asDouble() >= 0, row.toString());
            assertTrue(row.has("movesPerSecond"), row.toString());
        }
        assertEquals(List.of("default", "greedy"), List.of(table.get(0).get("config").asText(),
                table.get(1).get("config").asText()));
    }

    private static String error(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        return ApiClient.json(response).get("error").asText();
    }

    static PlanJson plan(JsonNode job) throws InputException {
        return StrictJson.read(Path.of("plan"), job.get("plan").toString().getBytes(), PlanJson.class);
    }
}
