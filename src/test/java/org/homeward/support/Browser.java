package org.homeward.support;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven through its chromedriver, for browser tests. Both binaries are named
 * explicitly so that Selenium Manager never downloads a browser or a driver: the tests run offline. Start one
 * per test class and close it after:
 *
 * <pre>
 * static Browser browser;
 * &#64;BeforeAll static void start() { browser = Browser.start("http://localhost:" + port); }
 * &#64;AfterAll static void stop() { browser.close(); }
 * ...
 * browser.open("/?lang=ar");
 * assertThat(browser.script("return document.documentElement.dir")).isEqualTo("rtl");
 * </pre>
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String INSTALL =
            "install Debian's chromium and chromium-driver" + " (apt-get install -y chromium chromium-driver)";

    /**
     * Selenium warns on every start that it has no DevTools (CDP) support for this Chromium version; the tests
     * use WebDriver only, so the warning is noise. Strong references: java.util.logging keeps loggers weakly.
     */
    private static final List<Logger> QUIET =
            quiet("org.openqa.selenium.devtools.CdpVersionFinder", "org.openqa.selenium.chromium.ChromiumDriver");

    private final String base;
    private final ChromeDriver driver;
    private final Path profile;

    private Browser(String base, ChromeDriver driver, Path profile) {
        this.base = base;
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts a browser; paths given to {@link #open} are relative to {@code base} ("http://localhost:8080"). */
    public static Browser start(String base) {
        for (Path binary : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(binary)) {
                fail(binary + " is missing: " + INSTALL);
            }
        }
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        Path profile = temporaryProfile();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--user-data-dir=" + profile,
                "--window-size=1366,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1366, 900));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return new Browser(base, driver, profile);
    }

    /** Loads {@code path} (relative to the base) and waits until the page has loaded. */
    public Browser open(String path) {
        driver.get(path.startsWith("http") ? path : base + path);
        return this;
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public WebElement find(String cssSelector) {
        return driver.findElement(By.cssSelector(cssSelector));
    }

    public List<WebElement> findAll(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector));
    }

    /** The text a reader sees on the page (hidden elements excluded). */
    public String visibleText() {
        return find("body").getText();
    }

    /** Runs JavaScript in the page and answers what it returns ({@code return ...}). */
    public Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /** Every URL the current page fetched (scripts, styles, images, ...), from the Resource Timing API. */
    @SuppressWarnings("unchecked")
    public List<String> requestedUrls() {
        return (List<String>) script("return performance.getEntriesByType('resource').map(entry => entry.name)");
    }

    /** Saves a PNG of the viewport to {@code file}, creating its folder. */
    public Path screenshot(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path png = driver.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(png, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The underlying driver, for what these helpers do not cover. */
    public ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static List<Logger> quiet(String... names) {
        List<Logger> loggers = new ArrayList<>();
        for (String name : names) {
            Logger logger = Logger.getLogger(name);
            logger.setLevel(Level.SEVERE);
            loggers.add(logger);
        }
        return loggers;
    }

    private static Path temporaryProfile() {
        try {
            return Files.createTempDirectory("homeward-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary profile does no harm; the test result matters more.
        }
    }
}
