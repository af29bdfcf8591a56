package org.drawdown.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drawdown.io.PlanJson;
import org.drawdown.io.PlanReader;
import org.drawdown.io.ScenarioValidator;
import org.drawdown.report.PlanSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code drawdown report} and {@code solve --report}: one self-contained page with every flight and load. */
class ReportCommandTest {

    private static final Pattern LIBRARY = Pattern.compile("<script id=\"echarts-library\">(.*?)</script>",
            Pattern.DOTALL);

    @TempDir
    Path directory;

    @Test
    void nigerReportIsOneFileThatReferencesNothingOutsideItself() throws Exception {
        NigerReport.make();
        String html = Files.readString(NigerReport.REPORT);

        Matcher library = LIBRARY.matcher(html);
        assertTrue(library.find(), "the ECharts library is inlined");
        assertTrue(library.group(1).contains("echarts"), "the inlined script is ECharts");
        // The library's strings name XML namespaces and its licence; nothing else in the page names any address.
        String page = html.substring(0, library.start()) + html.substring(library.end());
        assertFalse(page.contains("http://"), "an http address outside the inlined library");
        assertFalse(page.contains("https://"), "an https address outside the inlined library");
        assertFalse(page.contains("//cdn"), "a CDN reference");
        assertEquals(List.of(), attributes(page, "src"), "elements that load a file");
        assertEquals(List.of(), attributes(page, "href").stream().filter(href -> !href.startsWith("#")).toList(),
                "links outside the page");
        assertFalse(page.contains("<link"), "a linked stylesheet");
        assertFalse(page.contains("url("), "a CSS url()");
        assertFalse(page.contains("@import"), "a CSS import");
    }

    @Test
    void nigerReportListsEveryFlightAndLoadOfThePlan() throws Exception {
        NigerReport.make();
        String html = Files.readString(NigerReport.REPORT);
        PlanJson plan = PlanReader.read(NigerReport.PLAN);

        assertTrue(html.contains("<h1>niger-2024</h1>"));
        assertTrue(html.contains("<span class=\"badge ok\" id=\"verdict\">FEASIBLE</span>"));
        assertEquals(plan.flights().stream().map(PlanJson.FlightJson::id).toList(),
                attributes(html, "data-id"), "one flight row each, in plan order");
        for (PlanJson.FlightJson flight : plan.flights()) {
            for (String load : flight.cargo()) {
                assertTrue(html.contains("<td>" + load + "</td>"), load);
            }
            for (String load : flight.personnel()) {
                assertTrue(html.contains("<td>" + load + "</td>"), load);
            }
        }
        assertTrue(html.contains(String.format(java.util.Locale.ROOT, "<div class=\"value\">$%,d</div>",
                plan.totalCostUsd())), "the total cost card");
    }

    @Test
    void schedulesListEverySortieOnceWithThePositioningLegsBetween() throws Exception {
        NigerReport.make();
        String html = Files.readString(NigerReport.REPORT);
        PlanJson plan = PlanReader.read(NigerReport.PLAN);

        Matcher sorties = Pattern.compile("<tr class=\"sortie[^\"]*\">\\s*<td><a href=\"#flight-([^\"]+)\"")
                .matcher(html);
        List<String> scheduled = new ArrayList<>();
        while (sorties.find()) {
            scheduled.add(sorties.group(1));
        }
        assertEquals(plan.flights().stream().map(PlanJson.FlightJson::id).sorted().toList(),
                scheduled.stream().sorted().toList(), "each flight once as a sortie");
        assertTrue(html.contains("<tr class=\"positioning\">"), "positioning legs between sorties");
        assertEquals(ScenarioValidator.read(CommandRunner.NIGER).aircraft().size(),
                count(html, "<tr class=\"aircraft\">"), "a heading per aircraft");
    }

    /** After a replan, the page says when, and marks each flight that departed before then as flown. */
    @Test
    void replannedReportMarksTheFlightsFlownBeforeNow() throws Exception {
        Instant now = ReplannedReport.make();
        String html = Files.readString(ReplannedReport.REPORT);
        PlanJson plan = ReplannedReport.plan();

        assertEquals(now, plan.replannedAt(), "replan wrote its --now into the plan file");
        assertTrue(html.contains("replanned at <code>" + PlanSummary.time(now) + "</code>"), "the header says when");
        Matcher flights = Pattern.compile("<tbody class=\"flight([^\"]*)\" id=\"flight-([^\"]+)\"").matcher(html);
        List<String> shaded = new ArrayList<>();
        while (flights.find()) {
            if (flights.group(1).contains("flown")) {
                shaded.add(flights.group(2));
            }
        }
        List<String> flown = plan.flights().stream().filter(flight -> flight.departure().isBefore(now))
                .map(PlanJson.FlightJson::id).toList();
        assertFalse(flown.isEmpty(), "half of the flights have flown");
        assertEquals(flown, shaded);
    }

