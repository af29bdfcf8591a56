package org.drawdown.service;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * The service's database: the embedded H2 in the data directory when no URL is given (one replica, nothing to
 * install), or the PostgreSQL that several replicas share. Flyway brings Drawdown's tables up to date at start.
 */
public final class Database implements AutoCloseable {

    /** Connections each replica keeps: the web threads, JobRunr's poll and the solver threads' saves. */
    private static final int MAX_CONNECTIONS = 20;

    private final JdbcConnectionPool pool;
    private final String url;

    private Database(JdbcConnectionPool pool, String url) {
        this.pool = pool;
        this.url = url;
    }

    /**
     * Opens the database at the JDBC URL (jdbc:postgresql:... or jdbc:h2:...), or the embedded one in the data
     * directory when the URL is null, and migrates its schema.
     */
    public static Database open(String url, Path dataDirectory) {
        String jdbcUrl = url != null ? url
                : "jdbc:h2:file:" + dataDirectory.toAbsolutePath().resolve("drawdown") + ";DB_CLOSE_ON_EXIT=FALSE";
        JdbcConnectionPool pool;
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            PGConnectionPoolDataSource postgres = new PGConnectionPoolDataSource();
            postgres.setURL(jdbcUrl);
            pool = JdbcConnectionPool.create(postgres);
        } else if (jdbcUrl.startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(jdbcUrl);
            pool = JdbcConnectionPool.create(h2);
        } else {
            throw new IllegalArgumentException("--database " + jdbcUrl
                    + ": expected a jdbc:postgresql: or jdbc:h2: URL");
        }
        pool.setMaxConnections(MAX_CONNECTIONS);
        Flyway.configure().dataSource(pool).locations("classpath:db/drawdown").table("drawdown_schema_history")
                .load().migrate();
        return new Database(pool, jdbcUrl);
    }

    public DataSource dataSource() {
        return pool;
    }

    /** Whether the database answers: the readiness check. */
    public boolean answers() {
        try (Connection connection = pool.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    /** The URL without its parameters, which may hold a password. */
    public String describe() {
        int parameters = url.indexOf('?');
        return parameters < 0 ? url : url.substring(0, parameters);
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
