package org.drawdown.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

/** Drawdown's tables: scenarios, jobs with their best plans, sweeps, and the record of executions. */
public final class JobStore {

    /** A new job as it is submitted. */
    public record NewJob(String scenarioId, long timeLimitMillis, Long seed, SolverChoice config,
            String previousId, Instant now, String sweepId) {
    }

    /** A better plan, as a running job saves it. */
    public record BestPlan(String score, boolean feasible, long costUsd, String plan, long spentMillis,
            long movesPerSecond) {
    }

    /** One replica's turn at solving a job. */
    public record Execution(long id, String jobId, String replica, Instant startedAt, boolean warmStart,
            Instant endedAt) {
    }

    private static final String JOB_COLUMNS = "id, scenario_id, status, time_limit_ms, seed, config, previous_id,"
            + " now_at, sweep_id, score, feasible, cost_usd, bound_usd, plan, spent_ms, moves_per_second,"
            + " stop_requested, error, created_at, updated_at";

    private final DataSource dataSource;

    public JobStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public String addScenario(String name, String body) {
        String id = UUID.randomUUID().toString();
        update("INSERT INTO scenario (id, name, body, created_at) VALUES (?, ?, ?, ?)", id, name, body, now());
        return id;
    }

    public String scenarioBody(String scenarioId) {
        return query("SELECT body FROM scenario WHERE id = ?", rs -> rs.getString(1), scenarioId).get(0);
    }

    public String addSweep() {
        String id = UUID.randomUUID().toString();
        update("INSERT INTO sweep (id, created_at) VALUES (?, ?)", id, now());
        return id;
    }

    public boolean sweepExists(String sweepId) {
        return !query("SELECT id FROM sweep WHERE id = ?", rs -> rs.getString(1), sweepId).isEmpty();
    }

    public String addJob(NewJob job) {
        String id = UUID.randomUUID().toString();
        Instant created = now();
        update("INSERT INTO plan_job (id, scenario_id, status, time_limit_ms, seed, config, previous_id, now_at,"
                + " sweep_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, job.scenarioId(), JobStatus.QUEUED.name(), job.timeLimitMillis(), job.seed(),
                job.config().name(), job.previousId(), job.now(), job.sweepId(), created, created);
        return id;
    }

    public Optional<PlanJob> job(String id) {
        return query("SELECT " + JOB_COLUMNS + " FROM plan_job WHERE id = ?", JobStore::job, id).stream()
                .findFirst();
    }

    /** Every job, newest first, without its plan (which a listing does not show). */
    public List<PlanJob> jobs() {
        return query("SELECT " + JOB_COLUMNS.replace(" plan,", " NULL AS plan,")
                + " FROM plan_job ORDER BY created_at DESC, id", JobStore::job);
    }

    public List<PlanJob> jobsOfSweep(String sweepId) {
        return query("SELECT " + JOB_COLUMNS.replace(" plan,", " NULL AS plan,")
                + " FROM plan_job WHERE sweep_id = ? ORDER BY created_at, id", JobStore::job, sweepId);
    }

    public Map<JobStatus, Integer> countByStatus() {
        Map<JobStatus, Integer> counts = new EnumMap<>(JobStatus.class);
        for (JobStatus status : JobStatus.values()) {
            counts.put(status, 0);
        }
        query("SELECT status, COUNT(*) FROM plan_job GROUP BY status",
                rs -> counts.put(JobStatus.valueOf(rs.getString(1)), rs.getInt(2)));
        return counts;
    }

    /** Marks the job as solving, with the lower bound of its problem; false if it finished meanwhile. */
    public boolean startSolving(String id, long boundUsd) {
        return update("UPDATE plan_job SET status = ?, bound_usd = ?, updated_at = ? WHERE id = ? AND status IN"
                + " (?, ?)", JobStatus.SOLVING.name(), boundUsd, now(), id, JobStatus.QUEUED.name(),
                JobStatus.SOLVING.name()) == 1;
    }

    /** Raises the job's lower bound to a better proven one, found while it solves. */
    public void raiseBound(String id, long boundUsd) {
        update("UPDATE plan_job SET bound_usd = ? WHERE id = ? AND (bound_usd IS NULL OR bound_usd < ?)", boundUsd, id,
                boundUsd);
    }

    public void saveBest(String id, BestPlan best) {
        update("UPDATE plan_job SET score = ?, feasible = ?, cost_usd = ?, plan = ?, spent_ms = ?,"
                + " moves_per_second = ?, updated_at = ? WHERE id = ?", best.score(), best.feasible(),
                best.costUsd(), best.plan(), best.spentMillis(), best.movesPerSecond(), now(), id);
    }

