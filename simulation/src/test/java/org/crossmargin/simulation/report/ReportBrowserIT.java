package org.crossmargin.simulation.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * report.html in a real browser: Debian's headless Chromium through Selenium and chromedriver (both from
 * /usr/bin; nothing is downloaded). Runs in the Maven profile {@code browser}, on where /usr/bin/chromium exists.
 * {@code -Dreport.dir=DIR} renders that output folder instead of the fixture, {@code -Dreport.screenshot=FILE}
 * saves the screenshot there (absolute paths; relative ones are relative to simulation/).
 */
class ReportBrowserIT {
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    @TempDir
    Path temp;

    private ChromeDriver driver;

    @BeforeEach
    void startBrowser() {
        // both paths given: Selenium Manager has nothing to look up or download (there is no network)
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,1000", "--user-data-dir=" + temp.resolve("profile"));
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).build();
        driver = new ChromeDriver(service, options);
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void reportRendersEveryChartAndVerdictWithoutConsoleErrors() throws Exception {
        Path dir = outputFolder();
        Path report = ReportWriter.write(dir);
        driver.get(report.toUri().toString());

        List<WebElement> charts = driver.findElements(By.cssSelector("div.chart"));
        assertFalse(charts.isEmpty(), "the page has charts");
        for (WebElement chart : charts) {
            Dimension size = chart.getSize();
            assertTrue(size.getWidth() > 0 && size.getHeight() > 0, chart.getAttribute("id") + " has a size");
            // ECharts drew into it: an SVG of non-zero size
            WebElement svg = chart.findElement(By.tagName("svg"));
            assertTrue(svg.getSize().getWidth() > 0 && svg.getSize().getHeight() > 0,
                    chart.getAttribute("id") + " is drawn");
        }

        List<WebElement> verdicts = driver.findElements(By.cssSelector(".card [data-key]"));
        assertFalse(verdicts.isEmpty(), "the verdict cards show summary.json numbers");
        for (WebElement number : verdicts) {
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", number);
            assertTrue(number.isDisplayed(), number.getAttribute("data-key") + " is visible");
            assertFalse(number.getText().isBlank(), number.getAttribute("data-key") + " has text");
        }

        List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::toString).toList();
        assertEquals(List.of(), errors, "console errors");

        saveScreenshot();
    }

    private Path outputFolder() {
        String given = System.getProperty("report.dir", "");
        if (given.isBlank()) {
            return Fixtures.copy(Fixtures.FLASH_CRASH, temp.resolve(Fixtures.FLASH_CRASH));
        }
        return Path.of(given).toAbsolutePath();
    }

    /** The whole page in one picture: the window is made as tall as the document first. */
    private void saveScreenshot() throws Exception {
        String given = System.getProperty("report.screenshot", "");
        Path target = Path.of(given.isBlank() ? "target/report-screenshot.png" : given).toAbsolutePath();
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0);");
        long height = (Long) ((JavascriptExecutor) driver)
                .executeScript("return Math.ceil(document.documentElement.scrollHeight);");
        driver.manage().window().setSize(new Dimension(1280, (int) Math.min(height + 120, 16_000)));
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.createDirectories(target.getParent());
        Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
        assertTrue(Files.size(target) > 0, "screenshot written to " + target);
    }
}
