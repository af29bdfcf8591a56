package org.drawdown.service;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How a replica runs.
 *
 * @param port the API's port (0: any free one)
 * @param databaseUrl the shared database's JDBC URL, or null for the embedded one in {@code dataDirectory}
 * @param maxSolving how many jobs this replica solves at once
 * @param token the bearer token every request but health must carry
 * @param replica this replica's name in the record of executions
 * @param pollInterval how often JobRunr looks for work; a replica that missed four is taken for dead
 * @param dashboardPort JobRunr's dashboard's port, or null for none
 */
public record ServiceSettings(int port, String databaseUrl, Path dataDirectory, int maxSolving, String token,
        String replica, Duration pollInterval, Integer dashboardPort) {
}
