package org.drawdown.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import org.drawdown.cli.DrawdownCommand;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * The Kubernetes manifests under deploy/, read as Kubernetes would and cross-checked against what they name: the
 * command line that parses the container's arguments, the API description that has the health endpoints, the image
 * that Maven builds. No cluster runs here, so this is as far as they are tried.
 */
class DeploymentManifestsTest {

    private static final Path DEPLOY = Path.of("deploy");
    private static final Pattern REFERENCE = Pattern.compile("\\$\\(([A-Za-z_][A-Za-z0-9_]*)\\)");

    private static JsonNode kustomization;
    /** Every object of the manifests that kustomization.yaml lists, by kind and name. */
    private static final Map<String, JsonNode> OBJECTS = new HashMap<>();

    @BeforeAll
    static void readManifests() throws IOException {
        YAMLMapper yaml = new YAMLMapper();
        kustomization = yaml.readTree(DEPLOY.resolve("kustomization.yaml").toFile());
        for (JsonNode resource : kustomization.path("resources")) {
            try (JsonParser documents = yaml.createParser(DEPLOY.resolve(resource.asText()).toFile())) {
                for (JsonNode object : yaml.readValues(documents, JsonNode.class).readAll()) {
                    OBJECTS.put(object.path("kind").asText() + "/" + object.path("metadata").path("name").asText(),
                            object);
                }
            }
        }
    }

