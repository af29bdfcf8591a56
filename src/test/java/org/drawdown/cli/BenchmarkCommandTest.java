package org.drawdown.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code drawdown benchmark} with the bundled comparison, cut down to one small dataset and one second a run. */
class BenchmarkCommandTest {

    private static final String REPORT = "Benchmark report: ";

    @TempDir
    Path temp;

    @Test
    void theBundledComparisonRunsEveryConfigurationAndNamesItsReport() throws Exception {
        CommandRunner.Captured run = CommandRunner.capture("benchmark", "--dataset", "datasets/gen-s.json",
                "--time-limit", "1s", "--report-dir", temp.toString());
        assertEquals(DrawdownCommand.FEASIBLE, run.exitCode(), String.join("\n", run.err()));
        Path report = run.out().stream().filter(line -> line.startsWith(REPORT))
                .map(line -> Path.of(line.substring(REPORT.length()))).findFirst().orElseThrow();
        assertTrue(report.startsWith(temp) && report.getFileName().toString().equals("index.html")
                && Files.isRegularFile(report), report.toString());

        Element result = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(report.resolveSibling("plannerBenchmarkResult.xml").toFile()).getDocumentElement();
        List<String> configurations = new ArrayList<>();
        NodeList solvers = result.getElementsByTagName("solverBenchmarkResult");
        for (int i = 0; i < solvers.getLength(); i++) {
            Element solver = (Element) solvers.item(i);
            configurations.add(text(solver, "name"));
            assertEquals("true", text(solver, "succeeded"), configurations.get(i));
            assertTrue(text(solver, "score").startsWith("0hard/0medium/"), configurations.get(i));
        }
        assertEquals(List.of("Late acceptance 50 (default)", "Late acceptance 400", "Tabu search",
                "Simulated annealing", "Great deluge", "Late acceptance 50 with Timefold moves"), configurations);

        // The terminal's table: a row per configuration with its cost and gap on gen-s, the winner marked once.
        assertTrue(run.out().stream().anyMatch(line -> line.matches(" +Configuration +gen-s \\(gap to bound\\)"
                + " +Moves/s")), run.out().toString());
        for (String configuration : configurations) {
            assertEquals(1, run.out().stream().filter(line -> line.matches("[* ]  " + Pattern.quote(configuration)
                    + " +\\$[0-9,]+ \\(\\+[0-9.]+%\\) +[0-9,]+")).count(), configuration + " in " + run.out());
        }
        assertEquals(1, run.out().stream().filter(line -> line.startsWith("*  ")).count(), run.out().toString());
    }

    @Test
    void aBadDatasetIsRefusedBeforeAnythingRuns() throws Exception {
        Path bad = temp.resolve("bad.json");
        Files.writeString(bad, "{\"name\": \"bad\"}");
        Path reports = temp.resolve("reports");
        CommandRunner.Captured run = CommandRunner.capture("benchmark", "--dataset", bad.toString(),
                "--report-dir", reports.toString());
        assertEquals(DrawdownCommand.BAD_INPUT, run.exitCode());
        assertTrue(run.err().get(0).startsWith("drawdown: " + bad + ": missing required field"), run.err().toString());
        assertFalse(Files.exists(reports));
    }

    private static String text(Element parent, String tag) {
        return parent.getElementsByTagName(tag).item(0).getTextContent();
    }
}
