package org.drawdown.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Map;

import org.jobrunr.configuration.JobRunr;
import org.jobrunr.scheduling.JobRequestScheduler;
import org.jobrunr.server.BackgroundJobServerConfiguration;
import org.jobrunr.storage.sql.common.SqlStorageProviderFactory;

import io.javalin.Javalin;
import io.javalin.http.Context;

/**
 * One replica of {@code drawdown serve}: the job API on Javalin, the jobs run by JobRunr over the shared database,
 * at most {@link ServiceSettings#maxSolving()} at once here. Replicas share nothing but the database.
 */
public final class DrawdownService implements AutoCloseable {

    private final Database database;
    private final SolveJobHandler handler;
    private final Javalin server;

    private DrawdownService(Database database, SolveJobHandler handler, Javalin server) {
        this.database = database;
        this.handler = handler;
        this.server = server;
    }

    /** Opens the database, joins the replicas' JobRunr cluster and starts answering on the port. */
    public static DrawdownService start(ServiceSettings settings) {
        Database database = Database.open(settings.databaseUrl(), settings.dataDirectory());
        JobStore store = new JobStore(database.dataSource());
        SolveJobHandler handler = new SolveJobHandler(store, settings.replica());
        JobRequestScheduler scheduler = JobRunr.configure()
                .useJobActivator(new Activator(handler))
                .useStorageProvider(SqlStorageProviderFactory.using(database.dataSource()))
                .useBackgroundJobServer(BackgroundJobServerConfiguration.usingStandardBackgroundJobServerConfiguration()
                        .andName(settings.replica())
                        .andWorkerCount(settings.maxSolving())
                        .andPollInterval(settings.pollInterval()))
                .useDashboardIf(settings.dashboardPort() != null,
                        settings.dashboardPort() == null ? 0 : settings.dashboardPort())
                .initialize()
                .getJobRequestScheduler();
        PlanApi api = new PlanApi(store, new JobQueue(store, scheduler));
        byte[] token = settings.token().getBytes(StandardCharsets.UTF_8);
        String openApi = resource("openapi.json");
        Javalin server = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = PlanApi.MAX_BODY_BYTES;
            WebPage.addTo(config);
            config.routes.before(ctx -> authorize(ctx, token));
            config.routes.get("/health", ctx -> PlanApi.json(ctx, PlanApi.status("UP")));
            config.routes.get("/health/ready", ctx -> ready(ctx, database));
            config.routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
            config.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                    .result(metrics(store.countByStatus(), handler)));
            api.addRoutes(config.routes);
            config.routes.exception(ApiError.class, (e, ctx) -> ctx.status(e.status())
                    .contentType("application/json").result(PlanApi.error(e.getMessage()).toString()));
            config.routes.exception(JobStore.DatabaseException.class, (e, ctx) -> ctx.status(503)
                    .contentType("application/json")
                    .result(PlanApi.error("the database does not answer: " + e.getMessage()).toString()));
        }).start(settings.port());
        return new DrawdownService(database, handler, server);
    }

    public int port() {
        return server.port();
    }

    public String database() {
        return database.describe();
    }

    /** Stops the searches here, keeping their best plans for the replica that takes them over, then the rest. */
    @Override
    public void close() {
        handler.shutDown();
        server.stop();
        JobRunr.destroy();
        database.close();
    }

    /** Every path but the health checks and the web page's files needs the bearer token, compared in constant time. */
    private static void authorize(Context ctx, byte[] token) {
        if (ctx.path().equals("/health") || ctx.path().startsWith("/health/") || WebPage.isPublic(ctx.path())) {
            return;
        }
        String header = ctx.header("Authorization");
        byte[] given = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? header.substring(7).trim().getBytes(StandardCharsets.UTF_8) : new byte[0];
        if (!MessageDigest.isEqual(given, token)) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiError(401, "missing or wrong bearer token: send \"Authorization: Bearer TOKEN\"");
        }
    }

    private static void ready(Context ctx, Database database) {
        boolean answers = database.answers();
        ctx.status(answers ? 200 : 503);
        PlanApi.json(ctx, PlanApi.status(answers ? "READY" : "DATABASE DOWN"));
    }

    /** Prometheus' text format: jobs by status over all replicas, and this replica's searches. */
    static String metrics(Map<JobStatus, Integer> jobs, SolveJobHandler handler) {
        StringBuilder text = new StringBuilder();
        text.append("# HELP drawdown_jobs Jobs by status, over all replicas.\n# TYPE drawdown_jobs gauge\n");
        jobs.forEach((status, count) -> text.append("drawdown_jobs{status=\"")
                .append(status.name().toLowerCase(Locale.ROOT)).append("\"} ").append(count).append('\n'));
        text.append("# HELP drawdown_replica_solving Jobs this replica solves now.\n")
                .append("# TYPE drawdown_replica_solving gauge\n")
                .append("drawdown_replica_solving ").append(handler.solving()).append('\n');
        text.append("# HELP drawdown_replica_moves_per_second Move evaluations per second of this replica's"
                + " searches, added up.\n")
                .append("# TYPE drawdown_replica_moves_per_second gauge\n")
                .append("drawdown_replica_moves_per_second ").append(handler.movesPerSecond()).append('\n');
        return text.toString();
    }

    private static String resource(String name) {
        try (InputStream in = DrawdownService.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Hands JobRunr this replica's handler. */
    private record Activator(SolveJobHandler handler) implements org.jobrunr.server.JobActivator {
        @Override
        public <T> T activateJob(Class<T> type) {
            return type.cast(handler);
        }
    }
}
