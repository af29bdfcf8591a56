package org.drawdown.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bounded load on one replica: a hundred submissions, then a thousand status polls, each answered without error.
 * Prints the latencies and writes them to target/service-load.txt (benchmarks/results keeps a recorded run); it
 * asserts no speed, which depends on the machine.
 */
class ServiceLoadTest {

    private static final int SUBMISSIONS = 100;
    private static final int POLLS = 1000;
    private static final Path RESULTS = Path.of("target", "service-load.txt");

    @TempDir
    Path dataDirectory;

    @Test
    void hundredSubmissionsAndThousandPollsAllAnswered() throws IOException {
        byte[] scenario = Files.readAllBytes(ApiClient.MINIMAL);
        try (DrawdownService service = DrawdownService.start(new ServiceSettings(0, null, dataDirectory, 1,
                ApiClient.TOKEN, "load-test", Duration.ofSeconds(5), null))) {
            ApiClient api = new ApiClient(service.port());
            List<String> ids = new ArrayList<>();
            long[] submissions = new long[SUBMISSIONS];
            for (int i = 0; i < SUBMISSIONS; i++) {
                long start = System.nanoTime();
                HttpResponse<String> response = api.post("/plans?timeLimit=1s&seed=" + i, scenario);
                submissions[i] = System.nanoTime() - start;
                assertEquals(202, response.statusCode(), response.body());
                ids.add(ApiClient.json(response).get("id").asText());
            }
            long[] polls = new long[POLLS];
            for (int i = 0; i < POLLS; i++) {
                long start = System.nanoTime();
                HttpResponse<String> response = api.get("/plans/" + ids.get(i % SUBMISSIONS) + "/status");
                polls[i] = System.nanoTime() - start;
                assertEquals(200, response.statusCode(), response.body());
            }
            String report = String.format(Locale.ROOT, "# drawdown serve under bounded load (ServiceLoadTest), %s,"
                    + " one replica on the embedded database, %d processors%n%s%n%s%n", Instant.now(),
                    Runtime.getRuntime().availableProcessors(), line("POST /plans", submissions),
                    line("GET /plans/{id}/status", polls));
            System.out.print(report);
            Files.createDirectories(RESULTS.getParent());
            Files.writeString(RESULTS, report);
        }
    }

    private static String line(String request, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "%-24s %5d requests, 0 errors: p50 %6.1f ms, p95 %6.1f ms, p99 %6.1f ms,"
                + " max %6.1f ms", request, sorted.length, millis(sorted, 0.50), millis(sorted, 0.95),
                millis(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    private static double millis(long[] sorted, double quantile) {
        return sorted[(int) Math.ceil(quantile * sorted.length) - 1] / 1e6;
    }
}
