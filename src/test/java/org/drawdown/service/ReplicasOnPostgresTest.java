package org.drawdown.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import org.drawdown.check.PlanChecker;
import org.drawdown.io.ScenarioJson;
import org.drawdown.io.ScenarioValidator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Three {@code drawdown serve} processes on one real PostgreSQL, thirty jobs submitted to them in turn, one replica
 * killed with SIGKILL while it solves: every job must end DONE with a plan that passes the checker, none may have
 * been solved by two replicas at once (the record of executions says), and the killed replica's jobs must have been
 * taken over from their saved plans. Runs when DRAWDOWN_TEST_POSTGRES_URL names a database whose user may create
 * databases (.ci/run starts Debian's PostgreSQL for it); DRAWDOWN_REQUIRE_POSTGRES=1 makes a missing one a failure.
 */
class ReplicasOnPostgresTest {

    private static final int REPLICAS = 3;
    private static final int JOBS = 30;
    private static final int MAX_SOLVING = 2;
    private static final Pattern SERVING = Pattern.compile("Drawdown serves on http://localhost:(\\d+)");

    /** The replicas' output, kept for a look after a failure. */
    private final Path logs = Path.of("target", "service-replicas");

    private final List<Process> replicas = new ArrayList<>();
    private String serverUrl;
    private String databaseName;

    @Test
    void thirtyJobsOnThreeReplicasSurviveOneKilled() throws Exception {
        String databaseUrl = throwawayDatabase();
        List<ApiClient> clients = new ArrayList<>();
        for (int i = 0; i < REPLICAS; i++) {
            replicas.add(startReplica("replica-" + i, databaseUrl));
        }
        for (int i = 0; i < REPLICAS; i++) {
            clients.add(new ApiClient(portOf(i)));
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < JOBS; i++) {
            ids.add(clients.get(i % REPLICAS).submit("/plans?timeLimit=3s&seed=" + i, ApiClient.SMALL));
        }

        try (Database database = Database.open(databaseUrl, null)) {
            JobStore store = new JobStore(database.dataSource());
            awaitSolvingWithSavedPlan(store, "replica-0");
            replicas.get(0).destroyForcibly().waitFor();
            Instant killedAt = Instant.now();

            ScenarioJson scenario = ScenarioValidator.read(ApiClient.SMALL);
            for (int i = 0; i < JOBS; i++) {
                ApiClient survivor = clients.get(1 + i % (REPLICAS - 1));
                JsonNode job = survivor.await("/plans/" + ids.get(i), ApiClient::finished, Duration.ofMinutes(4));
                assertEquals("DONE", job.get("status").asText(), job.toString());
                assertTrue(PlanChecker.check(scenario, ServiceApiTest.plan(job)).passed(), job.toString());
            }
            assertOneReplicaAtATime(store.executions(), killedAt);
        }
    }

    /** Per job, each execution ended before the next began, but the killed replica's, which ended when it died. */
    private static void assertOneReplicaAtATime(List<JobStore.Execution> executions, Instant killedAt) {
        Map<String, List<JobStore.Execution>> byJob = executions.stream()
                .collect(Collectors.groupingBy(JobStore.Execution::jobId));
        assertEquals(JOBS, byJob.size(), "every job ran");
        int takenOver = 0;
        int resumed = 0;
        for (List<JobStore.Execution> runs : byJob.values()) {
            runs.sort(Comparator.comparing(JobStore.Execution::startedAt));
            for (int i = 0; i + 1 < runs.size(); i++) {
                JobStore.Execution run = runs.get(i);
                JobStore.Execution next = runs.get(i + 1);
                Instant ended = run.endedAt() != null ? run.endedAt() : killed(run, killedAt);
                assertFalse(next.startedAt().isBefore(ended), "two replicas at once: " + run + " and " + next);
                if (run.endedAt() == null) {
                    takenOver++;
                    resumed += next.warmStart() ? 1 : 0; // a job killed before its first plan starts afresh
                }
            }
            JobStore.Execution last = runs.get(runs.size() - 1);
            assertNotNull(last.endedAt(), "the last execution finished: " + last);
        }
        assertTrue(takenOver > 0, "the killed replica's jobs were taken over");
        assertTrue(resumed > 0, "a job killed with a saved plan resumed from it");
        for (String replica : List.of("replica-0", "replica-1", "replica-2")) {
            assertTrue(mostAtOnce(executions, replica, killedAt) <= MAX_SOLVING, replica + " solved too many at once");
        }
    }

    private static Instant killed(JobStore.Execution run, Instant killedAt) {
        assertEquals("replica-0", run.replica(), "only the killed replica leaves an execution open: " + run);
        return killedAt;
    }

    private static int mostAtOnce(List<JobStore.Execution> executions, String replica, Instant killedAt) {
        List<JobStore.Execution> runs = executions.stream().filter(run -> run.replica().equals(replica)).toList();
        int most = 0;
        for (JobStore.Execution run : runs) {
            int atOnce = (int) runs.stream().filter(other -> !other.startedAt().isAfter(run.startedAt())
                    && (other.endedAt() == null ? killedAt : other.endedAt()).isAfter(run.startedAt())).count();
            most = Math.max(most, atOnce);
        }
        return most;
    }

    private static void awaitSolvingWithSavedPlan(JobStore store, String replica) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            for (JobStore.Execution run : store.executions()) {
                if (run.replica().equals(replica) && run.endedAt() == null
                        && store.job(run.jobId()).orElseThrow().plan() != null) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        fail(replica + " never solved a job with a saved plan");
    }

    // ************************************************************************
    // Processes and the database
    // ************************************************************************

    private Process startReplica(String name, String databaseUrl) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-Xmx512m", "-cp",
                System.getProperty("java.class.path"), "org.drawdown.cli.DrawdownCommand", "serve", "--port", "0",
                "--database", databaseUrl, "--max-solving", String.valueOf(MAX_SOLVING), "--replica", name,
                "--poll-interval", "5s");
        builder.environment().put("DRAWDOWN_API_TOKEN", ApiClient.TOKEN);
        builder.redirectErrorStream(true).redirectOutput(logs.resolve(name + ".log").toFile());
        return builder.start();
    }

    /** The port the replica printed it serves on. */
    private int portOf(int replica) throws IOException, InterruptedException {
        Path log = logs.resolve("replica-" + replica + ".log");
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            Matcher serving = SERVING.matcher(Files.readString(log));
            if (serving.find()) {
                return Integer.parseInt(serving.group(1));
            }
            if (!replicas.get(replica).isAlive()) {
                fail("replica-" + replica + " ended: " + Files.readString(log));
            }
            Thread.sleep(200);
        }
        throw new AssertionError("replica-" + replica + " did not start: " + Files.readString(log));
    }

    /** A database of its own for this run, on the server the environment names. */
    private String throwawayDatabase() throws SQLException, IOException {
        Files.createDirectories(logs);
        serverUrl = System.getenv("DRAWDOWN_TEST_POSTGRES_URL");
        if (serverUrl == null) {
            assertFalse("1".equals(System.getenv("DRAWDOWN_REQUIRE_POSTGRES")),
                    "DRAWDOWN_REQUIRE_POSTGRES=1 but DRAWDOWN_TEST_POSTGRES_URL is not set");
            Assumptions.abort("no PostgreSQL: set DRAWDOWN_TEST_POSTGRES_URL (.ci/run does)");
        }
        databaseName = "drawdown_replicas_" + System.currentTimeMillis();
        execute("CREATE DATABASE " + databaseName);
        return serverUrl.replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1" + databaseName);
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(serverUrl);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @AfterEach
    void stopReplicas() throws Exception {
        for (Process replica : replicas) {
            replica.destroyForcibly().waitFor();
        }
        if (databaseName != null) {
            execute("DROP DATABASE IF EXISTS " + databaseName + " WITH (FORCE)");
        }
    }
}
