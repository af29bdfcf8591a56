package org.drawdown.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.drawdown.report.PlanSummary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;

/**
 * The report as a planner uses it, in Debian's headless Chromium driven by ChromeDriver: zooming the timeline labels
 * the sorties, clicking one opens its load sheet, a replanned plan shows "now", and in print no table row wraps.
 * Skipped without chromium-driver, unless DRAWDOWN_REQUIRE_BROWSER=1.
 */
class ReportInteractionTest {

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** A4 landscape less the page's 10 mm margins, in CSS pixels (96 to the inch). */
    private static final int PRINTED_WIDTH_PX = 1047;
    private static final int PRINTED_HEIGHT_PX = 718;

    private static ChromeDriver browser;

    @BeforeAll
    static void startBrowser() {
        ReportBrowserTest.requireTool(ReportBrowserTest.CHROMIUM, "chromium");
        ReportBrowserTest.requireTool(CHROMEDRIVER, "chromium-driver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(ReportBrowserTest.CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1600,1000",
                "--host-resolver-rules=MAP * ~NOTFOUND", "--disable-background-networking", "--no-first-run");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static Object script(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private static void open(Path page) {
        browser.get(page.toAbsolutePath().toUri().toString());
    }

    /** Flight ids drawn as text on the timeline. */
    @SuppressWarnings("unchecked")
    private static List<String> sortieLabels() {
        return (List<String>) script("return Array.from(document.querySelectorAll('#chart-timeline svg text'))"
                + ".map(t => t.textContent).filter(t => /^F\\d{4}/.test(t));");
    }

    @Test
    void zoomingInLabelsTheSortiesAndClickingOneOpensItsLoadSheet() throws Exception {
        NigerReport.make();
        open(NigerReport.REPORT);
        assertEquals(List.of(), sortieLabels(), "four months at once: sorties too narrow for a label");

        // The first sortie of the first aircraft row, zoomed to two days as the slider or Ctrl and the wheel would.
        @SuppressWarnings("unchecked")
        Map<String, Object> sortie = (Map<String, Object>) script(
                "var data = JSON.parse(document.getElementById('chart-data').textContent);"
                + "var leg = data.timeline.legs.find(l => l.sortie && l.row === 0);"
                + "var chart = echarts.getInstanceByDom(document.getElementById('chart-timeline'));"
                + "chart.dispatchAction({ type: 'dataZoom', startValue: leg.fromMs - 6 * 3600e3,"
                + "  endValue: leg.fromMs + 42 * 3600e3 });"
                + "var at = chart.convertToPixel({ seriesName: 'flights' }, [(leg.fromMs + leg.toMs) / 2, 0]);"
                + "return { flight: leg.flight, x: at[0], y: at[1] };");
        String flight = (String) sortie.get("flight");
        assertTrue(sortieLabels().stream().anyMatch(label -> label.startsWith(flight)),
                flight + " labelled when zoomed: " + sortieLabels());

        WebElement timeline = browser.findElement(By.id("chart-timeline"));
        script("arguments[0].scrollIntoView({ block: 'center' });", timeline);
        int x = (int) Math.round(((Number) sortie.get("x")).doubleValue() - timeline.getSize().getWidth() / 2.0);
        int y = (int) Math.round(((Number) sortie.get("y")).doubleValue() - timeline.getSize().getHeight() / 2.0);
        new Actions(browser).moveToElement(timeline, x, y).click().perform();

        WebElement sheet = browser.findElement(By.id("flight-" + flight));
        assertEquals("flight open picked", sheet.getAttribute("class").replace("broken ", ""), "opened and marked");
        assertTrue(sheet.findElement(By.cssSelector("tr.sheet")).isDisplayed(), "its load sheet shows");
        Number top = (Number) script("return arguments[0].getBoundingClientRect().top;", sheet);
        assertTrue(top.doubleValue() >= 0 && top.doubleValue() < 200, "scrolled to the top of the window: " + top);
    }

    @Test
    void replannedPlanShowsNowOnTheTimeline() throws Exception {
        Instant now = ReplannedReport.make();
        open(ReplannedReport.REPORT);

        @SuppressWarnings("unchecked")
        List<String> texts = (List<String>) script("return Array.from(document.querySelectorAll("
                + "'#chart-timeline svg text')).map(t => t.textContent);");
        assertTrue(texts.contains("now " + PlanSummary.time(now)), "the now line's label: " + texts);
    }

    /**
     * Printed, every table keeps each row on one line and stays within the paper's width: checked with the print
     * stylesheet applied at the printed width, every load sheet open (printing prints those open).
     */
    @Test
    void printedTablesKeepEveryRowOnOneLineWithinThePage() throws Exception {
        NigerReport.make();
        open(NigerReport.REPORT);
        browser.findElement(By.id("expand-all")).click();
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", PRINTED_WIDTH_PX,
                "height", PRINTED_HEIGHT_PX, "deviceScaleFactor", 1, "mobile", false));
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));

        @SuppressWarnings("unchecked")
        List<String> wrapped = (List<String>) script(
                // A cell wraps when two of its boxes lie one below the other.
                "function wraps(cell) {"
                + "  var range = document.createRange(); range.selectNodeContents(cell);"
                + "  var boxes = Array.from(range.getClientRects()).filter(b => b.width > 0 && b.height > 0);"
                + "  return boxes.some(a => boxes.some(b => b.top >= a.bottom - 1));"
                + "}"
                // A row that holds a load sheet is judged by the sheet's own rows.
                + "var rows = Array.from(document.querySelectorAll('tr'))"
                + "  .filter(row => row.getClientRects().length && !row.querySelector('table'));"
                + "if (rows.length < 200) { return ['only ' + rows.length + ' rows printed']; }"
                + "return rows.filter(row => Array.from(row.cells).some(wraps))"
                + "  .map(row => row.textContent.replace(/\\s+/g, ' ').trim().slice(0, 120));");
        assertEquals(List.of(), wrapped, "rows wrapped in print");

        @SuppressWarnings("unchecked")
        List<String> wide = (List<String>) script("return Array.from(document.querySelectorAll('table'))"
                + ".filter(t => t.getClientRects().length && t.getBoundingClientRect().right > " + PRINTED_WIDTH_PX
                + ").map(t => (t.id || t.className) + ' ' + Math.round(t.getBoundingClientRect().right));");
        assertEquals(List.of(), wide, "tables wider than the paper");
    }
}