    @Test
    void kustomizationListsEveryManifest() throws IOException {
        Set<String> listed = new TreeSet<>();
        kustomization.path("resources").forEach(resource -> listed.add(resource.asText()));
        Set<String> manifests = new TreeSet<>();
        try (Stream<Path> files = Files.list(DEPLOY)) {
            files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".yaml") && !name.equals("kustomization.yaml"))
                    .forEach(manifests::add);
        }
        assertEquals(manifests, listed);
        assertEquals(Set.of("Deployment/drawdown", "Service/drawdown", "StatefulSet/drawdown-postgres",
                "Service/drawdown-postgres"), OBJECTS.keySet());
    }

    /** The Secret is made from secrets.env, never committed; the example names exactly the keys the pods use. */
    @Test
    void secretHoldsTheKeysThePodsReadAndStaysOutOfGit() throws IOException {
        JsonNode generator = kustomization.path("secretGenerator").get(0);
        assertEquals("secrets.env", generator.path("envs").get(0).asText());
        assertTrue(Files.readAllLines(DEPLOY.resolve(".gitignore")).contains("secrets.env"));
        Set<String> exampleKeys = new TreeSet<>();
        for (String line : Files.readAllLines(DEPLOY.resolve("secrets.env.example"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                assertTrue(line.endsWith("="), "the example holds no secret: " + line);
                exampleKeys.add(line.substring(0, line.indexOf('=')));
            }
        }
        Set<String> usedKeys = new TreeSet<>();
        for (JsonNode container : containers()) {
            for (JsonNode env : container.path("env")) {
                JsonNode secret = env.path("valueFrom").path("secretKeyRef");
                if (!secret.isMissingNode()) {
                    assertEquals(generator.path("name").asText(), secret.path("name").asText(), env.toString());
                    usedKeys.add(secret.path("key").asText());
                }
            }
        }
        assertEquals(exampleKeys, usedKeys);
    }

    /** The container's arguments, with Kubernetes' $(VARIABLE)s filled in, are a serve command line. */
    @Test
    void replicasServeOnTheSharedPostgresWithTheTokenFromTheSecret() {
        JsonNode deployment = OBJECTS.get("Deployment/drawdown");
        assertTrue(deployment.path("spec").path("replicas").asInt() >= 2, "several replicas");
        JsonNode container = deployment.at("/spec/template/spec/containers/0");
        Map<String, String> env = environment(container);
        List<String> args = new ArrayList<>();
        container.path("args").forEach(arg -> args.add(expand(arg.asText(), env)));

        ParseResult parsed = new CommandLine(new DrawdownCommand()).parseArgs(args.toArray(String[]::new));

        ParseResult serve = parsed.subcommand();
        assertEquals("serve", serve.commandSpec().name());
        assertEquals(container.at("/ports/0/containerPort").asInt(), (int) serve.matchedOptionValue("--port", 0));
        String database = serve.matchedOptionValue("--database", "");
        JsonNode postgres = OBJECTS.get("StatefulSet/drawdown-postgres");
        JsonNode postgresService = OBJECTS.get("Service/" + postgres.at("/spec/serviceName").asText());
        assertTrue(database.startsWith("jdbc:postgresql://" + postgresService.at("/metadata/name").asText() + ":"
                + postgresService.at("/spec/ports/0/port").asInt() + "/"), database);
        Map<String, String> postgresEnv = environment(postgres.at("/spec/template/spec/containers/0"));
        assertTrue(database.contains("/" + postgresEnv.get("POSTGRES_DB") + "?user=" + postgresEnv.get("POSTGRES_USER")
                + "&password=" + postgresEnv.get("POSTGRES_PASSWORD")), "the database, role and password that"
                + " PostgreSQL is set up with: " + database);
        assertEquals("secret:api-token", env.get("DRAWDOWN_API_TOKEN"));
    }

    @Test
    void probesAskTheHealthEndpointsOfTheApi() throws IOException {
        JsonNode container = OBJECTS.get("Deployment/drawdown").at("/spec/template/spec/containers/0");
        JsonNode paths;
        try (InputStream openApi = DrawdownService.class.getResourceAsStream("openapi.json")) {
            paths = new ObjectMapper().readTree(openApi).path("paths");
        }
        assertEquals("/health/ready", container.at("/readinessProbe/httpGet/path").asText());
        assertEquals("/health", container.at("/livenessProbe/httpGet/path").asText());
        for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
            JsonNode get = container.path(probe).path("httpGet");
            assertTrue(paths.has(get.path("path").asText()), probe + " asks a path of the API");
            assertEquals(container.at("/ports/0/name").asText(), get.path("port").asText(), probe);
        }
    }

    @Test
    void everyContainerHasResourceRequestsAndLimits() {
        for (JsonNode container : containers()) {
            for (String bound : List.of("requests", "limits")) {
                for (String resource : List.of("cpu", "memory")) {
                    assertFalse(container.path("resources").path(bound).path(resource).asText().isEmpty(),
                            container.path("name").asText() + " " + bound + " " + resource);
                }
            }
        }
    }

    @Test
    void servicesSendToTheirPodsNamedPorts() {
        for (String[] pair : List.of(new String[] {"Service/drawdown", "Deployment/drawdown"},
                new String[] {"Service/drawdown-postgres", "StatefulSet/drawdown-postgres"})) {
            JsonNode service = OBJECTS.get(pair[0]);
            JsonNode pod = OBJECTS.get(pair[1]).at("/spec/template");
            service.path("spec").path("selector").properties().forEach(label -> assertEquals(
                    label.getValue().asText(), pod.path("metadata").path("labels").path(label.getKey()).asText(),
                    pair[0] + " selects " + pair[1]));
            Set<String> portNames = new TreeSet<>();
            pod.at("/spec/containers/0/ports").forEach(port -> portNames.add(port.path("name").asText()));
            service.at("/spec/ports").forEach(port -> assertTrue(portNames.contains(port.path("targetPort").asText()),
                    pair[0] + " port " + port));
        }
    }

    /** The Deployment runs the image that mvn -Pimage builds, with the port the image declares. */
    @Test
    void imageIsTheOneMavenBuilds() throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        XPath xpath = XPathFactory.newInstance().newXPath();
        String version = xpath.evaluate("/project/version", pom);
        String jib = "//plugin[artifactId='jib-maven-plugin']/configuration";
        String built = xpath.evaluate(jib + "/to/image", pom).replace("${project.version}", version);
        JsonNode image = kustomization.path("images").get(0);
        JsonNode pod = OBJECTS.get("Deployment/drawdown").at("/spec/template/spec");
        JsonNode container = pod.at("/containers/0");
        assertEquals(image.path("name").asText(), container.path("image").asText());
        assertEquals(built, image.path("newName").asText() + ":" + image.path("newTag").asText());
        assertEquals(xpath.evaluate(jib + "/container/ports/port", pom),
                container.at("/ports/0/containerPort").asText());
        assertEquals(xpath.evaluate(jib + "/container/user", pom), pod.at("/securityContext/runAsUser").asText()
                + ":" + pod.at("/securityContext/runAsGroup").asText(), "the pod runs as the image's user");
    }

    private static List<JsonNode> containers() {
        List<JsonNode> containers = new ArrayList<>();
        OBJECTS.values().forEach(object -> object.at("/spec/template/spec/containers").forEach(containers::add));
        return containers;
    }

    /** A container's environment as Kubernetes sets it: a value from a Secret stands as secret:KEY. */
    private static Map<String, String> environment(JsonNode container) {
        Map<String, String> env = new HashMap<>();
        for (JsonNode variable : container.path("env")) {
            JsonNode from = variable.path("valueFrom");
            String value = from.has("secretKeyRef") ? "secret:" + from.at("/secretKeyRef/key").asText()
                    : from.has("fieldRef") ? "field:" + from.at("/fieldRef/fieldPath").asText()
                    : expand(variable.path("value").asText(), env);
            env.put(variable.path("name").asText(), value);
        }
        return env;
    }

    /** Kubernetes' $(NAME) references to variables defined before; an unknown one stays as it is. */
    private static String expand(String text, Map<String, String> env) {
        Matcher reference = REFERENCE.matcher(text);
        StringBuilder expanded = new StringBuilder();
        while (reference.find()) {
            reference.appendReplacement(expanded,
                    Matcher.quoteReplacement(env.getOrDefault(reference.group(1), reference.group())));
        }
        return reference.appendTail(expanded).toString();
    }
}
