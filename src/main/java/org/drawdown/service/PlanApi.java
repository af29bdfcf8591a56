package org.drawdown.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.drawdown.check.Breach;
import org.drawdown.check.CheckReport;
import org.drawdown.check.PlanChecker;
import org.drawdown.io.Durations;
import org.drawdown.io.InputException;
import org.drawdown.io.PlanJson;
import org.drawdown.io.ScenarioJson;
import org.drawdown.io.StrictJson;
import org.drawdown.report.AnalyzedPlan;
import org.drawdown.report.ExplainText;
import org.drawdown.report.PlanCsv;
import org.drawdown.report.ReportPage;
import org.drawdown.report.ScoreExplanation;
import org.drawdown.solver.SolverSettings;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The job API: plans submitted, watched, stopped, replanned and looked at, and sweeps of them. Requests are read,
 * and answers written, by the same readers, validators and writers as the command line's files.
 */
final class PlanApi {

    /** The largest request body taken: many times the largest scenario Drawdown plans. */
    static final int MAX_BODY_BYTES = 16 * 1024 * 1024;
    /** How long DELETE waits for the replica that solves the job to stop it and save its best plan. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);
    /** How messages name what came in a request: the command line names the file. */
    private static final Path REQUEST_BODY = Path.of("request body");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JobStore store;
    private final JobQueue queue;

    PlanApi(JobStore store, JobQueue queue) {
        this.store = store;
        this.queue = queue;
    }

    void addRoutes(RoutesConfig routes) {
        routes.post("/plans", this::submit);
        routes.get("/plans", ctx -> json(ctx, list(store.jobs())));
        routes.get("/plans/{id}", ctx -> json(ctx, view(job(ctx), true)));
        routes.get("/plans/{id}/status", ctx -> json(ctx, view(job(ctx), false)));
        routes.delete("/plans/{id}", this::stop);
        routes.get("/plans/{id}/report", this::report);
        routes.get("/plans/{id}/explain", this::explain);
        routes.get("/plans/{id}/check", this::check);
        routes.get("/plans/{id}/csv", this::csv);
        routes.post("/plans/{id}/replan", this::replan);
        routes.post("/sweeps", this::submitSweep);
        routes.get("/sweeps/{id}", this::sweep);
    }

    // ************************************************************************
    // Plans
    // ************************************************************************

    private void submit(Context ctx) {
        ScenarioJson scenario = scenario(REQUEST_BODY, body(ctx));
        String scenarioId = store.addScenario(scenario.name(), new String(body(ctx), StandardCharsets.UTF_8));
        String id = queue.submit(new JobStore.NewJob(scenarioId, timeLimit(ctx.queryParam("timeLimit")).toMillis(),
                seed(ctx.queryParam("seed")), config(ctx.queryParam("config")), null, null, null));
        accepted(ctx, "/plans/" + id, JSON.createObjectNode().put("id", id));
    }

    private void stop(Context ctx) throws InterruptedException {
        PlanJob job = job(ctx);
        store.requestStop(job.id());
        long deadline = System.nanoTime() + STOP_WAIT.toNanos();
        PlanJob now = store.job(job.id()).orElseThrow();
        while (!now.status().finished() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            now = store.job(job.id()).orElseThrow();
        }
        json(ctx, view(now, false));
    }

    private void replan(Context ctx) {
        PlanJob previous = withPlan(job(ctx));
        ScenarioJson scenario = scenario(REQUEST_BODY, body(ctx));
        ScenarioJson before = scenarioOf(previous);
        if (!scenario.name().equals(before.name())) {
            throw ApiError.badRequest(REQUEST_BODY + ": scenario: the plan is for scenario \"" + before.name()
                    + "\", but the request body is scenario \"" + scenario.name()
                    + "\"; give the plan's own scenario, changed");
        }
        String nowText = ctx.queryParam("now");
        if (nowText == null) {
            throw ApiError.badRequest("now: missing; the current time, UTC on the slot grid, e.g. "
                    + scenario.start());
        }
        Instant now = parse("now", nowText, StrictJson::parseUtcInstant);
        long minute = Duration.between(scenario.start(), now).toMinutes();
        if (minute < 0 || now.isAfter(scenario.deadline()) || minute % scenario.slotMinutes() != 0) {
            throw ApiError.badRequest("now: " + now + " must lie on the scenario's slot grid: "
                    + scenario.slotMinutes() + "-minute steps from " + scenario.start() + " to its deadline");
        }
        String scenarioId = store.addScenario(scenario.name(), new String(body(ctx), StandardCharsets.UTF_8));
        String id = queue.submit(new JobStore.NewJob(scenarioId, timeLimit(ctx.queryParam("timeLimit")).toMillis(),
                seed(ctx.queryParam("seed")), config(ctx.queryParam("config")), previous.id(), now, null));
        accepted(ctx, "/plans/" + id, JSON.createObjectNode().put("id", id).put("previous", previous.id()));
    }

