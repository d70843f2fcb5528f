package org.onestop.settlement.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.onestop.settlement.support.ApiFixtures;
import org.onestop.settlement.support.HeadlessChromium;
import org.onestop.settlement.support.JsonHttpClient;
import org.onestop.settlement.support.SettlementApi;
import org.onestop.settlement.support.TestClients.Credentials;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import tools.jackson.databind.node.ObjectNode;

/**
 * What the console's browser tests share: the persons and settlements they set up over the JSON API, and reading a
 * console page in Chromium (by its {@code data-*} attributes), with axe-core run on every page opened.
 */
final class ConsolePages {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final HeadlessChromium chromium;
    private final int port;

    ConsolePages(HeadlessChromium chromium, int port) {
        this.chromium = chromium;
        this.port = port;
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Opens a console page (signed in already) and checks it has no critical accessibility violation. */
    void open(String path) {
        chromium.driver().get(url(path));
        assertThat(chromium.criticalAccessibilityViolations()).as("critical axe violations on %s", path).isEmpty();
    }

    /** Clicks a link or a form's button and waits until the browser has loaded the page it leads to. */
    void follow(WebElement linkOrButton) {
        WebElement page = chromium.driver().findElement(By.tagName("html"));
        linkOrButton.click();
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(page));
    }

    /** The current page's path and query. */
    String currentPath() {
        return chromium.driver().getCurrentUrl().substring(url("").length());
    }

    String text(String css) {
        return chromium.driver().findElement(By.cssSelector(css)).getText().strip();
    }

    List<WebElement> all(String css) {
        return chromium.driver().findElements(By.cssSelector(css));
    }

    String heading() {
        return text("main h1");
    }

    /**
     * A new Zibo resident named {@code name} (RESIDENT, urban) holding 低保 (MIN_LIVING, no subclass) through 2024,
     * registered by the tests' ADMIN client; returns the id.
     */
    static String minLivingZiboResident(SettlementApi api, String name) {
        String personId = ApiFixtures.unique("con");
        ObjectNode person = ApiFixtures.ziboResident(personId);
        person.put("name", name);
        assertThat(api.putPerson(personId, person).status()).isEqualTo(201);
        api.addIdentity(personId, "MIN_LIVING", null, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), null);
        return personId;
    }

    /** Settles the claim of policies.md §6 for {@code personId} as {@code hospital}; returns the settlement id. */
    static String settleSection6(int port, Credentials hospital, String hospitalCode, String personId) {
        var claim = ApiFixtures.section6Claim(hospitalCode, ApiFixtures.unique("ZY"), personId);
        var answer = JsonHttpClient.as(port, hospital).post(ApiFixtures.SETTLEMENTS, ApiFixtures.text(claim));
        assertThat(answer.status()).as("%s", answer).isEqualTo(201);
        return answer.json().path("settlementId").asString();
    }
}
