package org.drawdown.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Talks to one replica's job API as a client would, with the bearer token. */
final class ApiClient {

    static final String TOKEN = "service-test-token";
    static final Path SMALL = Path.of("src/test/resources/scenarios/small.json");
    static final Path MINIMAL = Path.of("src/test/resources/scenarios/minimal.json");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final int port;

    ApiClient(int port) {
        this.base = "http://localhost:" + port;
        this.port = port;
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    HttpResponse<String> getWithout(String path, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request);
    }

    HttpResponse<String> post(String path, byte[] body) {
        return send(request(path).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /**
     * The whole raw answer to a POST that declares a body of this many bytes and sends none of it: what the server
     * answers from the declaration alone. Sending a real oversized body raced the server's refusal, and the
     * connection it closed after answering sometimes cut the client off before the answer was read.
     */
    String rawAnswerToDeclaredBody(String path, long contentLength) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + TOKEN
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + contentLength
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    HttpResponse<String> post(String path, Path file) throws IOException {
        return post(path, Files.readAllBytes(file));
    }

    HttpResponse<String> delete(String path) {
        return send(request(path).DELETE());
    }

    /** Submits the scenario and answers the new job's id. */
    String submit(String path, Path scenario) throws IOException {
        HttpResponse<String> response = post(path, scenario);
        assertEquals(202, response.statusCode(), response.body());
        return json(response).get("id").asText();
    }

    JsonNode json(String path) {
        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return json(response);
    }

    /** Polls the path until its JSON answer passes the test, or fails after the timeout. */
    JsonNode await(String path, Predicate<JsonNode> until, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode answer = json(path);
        while (!until.test(answer)) {
            if (System.nanoTime() > deadline) {
                fail("still not there after " + timeout + ": " + path + " " + answer);
            }
            Thread.sleep(250);
            answer = json(path);
        }
        return answer;
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    static boolean finished(JsonNode job) {
        return JobStatus.valueOf(job.get("status").asText()).finished();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + TOKEN)
                .timeout(Duration.ofSeconds(60));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("no answer from " + base + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
