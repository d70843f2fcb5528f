package org.onestop.settlement.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onestop.settlement.slip.MoneyText;
import org.onestop.settlement.support.ApiFixtures;
import org.onestop.settlement.support.HeadlessChromium;
import org.onestop.settlement.support.IntegrationTest;
import org.onestop.settlement.support.OfficeClients;
import org.onestop.settlement.support.SettlementApi;
import org.onestop.settlement.support.TestClients.Credentials;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The assistance office's console in real headless Chromium, signed in through the login form: a person's page with
 * the ledger drawn as bars that agree with {@code GET /api/v1/persons/{id}/ledger}, the settlement's slip opened from
 * it, and the scope of an office (another region's person is the 404 page). axe-core runs on every page opened.
 *
 * <p>The person is a Zibo resident holding 低保 (MIN_LIVING) who had the stay of policies.md §6 in 2024 (level 3,
 * total 60,000.00, fully own-pay 5,000.00, pre-self-pay 1,000.00, so policy scope 54,000.00). By hand, from the Zibo
 * policy data: basic (54,000 − 800) × 60% = 31,920.00 from the resident pool BASIC, whose annual cap is 200,000.00, so
 * 168,080.00 remain and the bar is 31,920 / 200,000 = 15.96% full; major illness 65% × (22,080 − 5,000) = 11,102.00,
 * uncapped for a 低保 person (淄政办发〔2022〕11号 三(四): 取消年度最高支付限额), so no bar; assistance 75% × 10,978.00 =
 * 8,233.50 from the pool ASSIST capped at 30,000.00 (四(六): 年度救助限额为 3 万元), so 21,766.50 remain and the bar is
 * 8,233.50 / 30,000 = 27.445% → 27.45%; the tilt paid nothing of its 20,000.00, 0.00% full.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleOfficeBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    SettlementApi api;

    HeadlessChromium chromium;
    ConsolePages pages;
    Credentials zibo;
    String personId;
    String settlementId;

    @BeforeAll
    void start() {
        chromium = HeadlessChromium.start();
        pages = new ConsolePages(chromium, port);
        zibo = OfficeClients.officeOf(api, "ZIBO");
        personId = ConsolePages.minLivingZiboResident(api, "王秀英");
        String hospitalCode = ApiFixtures.unique("H-con");
        Credentials hospital = api.newClient("con-hospital", "HOSPITAL", hospitalCode);
        settlementId = ConsolePages.settleSection6(port, hospital, hospitalCode, personId);
    }

    @AfterAll
    void stop() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void thePersonPageDrawsTheLedgerAsTheLedgerApiAnswersIt() {
        chromium.signIn(port, zibo);
        assertThat(pages.currentPath()).as("the office starts on its own page").isEqualTo("/console/office");
        pages.open("/console/office");
        chromium.driver().findElement(By.id("personId")).sendKeys(personId);
        pages.follow(chromium.driver().findElement(By.cssSelector("main form button")));
        assertThat(pages.currentPath()).isEqualTo("/console/office/persons/" + personId);
        pages.open("/console/office/persons/" + personId + "?year=2024");

        assertThat(pages.text("[data-field=name]")).isEqualTo("王秀英");
        assertThat(pages.text("[data-field=region]")).isEqualTo("淄博市");
        assertThat(pages.all("tr[data-category=MIN_LIVING]")).hasSize(1);

        // the hand-worked bars of the class description
        assertBar("BASIC_PAID:BASIC", "31,920.00", "200,000.00", "168,080.00", "15.96");
        assertBar("ASSISTANCE_PAID:ASSIST", "8,233.50", "30,000.00", "21,766.50", "27.45");
        assertBar("TILT_PAID", "0.00", "20,000.00", "20,000.00", "0.00");
        WebElement majorIllness = pages.all("tr[data-bucket=MAJOR_ILLNESS_PAID]").get(0);
        assertThat(majorIllness.findElement(By.cssSelector("[data-field=used]")).getText()).isEqualTo("11,102.00");
        assertThat(majorIllness.findElements(By.cssSelector("[role=meter]"))).as("uncapped: no bar").isEmpty();

        // every bucket of the JSON ledger is a row with the same figures, and nothing else is
        JsonNode ledger = api.http().get("/api/v1/persons/" + personId + "/ledger?year=2024").json();
        assertThat(pages.text("[data-field=policyVersion]")).isEqualTo(ledger.path("policyVersion").asString());
        assertThat(pages.all("tr[data-bucket]")).hasSize(ledger.path("buckets").size());
        for (JsonNode bucket : ledger.path("buckets").values()) {
            WebElement row = pages.all("tr[data-bucket='" + bucket.path("name").asString() + "']").get(0);
            assertThat(cell(row, "used")).isEqualTo(MoneyText.format(bucket.path("used").decimalValue()));
            if (bucket.path("cap").isNull()) {
                assertThat(cell(row, "cap")).isEqualTo("不设上限");
                continue;
            }
            BigDecimal cap = bucket.path("cap").decimalValue();
            assertThat(cell(row, "cap")).isEqualTo(MoneyText.format(cap));
            assertThat(cell(row, "remaining")).isEqualTo(MoneyText.format(bucket.path("remaining").decimalValue()));
            WebElement bar = row.findElement(By.cssSelector("[role=meter]"));
            assertThat(new BigDecimal(bar.getAttribute("aria-valuenow")))
                    .isEqualByComparingTo(bucket.path("used").decimalValue());
            assertThat(new BigDecimal(bar.getAttribute("aria-valuemax"))).isEqualByComparingTo(cap);
        }
        chromium.fullPageScreenshot(ConsolePages.SCREENSHOTS.resolve("console-person.png"));

        // the settlement of the year, with its slip
        WebElement settlement = pages.all("tr[data-settlement='" + settlementId + "']").get(0);
        assertThat(settlement.getText()).contains("60,000.00", "51,255.50", "8,744.50", "已结算");
        pages.follow(settlement.findElement(By.cssSelector("a.slip")));
        assertThat(chromium.driver().getTitle()).startsWith("一站式结算单");
        assertThat(pages.text("[data-field=personalPay]")).isEqualTo("8,744.50");
        assertThat(pages.text("[data-field=personalPayCapital]")).isEqualTo("捌仟柒佰肆拾肆元伍角");
        assertThat(pages.text("[data-field=personName]")).isEqualTo("王**");
        assertThat(chromium.criticalAccessibilityViolations()).isEmpty();
        chromium.fullPageScreenshot(ConsolePages.SCREENSHOTS.resolve("console-slip.png"));
    }

    @Test
    void anOfficeCannotOpenAPersonOrASlipOfAnotherRegion() {
        chromium.signIn(port, OfficeClients.officeOf(api, "LANZHOU"));

        pages.open("/console/office/persons/" + personId + "?year=2024");
        assertThat(pages.text("[data-field=status]")).isEqualTo("404");
        assertThat(chromium.sessionStatusOf(pages.url("/console/office/persons/" + personId))).isEqualTo(404);
        assertThat(chromium.sessionStatusOf(pages.url("/console/settlements/" + settlementId + "/slip"))).isEqualTo(404);
        assertThat(chromium.driver().findElement(By.tagName("body")).getText()).doesNotContain("王", "8,744.50");
        // the same pages for the person's own office
        chromium.signIn(port, zibo);
        assertThat(chromium.sessionStatusOf(pages.url("/console/office/persons/" + personId))).isEqualTo(200);
        assertThat(chromium.sessionStatusOf(pages.url("/console/settlements/" + settlementId + "/slip"))).isEqualTo(200);
    }

    @Test
    void theSessionIsForTheConsoleOnlyAndItsFormsNeedTheirCsrfToken() {
        pages.open("/console/login");
        chromium.signIn(port, new Credentials(zibo.clientId(), "not-the-secret"));
        assertThat(pages.currentPath()).isEqualTo("/console/login?error");
        assertThat(pages.text("main [role=alert]")).contains("不正确");

        chromium.signIn(port, zibo);
        // the JSON API still wants HTTP Basic on every call: the console's session cookie is not enough
        assertThat(chromium.sessionStatusOf(pages.url("/api/v1/alerts"))).isEqualTo(401);
        // a form posted without the page's CSRF token is refused
        assertThat(chromium.postWithoutCsrfToken(
                pages.url("/console/office/persons/" + personId + "/identities"),
                Map.of("category", "ORPHAN", "validFrom", "2024-01-01"))).isEqualTo(403);
        assertThat(api.http().get("/api/v1/persons/" + personId).json().path("identities").size())
                .as("nothing recorded").isEqualTo(1);
    }

    private static String cell(WebElement row, String field) {
        return row.findElement(By.cssSelector("[data-field=" + field + "]")).getText().strip();
    }

    private void assertBar(String bucket, String used, String cap, String remaining, String percent) {
        WebElement row = pages.all("tr[data-bucket='" + bucket + "']").get(0);
        assertThat(cell(row, "used")).as("%s used", bucket).isEqualTo(used);
        assertThat(cell(row, "cap")).as("%s cap", bucket).isEqualTo(cap);
        assertThat(cell(row, "remaining")).as("%s remaining", bucket).isEqualTo(remaining);
        WebElement bar = row.findElement(By.cssSelector("[role=meter]"));
        assertThat(bar.getAttribute("data-percent")).as("%s share used", bucket).isEqualTo(percent);
        String width = row.findElement(By.cssSelector(".bar .used")).getAttribute("style");
        assertThat(width).as("%s bar", bucket).matches("width: [0-9.]+%;");
        assertThat(new BigDecimal(width.substring(7, width.length() - 2))).as("%s bar width", bucket)
                .isEqualByComparingTo(percent);
    }
}
