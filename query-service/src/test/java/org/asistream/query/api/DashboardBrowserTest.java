package org.asistream.query.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.asistream.query.testing.Api;
import org.asistream.query.testing.Tokens;
import org.asistream.query.testing.TrustDay;
import org.asistream.query.testing.ViewTopicsWriter;
import org.asistream.query.testing.ViewsOnEmbeddedKafka;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The dashboard in a real headless browser: Debian's chromium and chromedriver (installed by .ci/install-packages),
 * driven by Selenium without Selenium Manager downloading anything.
 */
@QuarkusTest
@WithTestResource(ViewsOnEmbeddedKafka.class)
class DashboardBrowserTest {

    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @TestHTTPResource("/")
    URL dashboard;

    private WebDriver browser;

    @BeforeEach
    void openBrowser() {
        Api.awaitViewsLoaded();
        assertThat(Path.of(CHROMEDRIVER)).as("Debian's chromium-driver (run .ci/install-packages)").exists();
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,2000");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        browser = new ChromeDriver(options);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aNetworkDirectorSignsInSeesTheLeagueTableAndWatchesARowChange() throws IOException {
        browser.get(dashboard.toString());
        browser.findElement(By.id("token")).sendKeys(Tokens.NETWORK_N9);
        browser.findElement(By.id("sign-in-button")).click();
        awaitPage("the dashboard", () -> browser.findElement(By.id("dashboard")).isDisplayed());
        assertThat(browser.findElement(By.id("who-name")).getText()).contains("Lune Stroke Network");

        browser.findElement(By.cssSelector("#period option[value='2010-01']")).click();
        browser.findElement(By.cssSelector("#measure option[value='4a']")).click();
        awaitPage("the league table of 2010-01 for measure 4a", () -> text("league-title")
                .contains("2010-01 · measure 4a") && cell("L2", 2) != null);
        assertThat(rows()).extracting(row -> row.getAttribute("data-trust")).containsExactlyInAnyOrder("L1", "L2");
        assertThat(cell("L2", 1)).isEqualTo("Lyn Royal Hospital");
        long metBefore = Long.parseLong(cell("L2", 2));
        assertThat(browser.findElement(By.id("status")).getText()).startsWith("Live");

        try (ViewTopicsWriter writer = Api.writer()) {
            writer.trustDay(TrustDay.of("L2", "2010-01-21").measure("4a", 5, 0, 0, 0));
        }

        awaitPage("L2's row with 5 more met", () -> cell("L2", 2).equals(Long.toString(metBefore + 5)));
        assertThat(rowClass("L2")).contains("changed");
        screenshot("dashboard-network.png");
    }

    @Test
    void aRegionLeadSeesTheRegionsNetworksAndTrajectories() throws IOException {
        browser.get(dashboard.toString());
        browser.findElement(By.id("token")).sendKeys(Tokens.REGION_R1);
        browser.findElement(By.id("sign-in-button")).click();
        awaitPage("the region's two networks", () -> browser.findElement(By.id("networks-panel"))
                .isDisplayed() && browser.findElements(By.cssSelector("#networks-table tbody tr")).size() == 2);
        assertThat(browser.findElements(By.cssSelector("#networks-table tbody tr")))
                .extracting(row -> row.getAttribute("data-network")).containsExactly("N1", "N2");
        awaitPage("ten trajectory charts", () ->
                browser.findElements(By.cssSelector("#trajectories canvas")).size() >= 10);
        screenshot("dashboard-region.png");
    }