    private void report(Context ctx) throws InputException {
        PlanJob job = withPlan(job(ctx));
        ScenarioJson scenario = scenarioOf(job);
        AnalyzedPlan before = null;
        if (job.previousId() != null) {
            PlanJob previous = store.job(job.previousId()).orElseThrow();
            before = AnalyzedPlan.of(scenario, Payloads.planName(previous.id()),
                    Payloads.storedPlan(previous.id(), previous.plan()));
        }
        ctx.html(ReportPage.render(analyzed(job, scenario), before));
    }

    private void explain(Context ctx) throws InputException {
        PlanJob job = withPlan(job(ctx));
        AnalyzedPlan plan = analyzed(job, scenarioOf(job));
        ArrayNode constraints = JSON.createArrayNode();
        for (ScoreExplanation.ConstraintTotal total : ScoreExplanation.of(plan, ExplainText.MATCHES_SHOWN)) {
            ObjectNode constraint = constraints.addObject().put("constraint", total.constraint().id());
            if (total.constraint().isRule()) {
                constraint.put("rule", total.constraint().rule());
            }
            constraint.put("unit", total.constraint().unit()).put("score", total.score().toString())
                    .put("matchCount", total.matchCount()).put("broken", total.broken())
                    .put("amount", total.amount());
            ArrayNode matches = constraint.putArray("worstMatches");
            for (ScoreExplanation.Match match : total.worstMatches()) {
                ObjectNode entry = matches.addObject().put("score", match.score().toString())
                        .put("subject", match.subject());
                match.flightIds().forEach(entry.putArray("flights")::add);
                match.loads().forEach(entry.putArray("loads")::add);
            }
        }
        ObjectNode answer = JSON.createObjectNode().put("id", job.id()).put("score", plan.score().toString())
                .put("feasible", plan.feasible());
        answer.set("constraints", constraints);
        json(ctx, answer);
    }

    private void check(Context ctx) {
        PlanJob job = withPlan(job(ctx));
        ScenarioJson scenario = scenarioOf(job);
        PlanJson plan = Payloads.storedPlan(job.id(), job.plan());
        CheckReport report = job.previousId() == null ? PlanChecker.check(scenario, plan)
                : PlanChecker.check(scenario, plan, new PlanChecker.Replanning(job.now(),
                        Payloads.storedPlan(job.previousId(), store.job(job.previousId()).orElseThrow().plan())));
        ObjectNode answer = JSON.createObjectNode().put("id", job.id()).put("passed", report.passed())
                .put("verdict", report.verdict());
        ArrayNode breaches = answer.putArray("breaches");
        for (Breach breach : report.breaches()) {
            breaches.addObject().put("category", Breach.category(breach.rule())).put("subject", breach.subject())
                    .put("message", breach.message()).put("expected", breach.expected())
                    .put("found", breach.found()).put("line", breach.line());
        }
        json(ctx, answer);
    }

