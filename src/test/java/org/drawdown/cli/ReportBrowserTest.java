package org.drawdown.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.drawdown.io.PlanJson;
import org.drawdown.io.PlanReader;
import org.drawdown.io.ScenarioJson;
import org.drawdown.io.ScenarioValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Niger report in Debian's headless Chromium, as a planner's browser would open it: no console message, no
 * network request, the timeline and every chart drawn; and a screenshot in target/ to look at.
 * <p>
 * Without /usr/bin/chromium the tests are skipped, unless DRAWDOWN_REQUIRE_BROWSER=1 (CI sets it), when they fail.
 */
class ReportBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path PDFTOTEXT = Path.of("/usr/bin/pdftotext");
    /** Niger's map shows more countries than this around its airfields. */
    private static final int OUTLINED_COUNTRIES = 40;
    static final Path SCREENSHOT = Path.of("target", "report-niger.png");
    /** How long Chromium may run the page's scripts, in its virtual time. */
    private static final String SCRIPT_TIME_MS = "20000";
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @TempDir
    Path directory;

    /** Checked before each test, so that a run without the browser lists each test as skipped, with why. */
    @BeforeEach
    void chromiumIsThere() {
        requireTool(CHROMIUM, "chromium");
    }

    /**
     * Skips the test when a browser tool is missing, or fails it when DRAWDOWN_REQUIRE_BROWSER=1 (as CI sets, after
     * installing the Debian packages).
     */
    static void requireTool(Path tool, String debianPackage) {
        if (!Files.isExecutable(tool)) {
            String why = tool + " is missing, so the report is not checked with it (apt-get install " + debianPackage
                    + ")";
            if ("1".equals(System.getenv("DRAWDOWN_REQUIRE_BROWSER"))) {
                fail(why + ", and DRAWDOWN_REQUIRE_BROWSER=1 requires it");
            }
            assumeTrue(false, why);
        }
    }

    /** What Chromium printed and logged while it loaded a page. */
    private record Visit(String dom, List<String> console, List<String> pageRequests) {
    }

    @Test
    void nigerReportOpensWithoutConsoleMessagesOrNetworkRequests() throws Exception {
        NigerReport.make();

        Visit visit = visit(NigerReport.REPORT);

        assertEquals(List.of(), visit.console(), "console messages");
        assertEquals(List.of(), visit.pageRequests(), "network requests of the page");
        Files.writeString(NigerReport.DIRECTORY.resolve("report-niger.dom.html"), visit.dom());
    }

    @Test
    void nigerReportDrawsTheTimelineAndEveryChart() throws Exception {
        NigerReport.make();
        PlanJson plan = PlanReader.read(NigerReport.PLAN);
        ScenarioJson scenario = ScenarioValidator.read(CommandRunner.NIGER);
        Set<String> rampAirfields = new LinkedHashSet<>();
        scenario.cargo().forEach(item -> rampAirfields.add(item.origin()));
        scenario.personnel().forEach(group -> rampAirfields.add(group.origin()));
        plan.flights().forEach(flight -> rampAirfields.addAll(List.of(flight.origin(), flight.destination())));
        long cappedClearances = scenario.clearances().stream().filter(c -> c.maxFlightsPerDay() != null).count();

        String dom = visit(NigerReport.REPORT).dom();

        int charts = count(dom, "_echarts_instance_=\"");
        assertEquals(5 + rampAirfields.size() + cappedClearances, charts,
                "map, timeline, two drawdown curves, utilisation, one ramp chart per airfield, one per capped "
                        + "clearance");
        assertEquals(charts, count(dom, "<svg"), "each chart drew its picture");
        int rows = scenario.aircraft().size();
        int windows = rampAirfields.size() + scenario.clearances().size();
        assertTrue(pathsIn(dom, "chart-timeline") >= plan.flights().size() + windows + rows,
                "the timeline draws every sortie, airfield and clearance window");
        String map = picture(dom, "chart-map");
        for (ScenarioJson.AirfieldJson airfield : scenario.airfields()) {
            assertTrue(map.contains(">" + airfield.code() + "</text>"), airfield.code() + " on the map");
        }
        Set<List<String>> lanes = new LinkedHashSet<>();
        plan.flights().forEach(flight -> lanes.add(List.of(flight.origin(), flight.destination())));
        assertTrue(count(map, "<path") >= OUTLINED_COUNTRIES + lanes.size(),
                "the countries around, and a line per lane flown");
        assertTrue(pathsIn(dom, "chart-people") >= 2, "the people curves");
        assertTrue(pathsIn(dom, "chart-tonnes") >= 2, "the tonnes curves");
        assertTrue(pathsIn(dom, "chart-utilisation") >= plan.flights().size(), "a payload bar per flight");
        assertEquals(plan.flights().size(), count(dom, "<tbody class=\"flight"), "a flight table row per flight");
    }

    /**
     * Printed (A4 landscape, as the page's stylesheet asks), the timeline has a page to itself and all of it is on
     * that page: the heading, every aircraft's row and the axis below the rows; the schedules start the next page.
     */
    @Test
    void nigerReportPrintsTheTimelineWholeOnOnePage() throws Exception {
        requireTool(PDFTOTEXT, "poppler-utils");
        NigerReport.make();
        Path pdf = NigerReport.DIRECTORY.resolve("report-niger.pdf");
        Files.deleteIfExists(pdf);

        chromium(List.of("--window-size=1600,1200", "--virtual-time-budget=" + SCRIPT_TIME_MS,
                "--no-pdf-header-footer", "--print-to-pdf=" + pdf.toAbsolutePath()), NigerReport.REPORT);

        List<String> pages = pdfPages(pdf);
        List<String> timelinePages = pages.stream().filter(page -> page.strip().startsWith("Timeline")).toList();
        assertEquals(1, timelinePages.size(), "one page begins with the timeline");
        String timeline = timelinePages.get(0);
        for (ScenarioJson.AircraftJson aircraft : ScenarioValidator.read(CommandRunner.NIGER).aircraft()) {
            assertTrue(timeline.contains(aircraft.id()), aircraft.id() + "'s row on the timeline's page");
        }
        String page = pages.get(pages.indexOf(timeline) + 1);
        assertTrue(page.strip().startsWith("Aircraft schedules"), "the schedules begin the next page:\n" + page);
        assertTrue(pages.size() <= 10, pages.size() + " pages: summary, map, timeline, schedules, left behind, score");
    }

    /** The PDF's text page by page, as pdftotext lays it out. */
    private List<String> pdfPages(Path pdf) throws Exception {
        Path text = directory.resolve("report.txt");
        Process process = new ProcessBuilder(PDFTOTEXT.toString(), "-layout", pdf.toString(), text.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), "pdftotext: " + output);
        List<String> pages = new ArrayList<>(List.of(Files.readString(text, StandardCharsets.UTF_8).split("\f")));
        pages.removeIf(String::isBlank);
        return pages;
    }

    @Test
    void screenshotOfTheNigerReportIsSavedUnderTarget() throws Exception {
        NigerReport.make();
        Files.deleteIfExists(SCREENSHOT);

        chromium(List.of("--window-size=1600,3000", "--screenshot=" + SCREENSHOT.toAbsolutePath()),
                NigerReport.REPORT);

        byte[] png = Files.readAllBytes(SCREENSHOT);
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(png, PNG_SIGNATURE.length), "a PNG file");
        ByteBuffer header = ByteBuffer.wrap(png, 16, 8);
        assertEquals(List.of(1600, 3000), List.of(header.getInt(), header.getInt()), "width and height");
    }

    /** A plan that flies nothing leaves every chart empty: the page still opens cleanly and leads with why. */
    @Test
    void reportOfAPlanWithNoFlightOpensWithoutConsoleMessages() throws Exception {
        Path plan = directory.resolve("hopeless-plan.json");
        Path report = directory.resolve("hopeless.html");
        assertEquals(DrawdownCommand.INFEASIBLE, DrawdownCommand.execute("solve", CommandRunner.HOPELESS.toString(),
                "--greedy", "--quiet", "--out", plan.toString(), "--report", report.toString()));

        Visit visit = visit(report);

        assertEquals(List.of(), visit.console(), "console messages");
        assertEquals(List.of(), visit.pageRequests(), "network requests of the page");
        assertTrue(visit.dom().contains("INFEASIBLE: 2 rules broken"), "the verdict");
        assertTrue(visit.dom().contains("rule 14 Aircraft turnaround rules out every aircraft and departure"),
                "the rule that keeps the loads on the ground");
    }

    /** The harness itself: a page that logs and fetches is caught doing both. */
    @Test
    void consoleMessagesAndRequestsOfAPageAreSeen() throws Exception {
        Path page = Files.writeString(directory.resolve("noisy.html"), "<!DOCTYPE html><html><body>"
                + "<img src=\"https://example.invalid/pixel.png\"><script>console.error('noisy');</script>"
                + "</body></html>");

        Visit visit = visit(page);

        assertEquals(1, visit.console().size(), visit.console().toString());
        assertTrue(visit.console().get(0).contains("\"noisy\""), visit.console().toString());
        assertEquals(List.of("https://example.invalid/pixel.png"), visit.pageRequests());
    }

    /**
     * Loads the page, lets its scripts run, and returns the DOM they leave, the console messages (Chromium logs each
     * as an INFO:CONSOLE line, whatever its level, so any line counts) and the URLs the page asked the network for:
     * in Chromium's net log, those whose network isolation key is the page's own file:// origin, which sets them
     * apart from the browser's own background requests.
     */
    private Visit visit(Path page) throws Exception {
        Path netLog = directory.resolve("net-log-" + System.nanoTime() + ".json");
        Chromium run = chromium(List.of("--enable-logging=stderr", "--v=1", "--log-net-log=" + netLog,
                "--dump-dom", "--virtual-time-budget=" + SCRIPT_TIME_MS), page);
        List<String> console = run.stderr().lines().filter(line -> line.contains(":CONSOLE")).toList();
        return new Visit(run.stdout(), console, pageRequests(netLog));
    }

    private static List<String> pageRequests(Path netLog) throws IOException {
        JsonNode log = new ObjectMapper().readTree(netLog.toFile());
        assertTrue(log.path("events").size() > 0, "Chromium wrote its net log");
        Set<String> urls = new LinkedHashSet<>();
        for (JsonNode event : log.path("events")) {
            JsonNode params = event.path("params");
            if (params.has("url") && params.path("network_isolation_key").asText().startsWith("file://")) {
                urls.add(params.path("url").asText());
            }
        }
        return List.copyOf(urls);
    }

    private record Chromium(String stdout, String stderr) {
    }

    /** Runs headless Chromium on a page with a fresh profile, offline: every host name resolves to nothing. */
    private Chromium chromium(List<String> options, Path page) throws Exception {
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                "--host-resolver-rules=MAP * ~NOTFOUND",
                "--user-data-dir=" + Files.createTempDirectory(directory, "profile")));
        command.addAll(options);
        command.add(page.toAbsolutePath().toUri().toString());
        Path stdout = directory.resolve("chromium.out");
        Path stderr = directory.resolve("chromium.err");
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                .start();
        // A bound on waiting, not a speed requirement: a browser that hangs must not hang the build.
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("Chromium did not finish: " + String.join(" ", command));
        }
        String err = Files.readString(stderr, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), "Chromium failed:\n" + err);
        return new Chromium(Files.readString(stdout, StandardCharsets.UTF_8), err);
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    /** The drawn shapes of a chart: its SVG's paths. */
    private static int pathsIn(String dom, String chartId) {
        return count(picture(dom, chartId), "<path");
    }

    private static String picture(String dom, String chartId) {
        Matcher chart = Pattern.compile("<div id=\"" + chartId + "\"[^>]*>(.*?)</svg>", Pattern.DOTALL).matcher(dom);
        assertTrue(chart.find(), chartId + " has a picture");
        return chart.group(1);
    }
}
