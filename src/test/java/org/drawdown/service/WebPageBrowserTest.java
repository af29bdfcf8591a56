package org.drawdown.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.drawdown.cli.DrawdownCommand;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The service's web page in Debian's headless Chromium, driven by its chromedriver, against a real
 * {@code drawdown serve} process on the embedded database: a planner signs in, submits the Niger scenario, watches
 * it solve, stops a second job, opens a report and downloads a plan that passes {@code check}. The steps run in
 * order on one service and one browser, each on what the one before left.
 * <p>
 * Without /usr/bin/chromium and /usr/bin/chromedriver the tests are skipped, unless DRAWDOWN_REQUIRE_BROWSER=1 (CI
 * sets it), when they fail.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebPageBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path NIGER = Path.of("datasets/niger-2024.json");
    private static final String TOKEN = "token-of-the-web-page-test";
    /** Bounds on waiting, not speed requirements: a service or browser that hangs must not hang the build. */
    private static final Duration START_WAIT = Duration.ofMinutes(2);
    private static final Duration JOB_WAIT = Duration.ofMinutes(4);
    private static final Duration PAGE_WAIT = Duration.ofSeconds(60);
    private static final Pattern SERVING = Pattern.compile("serves on (http://localhost:\\d+)");
    private static final Path SERVICE_LOG = Path.of("target", "web-page-test-serve.log");
    private static final Pattern SUBMITTED = Pattern.compile("as job (\\S+)\\.$");

    @TempDir
    static Path directory;

    private static Process service;
    private static WebDriver browser;
    private static String address;
    private static Path downloads;
    /** The Niger job solved to its time limit, which the later steps look at. */
    private static String solvedJob;

    @BeforeAll
    static void startServiceAndBrowser() throws Exception {
        for (Path program : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(program)) {
                String why = program + " is missing, so the web page is not tested in a browser"
                        + " (apt-get install chromium chromium-driver)";
                if ("1".equals(System.getenv("DRAWDOWN_REQUIRE_BROWSER"))) {
                    fail(why + ", and DRAWDOWN_REQUIRE_BROWSER=1 requires it");
                }
                assumeTrue(false, why);
            }
        }
        address = startService().replace("localhost", "127.0.0.1");
        downloads = Files.createDirectories(directory.resolve("downloads"));
        browser = startBrowser(downloads);
    }

    @AfterAll
    static void stopBrowserAndService() throws InterruptedException {
        if (browser != null) {
            browser.quit();
        }
        if (service != null) {
            service.destroy();
            if (!service.waitFor(1, TimeUnit.MINUTES)) {
                service.destroyForcibly();
            }
        }
    }

    @Test
    @Order(1)
    void onlyTheRightTokenSignsIn() {
        browser.get(address + "/");
        assertEquals(address + "/web/", browser.getCurrentUrl(), "the service's root leads to the page");

        signIn("not-the-token");
        waitFor("the refusal", () -> message().contains("token was refused"));
        assertTrue(browser.findElement(By.id("sign-in")).isDisplayed(), "still asked to sign in");
        List<String> console = consoleMessages();
        assertEquals(1, console.size(), console.toString());
        assertTrue(console.get(0).contains("401"), "only the refused request is logged: " + console);

        signIn(TOKEN);
        waitFor("the jobs", () -> browser.findElement(By.id("work")).isDisplayed());
        assertEquals("No jobs yet: submit a scenario above.", browser.findElement(By.id("no-jobs")).getText());
    }

    @Test
    @Order(2)
    void submittedScenarioIsWatchedUntilDone() {
        solvedJob = submit(NIGER, "3s", "7");

        waitFor("the job's first plan", () -> !cell(solvedJob, "score").isEmpty());
        waitFor("the job to finish", JOB_WAIT, () -> !List.of("QUEUED", "SOLVING").contains(cell(solvedJob,
                "status")));

        assertEquals("DONE", cell(solvedJob, "status"));
        assertTrue(cell(solvedJob, "score").matches("0hard/0medium/-\\d+soft"), "a feasible best score: "
                + cell(solvedJob, "score"));
        assertTrue(cell(solvedJob, "cost").matches("[\\d,]+"), "its cost: " + cell(solvedJob, "cost"));
        assertEquals("default, seed 7", cell(solvedJob, "solver"));
        assertFalse(button(solvedJob, "stop").isEnabled(), "nothing left to stop");
    }

    @Test
    @Order(3)
    void secondJobIsStoppedAndKeepsItsBestPlan() {
        String job = submit(NIGER, "10m", "");
        waitFor("the job to solve", JOB_WAIT, () -> cell(job, "status").equals("SOLVING"));

        button(job, "stop").click();

        waitFor("the job to stop", () -> cell(job, "status").equals("STOPPED"));
        assertTrue(message().startsWith("Job " + job + " is STOPPED, best score "), message());
        assertFalse(cell(job, "score").isEmpty(), "the best plan is kept");
        assertTrue(button(job, "report").isEnabled(), "and can be looked at");
    }

    @Test
    @Order(4)
    void reportOpensInANewTab() {
        String jobs = browser.getWindowHandle();

        button(solvedJob, "report").click();

        waitFor("a second tab", () -> browser.getWindowHandles().size() == 2);
        String report = browser.getWindowHandles().stream().filter(handle -> !handle.equals(jobs)).findFirst()
                .orElseThrow();
        browser.switchTo().window(report);
        try {
            waitFor("the report", () -> !browser.findElements(By.id("verdict")).isEmpty());
            assertEquals("niger-2024 - Drawdown plan report", browser.getTitle());
            assertEquals("FEASIBLE", browser.findElement(By.id("verdict")).getText());
            assertTrue(browser.findElements(By.cssSelector("[_echarts_instance_]")).size() > 3,
                    "the report's charts are drawn");
        } finally {
            browser.close();
            browser.switchTo().window(jobs);
        }
    }

    @Test
    @Order(5)
    void downloadedPlanPassesCheck() throws IOException {
        button(solvedJob, "plan").click();
        Path plan = download("plan-" + solvedJob + ".json");

        assertEquals(DrawdownCommand.FEASIBLE, DrawdownCommand.execute("check", NIGER.toString(), plan.toString()));
    }

    @Test
    @Order(6)
    void csvAndCheckResultAreDownloaded() throws IOException {
        button(solvedJob, "flights").click();
        List<String> flights = Files.readAllLines(download("flights-" + solvedJob + ".csv"));
        assertTrue(flights.size() > 1 && flights.get(0).startsWith("flight,"), "a flights table: " + flights);

        button(solvedJob, "check").click();
        JsonNode check = new ObjectMapper().readTree(download("check-" + solvedJob + ".json").toFile());
        assertTrue(check.path("passed").asBoolean(), check.toString());
        waitFor("the verdict", () -> message().equals("Job " + solvedJob + ": " + check.path("verdict").asText()));
    }

    @Test
    @Order(7)
    void pageLogsNothingToTheConsoleAfterSigningIn() {
        assertEquals(List.of(), consoleMessages());
    }

    // ************************************************************************
    // The planner's steps
    // ************************************************************************

    private static void signIn(String token) {
        WebElement field = browser.findElement(By.id("token"));
        field.clear();
        field.sendKeys(token);
        browser.findElement(By.id("sign-in-button")).click();
    }

    /** Submits a scenario through the form and answers the new job's id, once its row is on the page. */
    private static String submit(Path scenario, String timeLimit, String seed) {
        browser.findElement(By.id("scenario")).sendKeys(scenario.toAbsolutePath().toString());
        type("time-limit", timeLimit);
        type("seed", seed);
        String before = message();
        browser.findElement(By.id("submit-button")).click();
        waitFor("the submission", () -> !message().equals(before) && SUBMITTED.matcher(message()).find());
        Matcher submitted = SUBMITTED.matcher(message());
        assertTrue(submitted.find(), message());
        String job = submitted.group(1);
        waitFor("the job's row", () -> !browser.findElements(row(job)).isEmpty());
        return job;
    }

    private static void type(String field, String text) {
        WebElement element = browser.findElement(By.id(field));
        element.clear();
        element.sendKeys(text);
    }

    private static By row(String job) {
        return By.cssSelector("tr[data-job='" + job + "']");
    }

    private static String cell(String job, String column) {
        return browser.findElement(row(job)).findElement(By.className(column)).getText();
    }

    private static WebElement button(String job, String action) {
        return browser.findElement(row(job)).findElement(By.cssSelector("button[data-action='" + action + "']"));
    }

    private static String message() {
        return browser.findElement(By.id("message")).getText();
    }

    /** The file the browser saved, once it is complete. */
    private static Path download(String name) {
        Path file = downloads.resolve(name);
        waitFor(name, () -> Files.isRegularFile(file)
                && !Files.exists(downloads.resolve(name + ".crdownload")));
        return file;
    }

    /** The console messages logged since the last call. */
    private static List<String> consoleMessages() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::toString).toList();
    }

    private static void waitFor(String what, java.util.function.BooleanSupplier condition) {
        waitFor(what, PAGE_WAIT, condition);
    }

    private static void waitFor(String what, Duration bound, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, bound).withMessage(() -> "waiting for " + what + "; the page says \""
                + message() + "\" and shows\n" + browser.findElement(By.tagName("main")).getText())
                .until(driver -> condition.getAsBoolean());
    }

    // ************************************************************************
    // The service and the browser
    // ************************************************************************

    /**
     * Starts {@code drawdown serve} as its own process on a free port and answers the address it serves on. Its
     * output goes to {@link #SERVICE_LOG}, to look at when a step fails.
     */
    private static String startService() throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-cp", System.getProperty("java.class.path"), DrawdownCommand.class.getName(), "serve", "--port", "0",
                "--max-solving", "2", "--data-dir", directory.resolve("data").toString());
        Files.deleteIfExists(SERVICE_LOG);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(SERVICE_LOG.toFile());
        builder.environment().put("DRAWDOWN_API_TOKEN", TOKEN);
        service = builder.start();
        long deadline = System.nanoTime() + START_WAIT.toNanos();
        while (System.nanoTime() < deadline && service.isAlive()) {
            Matcher serving = SERVING.matcher(Files.readString(SERVICE_LOG, StandardCharsets.UTF_8));
            if (serving.find()) {
                return serving.group(1);
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("drawdown serve did not start:\n" + Files.readString(SERVICE_LOG));
    }

    /** Headless Chromium with a fresh profile, saving downloads in the directory, offline but for loopback. */
    private static WebDriver startBrowser(Path downloads) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1", "--window-size=1400,1000",
                "--user-data-dir=" + directory.resolve("profile"));
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService driver = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(driver, options);
    }
}