    @Test
    void reportCommandWritesWhatSolveWrote() throws Exception {
        NigerReport.make();
        Path report = directory.resolve("report.html");

        CommandRunner.Captured run = CommandRunner.capture("report", CommandRunner.NIGER.toString(),
                NigerReport.PLAN.toString(), "--out", report.toString());

        assertEquals(DrawdownCommand.FEASIBLE, run.exitCode(), String.join("\n", run.err()));
        assertEquals(Files.readString(NigerReport.REPORT), Files.readString(report));
    }

    /** The small plan, and after it a copy where C-GEN4 leaves F0008 for F0003 and F0008 is no longer flown. */
    @Test
    void compareShowsTheTwoPlansSideBySideWithTheFlightsAndLoadsThatDiffer() throws Exception {
        Path changed = CheckerPlans.overloaded(directory);
        Path report = directory.resolve("compare.html");

        CommandRunner.Captured run = CommandRunner.capture("report", CommandRunner.CHECKER_SCENARIO.toString(),
                changed.toString(), "--compare", CommandRunner.CHECKER_PLAN.toString(), "--out", report.toString());

        assertEquals(new CommandRunner.Captured(DrawdownCommand.INFEASIBLE,
                List.of("Report written to " + report + " (infeasible plan, 8 flights)"), List.of()), run);
        String html = Files.readString(report);
        assertTrue(html.contains("<h2>Compared with small-plan.json</h2>"));
        assertTrue(html.contains("8 kept, 0 retimed, 0 given another aircraft, 1 cancelled, 0 added. 1 load moved"),
                "flight and load counts");
        assertTrue(html.contains("<tr><td>Total cost</td><td class=\"num\">$359,177</td>"
                + "<td class=\"num\">$328,772</td><td class=\"num\">-$30,405</td></tr>"), "costs side by side");
        assertTrue(html.contains("<tr><td>Flights</td><td class=\"num\">9</td><td class=\"num\">8</td>"
                + "<td class=\"num\">-1</td></tr>"), "flight counts side by side");
        assertTrue(html.contains("<tr><td>Last departure NIAM</td><td class=\"num\">2024-06-02 14:00Z</td>"
                + "<td class=\"num\">2024-06-02 14:00Z</td><td class=\"num\"></td></tr>"), "last departures");
        assertTrue(html.contains("<li>F0008 (BIG-2 NIAM-RAMS 2024-06-02 14:00Z)<br><span class=\"loads\">C-GEN4"
                + "</span></li>"), "the cancelled flight");
        assertTrue(html.contains("<tr><td>C-GEN4</td><td>F0008 (BIG-2 NIAM-RAMS 2024-06-02 14:00Z)</td>"
                + "<td>F0003 (BIG-2 NIAM-RAMS 2024-06-01 08:00Z)</td></tr>"), "the load that changed flight");
        assertTrue(html.contains("rule 1 &middot; Payload: 2,000 kg over the type&#39;s maximum payload in 1 match"),
                "the broken rule up front");
    }

    @Test
    void missingScenarioIsRefusedWithOneLine() {
        Path missing = directory.resolve("missing.json");

        CommandRunner.Captured run = CommandRunner.capture("report", missing.toString(),
                CommandRunner.CHECKER_PLAN.toString(), "--out", directory.resolve("report.html").toString());

        assertEquals(new CommandRunner.Captured(DrawdownCommand.BAD_INPUT, List.of(),
                List.of("drawdown: " + missing + ": no such file")), run);
        assertFalse(Files.exists(directory.resolve("report.html")));
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    /** The values of an attribute wherever it appears, in order. */
    private static List<String> attributes(String html, String name) {
        Matcher matcher = Pattern.compile("\\s" + Pattern.quote(name) + "=\"([^\"]*)\"").matcher(html);
        List<String> values = new ArrayList<>();
        while (matcher.find()) {
            values.add(matcher.group(1));
        }
        return values;
    }
}
