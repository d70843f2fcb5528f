package org.onestop.settlement.slip;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.onestop.settlement.support.TestClients.Credentials;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Chromium (Debian's {@code chromium} with {@code chromium-driver}) driven by Selenium, started once
 * per test class. Without Chromium the browser tests fail and say how to install it, unless
 * {@value #SKIP_VARIABLE}{@code =true}, which skips them on purpose.
 */
final class HeadlessChromium implements AutoCloseable {

    /** Set to {@code true} to skip the browser tests where Chromium cannot be installed. */
    static final String SKIP_VARIABLE = "SETTLEMENT_SKIP_BROWSER_TESTS";

    private final ChromeDriver driver;

    private HeadlessChromium(ChromeDriver driver) {
        this.driver = driver;
    }

    /** Starts Chromium, or fails (or skips, with {@value #SKIP_VARIABLE}=true) when it is not installed. */
    static HeadlessChromium start() {
        Optional<Path> browser = onPath("chromium", "chromium-browser", "google-chrome");
        Optional<Path> chromedriver = onPath("chromedriver");
        if (browser.isEmpty() || chromedriver.isEmpty()) {
            String message = "Chromium for the browser tests is missing (chromium: " + browser.isPresent()
                    + ", chromedriver: " + chromedriver.isPresent() + "); install it with "
                    + "'apt-get install -y chromium chromium-driver' (.ci/run does) or set " + SKIP_VARIABLE
                    + "=true to skip the browser tests";
            Assumptions.assumeFalse("true".equalsIgnoreCase(System.getenv(SKIP_VARIABLE)), message);
            throw new IllegalStateException(message);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.get().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=900,1300", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.get().toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        driver.executeCdpCommand("Network.enable", Map.of());
        return new HeadlessChromium(driver);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Every request of the browser from now on carries these credentials (HTTP Basic), through DevTools. */
    void authenticateAs(Credentials credentials) {
        driver.executeCdpCommand("Network.setExtraHTTPHeaders",
                Map.of("headers", Map.of("Authorization", credentials.basicHeader())));
    }

    /** The status of a GET of {@code url} made by the page itself (so with the browser's credentials). */
    long statusOf(String url) {
        return (Long) driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {headers: {Accept: 'text/html'}}).then(r => done(r.status))"
                        + ".catch(e => done(-1));", url);
    }

    /** Prints the page to PDF as Chromium does, honouring the page's CSS {@code @page} size. */
    byte[] printToPdf() {
        Map<String, Object> result = driver.executeCdpCommand("Page.printToPDF",
                Map.of("preferCSSPageSize", true, "printBackground", true));
        return Base64.getDecoder().decode((String) result.get("data"));
    }

    /** Saves a screenshot of the window. */
    void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs axe-core (injected from the test resources) on the page; answers its violations as id, impact, help. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> accessibilityViolations() {
        driver.executeScript(axeSource());
        return (List<Map<String, Object>>) driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document).then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact,"
                        + " help: v.help, nodes: v.nodes.map(n => n.target.join(' ')).join(', ')}))))"
                        + ".catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e)}]));");
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static String axeSource() {
        try (InputStream in = HeadlessChromium.class.getResourceAsStream("/axe-core/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe-core/axe.min.js is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Path> onPath(String... names) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(names)
                .flatMap(name -> Stream.of(path.split(File.pathSeparator)).map(dir -> Path.of(dir, name)))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