    /**
     * Ends the job and this replica's execution of it together, so that no replica dying in between can leave a
     * finished job with an execution that seems to go on: DONE when its search ran out, STOPPED when asked to stop,
     * FAILED (with the error) when it cannot be solved.
     */
    public void finish(String id, JobStatus status, String error, long executionId) {
        String shortError = error != null && error.length() > 2000 ? error.substring(0, 2000) : error;
        inTransaction(connection -> {
            update(connection, "UPDATE plan_job SET status = ?, error = ?, updated_at = ? WHERE id = ?",
                    status.name(), shortError, now(), id);
            update(connection, "UPDATE job_execution SET ended_at = ? WHERE id = ?", now(), executionId);
        });
    }

    /** Ends a job that never reached a replica: stopped while queued. */
    public void finishQueued(String id, JobStatus status) {
        update("UPDATE plan_job SET status = ?, updated_at = ? WHERE id = ?", status.name(), now(), id);
    }

    /**
     * Asks the job to stop. A queued job stops at once; a solving one stops on the replica that solves it, which
     * looks for this flag. Returns the status the job had.
     */
    public JobStatus requestStop(String id) {
        update("UPDATE plan_job SET stop_requested = ?, updated_at = ? WHERE id = ?", true, now(), id);
        update("UPDATE plan_job SET status = ?, updated_at = ? WHERE id = ? AND status = ?",
                JobStatus.STOPPED.name(), now(), id, JobStatus.QUEUED.name());
        return job(id).orElseThrow().status();
    }

    /** Those of the jobs that were asked to stop. */
    public List<String> stopRequested(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", ids.stream().map(id -> "?").toList());
        return query("SELECT id FROM plan_job WHERE stop_requested = ? AND id IN (" + marks + ")",
                rs -> rs.getString(1), concat(true, ids));
    }

    public long startExecution(String jobId, String replica, boolean warmStart) {
        update("INSERT INTO job_execution (job_id, replica, started_at, warm_start) VALUES (?, ?, ?, ?)",
                jobId, replica, now(), warmStart);
        return query("SELECT MAX(id) FROM job_execution WHERE job_id = ? AND replica = ?", rs -> rs.getLong(1),
                jobId, replica).get(0);
    }

    public void endExecution(long executionId) {
        update("UPDATE job_execution SET ended_at = ? WHERE id = ?", now(), executionId);
    }

    public List<Execution> executions() {
        return query("SELECT id, job_id, replica, started_at, warm_start, ended_at FROM job_execution ORDER BY id",
                rs -> new Execution(rs.getLong(1), rs.getString(2), rs.getString(3), instant(rs, 4),
                        rs.getBoolean(5), instant(rs, 6)));
    }

    // ************************************************************************
    // JDBC
    // ************************************************************************

    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private static PlanJob job(ResultSet rs) throws SQLException {
        return new PlanJob(rs.getString(1), rs.getString(2), JobStatus.valueOf(rs.getString(3)), rs.getLong(4),
                nullableLong(rs, 5), SolverChoice.valueOf(rs.getString(6)), rs.getString(7), instant(rs, 8),
                rs.getString(9), rs.getString(10), nullableBoolean(rs, 11), nullableLong(rs, 12),
                nullableLong(rs, 13), rs.getString(14), rs.getLong(15), nullableLong(rs, 16), rs.getBoolean(17),
                rs.getString(18), instant(rs, 19), instant(rs, 20));
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Boolean nullableBoolean(ResultSet rs, int column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    private static Instant now() {
        return Instant.now();
    }

    private static Object[] concat(Object first, List<String> rest) {
        List<Object> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all.toArray();
    }

    private int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection()) {
            return update(connection, sql, parameters);
        } catch (SQLException e) {
            throw new DatabaseException(e);
        }
    }

    private static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        }
    }

    private interface Work {
        void run(Connection connection) throws SQLException;
    }

    private void inTransaction(Work work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                work.run(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new DatabaseException(e);
        }
    }

    private <T> List<T> query(String sql, Row<T> row, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(row.read(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new DatabaseException(e);
        }
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            if (value == null) {
                statement.setNull(i + 1, Types.NULL);
            } else if (value instanceof Instant instant) {
                statement.setObject(i + 1, instant.atOffset(ZoneOffset.UTC));
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    /** The database failed; the request or job cannot go on. */
    public static final class DatabaseException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DatabaseException(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
