package org.drawdown.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.drawdown.io.InputException;
import org.drawdown.service.DrawdownService;
import org.drawdown.service.ServiceSettings;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code drawdown serve}: the job API, one replica of many that share a database. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        header = "Serves the job API and web page, solving plans in the background.",
        description = {"Serves the job API (docs/service.md): scenarios POSTed to /plans are solved in the",
                "background and their best plans kept in the database. Without --database, an embedded database",
                "in --data-dir; several replicas share one PostgreSQL given by --database, each job solved on",
                "one replica at a time and taken over, from its last saved plan, when its replica dies.",
                "Every request but /health needs the bearer token of DRAWDOWN_API_TOKEN or --token-file."})
public class ServeCommand implements Callable<Integer> {

    /** The environment variable that holds the API token when no --token-file is given. */
    static final String TOKEN_VARIABLE = "DRAWDOWN_API_TOKEN";

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "The port to answer on (default: ${DEFAULT-VALUE}; 0 for any free one).")
    private int port;

    @Option(names = "--database", paramLabel = "URL",
            description = "JDBC URL of the shared database, e.g. jdbc:postgresql://db:5432/drawdown?user=u&password=p"
                    + " (default: the embedded database in --data-dir).")
    private String database;

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "drawdown-data",
            description = "Where the embedded database lives when no --database is given"
                    + " (default: ${DEFAULT-VALUE}).")
    private Path dataDirectory;

    @Option(names = "--max-solving", paramLabel = "N",
            description = "How many jobs this replica solves at once (default: one per processor).")
    private Integer maxSolving;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "A file holding the API token (default: the environment variable " + TOKEN_VARIABLE
                    + ").")
    private Path tokenFile;

    @Option(names = "--replica", paramLabel = "NAME",
            description = "This replica's name in the record of executions (default: host name and port).")
    private String replica;

    @Option(names = "--poll-interval", paramLabel = "DURATION", converter = DurationConverter.class,
            defaultValue = "5s",
            description = "How often the replica looks for queued jobs (default and least: ${DEFAULT-VALUE}). A"
                    + " replica silent for four intervals is taken for dead and its jobs are taken over.")
    private Duration pollInterval;

    @Option(names = "--dashboard-port", paramLabel = "PORT",
            description = "Also serve JobRunr's dashboard of the job queue on this port (default: none).")
    private Integer dashboardPort;

    @Override
    public Integer call() throws Exception {
        String token = token();
        int solving = maxSolving == null ? Runtime.getRuntime().availableProcessors() : maxSolving;
        if (solving < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-solving must be at least 1");
        }
        if (database == null) {
            Files.createDirectories(dataDirectory);
        }
        String name = replica != null ? replica : InetAddress.getLocalHost().getHostName() + ":" + port;
        DrawdownService service;
        try {
            service = DrawdownService.start(new ServiceSettings(port, database, dataDirectory, solving, token,
                    name, pollInterval, dashboardPort));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.close();
            stopped.countDown();
        }, "drawdown-serve-shutdown"));
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Drawdown serves on http://localhost:%d (replica %s, database %s, up to %d jobs at once)%n",
                service.port(), name, service.database(), solving);
        out.flush();
        stopped.await();
        return DrawdownCommand.FEASIBLE;
    }

    /** The token from --token-file or the environment; the service refuses to start without one. */
    private String token() throws InputException {
        String token;
        if (tokenFile != null) {
            try {
                token = Files.readString(tokenFile).trim();
            } catch (IOException e) {
                throw new InputException(tokenFile, "", "cannot be read: " + e.getMessage());
            }
            if (token.isEmpty()) {
                throw new InputException(tokenFile, "", "is empty; it must hold the API token");
            }
            return token;
        }
        token = System.getenv(TOKEN_VARIABLE);
        if (token == null || token.isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no API token: set " + TOKEN_VARIABLE
                    + " or give --token-file FILE; the service does not run without one");
        }
        return token.trim();
    }
}