    private void csv(Context ctx) throws InputException {
        PlanJob job = withPlan(job(ctx));
        String table = ctx.queryParam("table") == null ? "flights" : ctx.queryParam("table");
        AnalyzedPlan plan = analyzed(job, scenarioOf(job));
        String csv = switch (table) {
            case "flights" -> PlanCsv.flights(plan);
            case "loads" -> PlanCsv.loads(plan);
            default -> throw ApiError.badRequest("table: unknown table \"" + table + "\"; choose flights or loads");
        };
        ctx.contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + table + "-" + job.id() + ".csv\"")
                .result(csv);
    }

    // ************************************************************************
    // Sweeps
    // ************************************************************************

    /**
     * A sweep: {"scenarios": [scenario, ...], "configs": ["default", "greedy"], "seeds": [1, 2], "timeLimit":
     * "10s"}, every combination a job of its own.
     */
    private void submitSweep(Context ctx) {
        JsonNode request = readTree(body(ctx));
        List<String> known = List.of("scenarios", "configs", "seeds", "timeLimit");
        request.fieldNames().forEachRemaining(field -> {
            if (!known.contains(field)) {
                throw ApiError.badRequest(REQUEST_BODY + ": unknown field \"" + field + "\"; a sweep has "
                        + String.join(", ", known));
            }
        });
        JsonNode scenarioNodes = request.path("scenarios");
        if (!scenarioNodes.isArray() || scenarioNodes.isEmpty()) {
            throw ApiError.badRequest(REQUEST_BODY + ": scenarios: expected a list of one or more scenarios");
        }
        List<String> scenarioIds = new ArrayList<>();
        for (int i = 0; i < scenarioNodes.size(); i++) {
            byte[] json = scenarioNodes.get(i).toString().getBytes(StandardCharsets.UTF_8);
            ScenarioJson scenario = scenario(Path.of(REQUEST_BODY + ": scenarios[" + i + "]"), json);
            scenarioIds.add(store.addScenario(scenario.name(), new String(json, StandardCharsets.UTF_8)));
        }
        List<SolverChoice> configs = new ArrayList<>();
        for (JsonNode config : list(request, "configs", JsonNode::isTextual, "a configuration name", "default")) {
            configs.add(config(config.asText()));
        }
        List<Long> seeds = new ArrayList<>();
        for (JsonNode seed : list(request, "seeds", JsonNode::canConvertToLong, "a whole number", null)) {
            seeds.add(seed.isNull() ? null : seed.asLong());
        }
        JsonNode limitNode = request.path("timeLimit");
        if (!limitNode.isMissingNode() && !limitNode.isTextual()) {
            throw ApiError.badRequest(REQUEST_BODY + ": timeLimit: expected a duration such as \"10s\"");
        }
        long timeLimitMillis = timeLimit(limitNode.isTextual() ? limitNode.asText() : null).toMillis();
        String sweepId = store.addSweep();
        ArrayNode jobs = JSON.createArrayNode();
        for (String scenarioId : scenarioIds) {
            for (SolverChoice config : configs) {
                for (Long seed : seeds) {
                    jobs.add(queue.submit(new JobStore.NewJob(scenarioId, timeLimitMillis, seed, config, null, null,
                            sweepId)));
                }
            }
        }
        ObjectNode answer = JSON.createObjectNode().put("id", sweepId);
        answer.set("jobs", jobs);
        accepted(ctx, "/sweeps/" + sweepId, answer);
    }

    /** The sweep's jobs, and once every one has finished, the comparison table. */
    private void sweep(Context ctx) {
        String id = ctx.pathParam("id");
        if (!store.sweepExists(id)) {
            throw ApiError.notFound("sweep " + id + ": no such sweep");
        }
        List<PlanJob> jobs = store.jobsOfSweep(id);
        boolean finished = jobs.stream().allMatch(job -> job.status().finished());
        ObjectNode answer = JSON.createObjectNode().put("id", id).put("finished", finished);
        answer.set("jobs", list(jobs));
        if (finished) {
            ArrayNode table = answer.putArray("table");
            for (PlanJob job : jobs) {
                ObjectNode row = table.addObject().put("scenario", scenarioOf(job).name()).put("config",
                        job.config().label());
                putNullable(row, "seed", job.seed());
                row.put("job", job.id()).put("status", job.status().name());
                putNullable(row, "feasible", job.feasible());
                putNullable(row, "bestCostUsd", job.costUsd());
                putNullable(row, "boundUsd", job.boundUsd());
                if (job.costUsd() != null && job.boundUsd() != null && job.boundUsd() > 0) {
                    row.put("gapToBound", (double) (job.costUsd() - job.boundUsd()) / job.boundUsd());
                }
                putNullable(row, "movesPerSecond", job.movesPerSecond());
            }
        }
        json(ctx, answer);
    }

    private static List<JsonNode> list(JsonNode request, String field, java.util.function.Predicate<JsonNode> valid,
            String expected, Object absent) {
        JsonNode node = request.path(field);
        if (node.isMissingNode()) {
            return List.of(absent == null ? JSON.nullNode() : JSON.valueToTree(absent));
        }
        if (!node.isArray() || node.isEmpty()) {
            throw ApiError.badRequest(REQUEST_BODY + ": " + field + ": expected a list of one or more");
        }
        List<JsonNode> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            if (!valid.test(node.get(i))) {
                throw ApiError.badRequest(REQUEST_BODY + ": " + field + "[" + i + "]: expected " + expected
                        + ", found " + node.get(i));
            }
            values.add(node.get(i));
        }
        return values;
    }

    // ************************************************************************
    // Reading requests
    // ************************************************************************

    /** The request body, refused with 413 over {@link #MAX_BODY_BYTES}; read once, kept for the request. */
    static byte[] body(Context ctx) {
        byte[] cached = ctx.attribute("drawdown.body");
        if (cached != null) {
            return cached;
        }
        long declared = ctx.contentLength();
        if (declared > MAX_BODY_BYTES) {
            throw new ApiError(413, tooLarge());
        }
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                throw new ApiError(413, tooLarge());
            }
            ctx.attribute("drawdown.body", body);
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tooLarge() {
        return REQUEST_BODY + ": over the limit of " + MAX_BODY_BYTES / (1024 * 1024) + " MiB";
    }

    private static ScenarioJson scenario(Path name, byte[] json) {
        try {
            return Payloads.scenario(name, json);
        } catch (InputException e) {
            throw ApiError.badRequest(e.getMessage());
        }
    }

    private static JsonNode readTree(byte[] body) {
        try {
            JsonNode tree = JSON.readTree(body);
            if (tree == null || !tree.isObject()) {
                throw ApiError.badRequest(REQUEST_BODY + ": expected a JSON object");
            }
            return tree;
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest(REQUEST_BODY + ": broken JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Duration timeLimit(String text) {
        if (text == null) {
            return SolverSettings.DEFAULT_TIME_LIMIT;
        }
        Duration limit = parse("timeLimit", text, Durations::parse);
        if (limit.isNegative() || limit.isZero()) {
            throw ApiError.badRequest("timeLimit: must be positive, found " + text);
        }
        return limit;
    }

    private static Long seed(String text) {
        return text == null ? null : parse("seed", text, Long::valueOf);
    }

    private static SolverChoice config(String text) {
        return text == null ? SolverChoice.DEFAULT : parse("config", text, SolverChoice::named);
    }

    private static <T> T parse(String parameter, String text, java.util.function.Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (NumberFormatException e) {
            throw ApiError.badRequest(parameter + ": expected a whole number, found \"" + text + "\"");
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(parameter + ": " + e.getMessage());
        }
    }

    private PlanJob job(Context ctx) {
        String id = ctx.pathParam("id");
        return store.job(id).orElseThrow(() -> ApiError.notFound("plan " + id + ": no such job"));
    }

    private static PlanJob withPlan(PlanJob job) {
        if (job.plan() == null) {
            throw ApiError.conflict("plan " + job.id() + ": no plan yet; the job is " + job.status());
        }
        return job;
    }

    private ScenarioJson scenarioOf(PlanJob job) {
        return Payloads.storedScenario(job.scenarioId(), store.scenarioBody(job.scenarioId()));
    }

    private static AnalyzedPlan analyzed(PlanJob job, ScenarioJson scenario) throws InputException {
        return AnalyzedPlan.of(scenario, Payloads.planName(job.id()), Payloads.storedPlan(job.id(), job.plan()));
    }

    // ************************************************************************
    // Writing answers
    // ************************************************************************

    private static ArrayNode list(List<PlanJob> jobs) {
        ArrayNode list = JSON.createArrayNode();
        jobs.forEach(job -> list.add(view(job, false)));
        return list;
    }

    /** A job as the API shows it; with its plan in the plan-file format when asked. */
    static ObjectNode view(PlanJob job, boolean withPlan) {
        ObjectNode view = JSON.createObjectNode().put("id", job.id()).put("status", job.status().name());
        view.put("score", job.score());
        putNullable(view, "feasible", job.feasible());
        putNullable(view, "totalCostUsd", job.costUsd());
        putNullable(view, "lowerBoundUsd", job.boundUsd());
        view.put("config", job.config().label());
        putNullable(view, "seed", job.seed());
        view.put("timeLimitMillis", job.timeLimitMillis()).put("spentMillis", job.spentMillis());
        putNullable(view, "movesPerSecond", job.movesPerSecond());
        putNullable(view, "previous", job.previousId());
        putNullable(view, "now", job.now() == null ? null : job.now().toString());
        putNullable(view, "sweep", job.sweepId());
        putNullable(view, "error", job.error());
        view.put("createdAt", job.createdAt().toString()).put("updatedAt", job.updatedAt().toString());
        if (withPlan) {
            view.set("plan", job.plan() == null ? JSON.nullNode() : parsedPlan(job.plan()));
        }
        return view;
    }

    private static JsonNode parsedPlan(String plan) {
        try {
            return JSON.readTree(plan);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The service writes plans as JSON", e);
        }
    }

    private static void putNullable(ObjectNode node, String field, Object value) {
        if (value != null) {
            node.set(field, JSON.valueToTree(value));
        }
    }

    private static void accepted(Context ctx, String location, ObjectNode answer) {
        ctx.status(202).header("Location", URI.create(location).toString());
        json(ctx, answer);
    }

    static void json(Context ctx, JsonNode answer) {
        ctx.contentType("application/json").result(answer.toString());
    }

    static ObjectNode status(String status) {
        return JSON.createObjectNode().put("status", status);
    }

    static ObjectNode error(String message) {
        return JSON.createObjectNode().put("error", message);
    }
}
