package org.onestop.settlement.support;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.onestop.settlement.support.TestClients.Credentials;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium (Debian's {@code chromium} with {@code chromium-driver}) driven by Selenium, started once
 * per test class. Without Chromium the browser tests fail and say how to install it, unless
 * {@value #SKIP_VARIABLE}{@code =true}, which skips them on purpose.
 */
public final class HeadlessChromium implements AutoCloseable {

    /** Set to {@code true} to skip the browser tests where Chromium cannot be installed. */
    public static final String SKIP_VARIABLE = "SETTLEMENT_SKIP_BROWSER_TESTS";

    private final ChromeDriver driver;

    private HeadlessChromium(ChromeDriver driver) {
        this.driver = driver;
    }

    /** Starts Chromium, or fails (or skips, with {@value #SKIP_VARIABLE}=true) when it is not installed. */
    public static HeadlessChromium start() {
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

    public ChromeDriver driver() {
        return driver;
    }

    /** Every request of the browser from now on carries these credentials (HTTP Basic), through DevTools. */
    public void authenticateAs(Credentials credentials) {
        driver.executeCdpCommand("Network.setExtraHTTPHeaders",
                Map.of("headers", Map.of("Authorization", credentials.basicHeader())));
    }

    /** The status of a GET of {@code url} made by the page itself (so with the browser's credentials). */
    public long statusOf(String url) {
        return (Long) driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {headers: {Accept: 'text/html'}}).then(r => done(r.status))"
                        + ".catch(e => done(-1));", url);
    }

    /**
     * Signs in to the console through its login form as {@code credentials}, after dropping any earlier session and
     * any Basic header set by {@link #authenticateAs}; the browser keeps the session cookie.
     */
    public void signIn(int port, Credentials credentials) {
        driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of()));
        driver.manage().deleteAllCookies();
        driver.get("http://localhost:" + port + "/console/login");
        driver.findElement(By.id("clientId")).sendKeys(credentials.clientId());
        driver.findElement(By.id("secret")).sendKeys(credentials.secret());
        String login = driver.getCurrentUrl();
        driver.findElement(By.cssSelector("main button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !login.equals(d.getCurrentUrl()));
    }

    /**
     * The status of a GET of {@code url} sent with the browser's cookies (so its console session), by a client of
     * the test: the console's pages allow no script, so the page itself cannot fetch.
     */
    public int sessionStatusOf(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET());
    }

    /** The status of a form POST of {@code fields} to {@code url} with the browser's cookies but no CSRF token. */
    public int postWithoutCsrfToken(String url, Map<String, String> fields) {
        String form = fields.entrySet().stream()
                .map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private int send(HttpRequest.Builder request) {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        try {
            return HttpClient.newHttpClient().send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Saves a screenshot of the whole page, beyond the window's height. */
    public void fullPageScreenshot(Path file) {
        Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight;");
        Number width = (Number) driver.executeScript("return document.documentElement.scrollWidth;");
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width.intValue(),
                        "height", height.intValue(), "scale", 1)));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Prints the page to PDF as Chromium does, honouring the page's CSS {@code @page} size. */
    public byte[] printToPdf() {
        Map<String, Object> result = driver.executeCdpCommand("Page.printToPDF",
                Map.of("preferCSSPageSize", true, "printBackground", true));
        return Base64.getDecoder().decode((String) result.get("data"));
    }

    /** Saves a screenshot of the window. */
    public void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs axe-core (injected from the test resources) on the page; answers its violations as id, impact, help. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> accessibilityViolations() {
        driver.executeScript(axeSource());
        return (List<Map<String, Object>>) driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document).then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact,"
                        + " help: v.help, nodes: v.nodes.map(n => n.target.join(' ')).join(', ')}))))"
                        + ".catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e)}]));");
    }

    /** The critical violations axe-core finds on the page (every violation is printed, only critical ones answered). */
    public List<Map<String, Object>> criticalAccessibilityViolations() {
        List<Map<String, Object>> violations = accessibilityViolations();
        violations.forEach(v -> System.out.println("axe " + driver.getCurrentUrl() + ": " + v));
        return violations.stream().filter(v -> "critical".equals(v.get("impact"))).toList();
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