    @Test
    void aDirectorFlickingThroughPeriodsSeesTheLastOneChosenAndNoErrorsFromTheOthers() {
        browser.get(dashboard.toString());
        browser.findElement(By.id("token")).sendKeys(Tokens.NETWORK_N9);
        browser.findElement(By.id("sign-in-button")).click();
        awaitPage("the dashboard", () -> browser.findElement(By.id("dashboard")).isDisplayed());

        for (String period : List.of("2010-01", "2010-Q1", "FY2009", "2010-02", "2010-03")) {
            browser.findElement(By.cssSelector("#period option[value='" + period + "']")).click();
        }
        browser.findElement(By.cssSelector("#measure option[value='4a']")).click();

        awaitPage("the league table and funnel plot of 2010-03 for measure 4a", () ->
                text("league-title").contains("2010-03 · measure 4a") && cell("L2", 2) != null
                        && text("funnel-title").contains("measure 4a") && text("funnel-title").contains("2010-03")
                        && browser.findElements(By.cssSelector("#trajectories canvas")).size() >= 10);
        // The requests of the periods left behind were aborted; their failures must not reach the page.
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContainIgnoringCase("abort");
        assertThat(text("status")).startsWith("Live");
    }

    @Test
    void aNetworkDirectorSeesTheEventsTheIngestServiceRefusedBesideTheMeasures() {
        browser.get(dashboard.toString());
        browser.findElement(By.id("token")).sendKeys(Tokens.NETWORK_N1);
        browser.findElement(By.id("sign-in-button")).click();

        awaitPage("the refused events beside the measures",
                () -> text("beside").contains("Refused by the ingest service"));
        assertThat(text("beside")).contains("7 events in 4 requests (invalid-events:occurredAt 6, invalid-events 3");
    }

    @Test
    void aWrongTokenIsRefusedOnTheSignInForm() {
        browser.get(dashboard.toString());
        browser.findElement(By.id("token")).sendKeys("not-a-token");
        browser.findElement(By.id("sign-in-button")).click();
        awaitPage("the refusal", () -> text("sign-in-message").contains("not recognised"));
        assertThat(browser.findElement(By.id("dashboard")).isDisplayed()).isFalse();
    }

    /**
     * Waits until the page shows what is expected; if it never does, fails with what it shows instead (the league
     * table's title, the stream's status, the browser's console) and a screenshot, so that a failure on a machine
     * nobody watched can be understood.
     */
    private void awaitPage(String expected, Callable<Boolean> condition) {
        try {
            await().atMost(PATIENCE).ignoreExceptions().until(condition);
        } catch (ConditionTimeoutException e) {
            try {
                screenshot("dashboard-failure.png");
            } catch (IOException | RuntimeException ignored) {
                // The diagnosis below matters more than the picture.
            }
            String console = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .map(LogEntry::toString).collect(Collectors.joining("\n  "));
            throw new AssertionError("The page did not show " + expected + " within " + PATIENCE + ". It shows:"
                    + "\n title: " + text("league-title") + "\n status: " + text("status")
                    + "\n league table's rows: " + rows().stream().map(row -> row.getAttribute("data-trust")).toList()
                    + "\n browser console:\n  " + console, e);
        }
    }

    /** An element's visible text, or a note that it is missing. */
    private String text(String id) {
        List<WebElement> found = browser.findElements(By.id(id));
        return found.isEmpty() ? "(no #" + id + ")" : found.get(0).getText();
    }

    private List<WebElement> rows() {
        return browser.findElements(By.cssSelector("#league-table tbody tr"));
    }

    /**
     * A cell's text, read in the page in one step: the table is rebuilt whenever an update streams in, so an element
     * found a moment earlier may already be gone. Null while there is no such row.
     */
    private String cell(String trust, int column) {
        return (String) ((JavascriptExecutor) browser).executeScript(
                "const row = document.querySelector(`#league-table tbody tr[data-trust='${arguments[0]}']`);"
                        + "return row ? row.cells[arguments[1]].textContent : null;", trust, column);
    }

    private String rowClass(String trust) {
        return (String) ((JavascriptExecutor) browser).executeScript(
                "return document.querySelector(`#league-table tbody tr[data-trust='${arguments[0]}']`).className;",
                trust);
    }

    /** Kept in target/ so that a person can look at what the test saw. */
    private void screenshot(String name) throws IOException {
        Path file = Path.of("target", name);
        Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
