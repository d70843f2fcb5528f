package org.onestop.settlement.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onestop.settlement.support.ApiFixtures;
import org.onestop.settlement.support.HeadlessChromium;
import org.onestop.settlement.support.IntegrationTest;
import org.onestop.settlement.support.SettlementApi;
import org.onestop.settlement.support.TestClients.Credentials;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A hospital's console in real headless Chromium: its own settlements of the day with their slips and the day's
 * totals, and nothing of another hospital nor of the office. axe-core runs on every page opened.
 *
 * <p>Hospital A settles the stay of policies.md §6 twice today, for two 低保 residents of Zibo, and reverses the
 * second; hospital B settles it once. Each stay (by hand, policies.md §6): total 60,000.00, funds 31,920.00 +
 * 11,102.00 + 8,233.50 = 51,255.50, personal 60,000.00 − 51,255.50 = 8,744.50. A's day therefore lists two
 * settlements, one standing: totals 60,000.00, 51,255.50 and 8,744.50 = 捌仟柒佰肆拾肆元伍角.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleHospitalBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    SettlementApi api;

    HeadlessChromium chromium;
    ConsolePages pages;
    Credentials hospitalA;
    String settledByA;
    String reversedByA;
    String settledByB;

    @BeforeAll
    void start() {
        chromium = HeadlessChromium.start();
        pages = new ConsolePages(chromium, port);
        String codeA = ApiFixtures.unique("H-con-a");
        String codeB = ApiFixtures.unique("H-con-b");
        hospitalA = api.newClient("con-a", "HOSPITAL", codeA);
        Credentials hospitalB = api.newClient("con-b", "HOSPITAL", codeB);
        settledByA = ConsolePages.settleSection6(port, hospitalA, codeA,
                ConsolePages.minLivingZiboResident(api, "李建国"));
        reversedByA = ConsolePages.settleSection6(port, hospitalA, codeA,
                ConsolePages.minLivingZiboResident(api, "赵敏"));
        assertThat(api.as(hospitalA).reverse(reversedByA).status()).isEqualTo(200);
        settledByB = ConsolePages.settleSection6(port, hospitalB, codeB,
                ConsolePages.minLivingZiboResident(api, "陈静"));
    }

    @AfterAll
    void stop() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aHospitalSeesItsOwnSettlementsOfTheDayWithTheirSlips() {
        chromium.signIn(port, hospitalA);
        assertThat(pages.currentPath()).as("a hospital starts on its day").isEqualTo("/console/hospital/settlements");
        pages.open("/console/hospital/settlements");

        assertThat(pages.text("[data-field=day]")).isEqualTo(LocalDate.now().toString());
        assertThat(pages.all("tr[data-settlement]")).extracting(row -> row.getAttribute("data-settlement"))
                .containsExactly(settledByA, reversedByA);
        WebElement settled = row(settledByA);
        assertThat(settled.getText()).contains("李**", "低保对象", "60,000.00", "51,255.50", "8,744.50", "已结算")
                .doesNotContain("李建国");
        assertThat(row(reversedByA).getText()).contains("赵*", "已冲正");
        assertThat(pages.text("[data-field=standing]")).isEqualTo("1");
        assertThat(pages.text("[data-field=total]")).isEqualTo("60,000.00");
        assertThat(pages.text("[data-field=fundPay]")).isEqualTo("51,255.50");
        assertThat(pages.text("[data-field=personalPay]")).isEqualTo("8,744.50");
        assertThat(pages.text("[data-field=personalPayCapital]")).isEqualTo("捌仟柒佰肆拾肆元伍角");

        pages.follow(settled.findElement(By.cssSelector("a.slip")));
        assertThat(chromium.driver().getTitle()).startsWith("一站式结算单");
        assertThat(pages.text("[data-field=settlementId]")).isEqualTo(settledByA);
        assertThat(pages.text("[data-field=personalPay]")).isEqualTo("8,744.50");
        assertThat(chromium.criticalAccessibilityViolations()).isEmpty();
        pages.open("/console/settlements/" + reversedByA + "/slip");
        assertThat(pages.all("[data-mark=REVERSED]")).hasSize(1);
    }

    @Test
    void aHospitalCannotOpenAnotherHospitalsSlipNorTheOfficePages() {
        chromium.signIn(port, hospitalA);

        pages.open("/console/settlements/" + settledByB + "/slip");
        assertThat(pages.text("[data-field=status]")).isEqualTo("404");
        assertThat(chromium.driver().findElement(By.tagName("body")).getText()).doesNotContain("陈", "8,744.50");
        assertThat(chromium.sessionStatusOf(pages.url("/console/settlements/" + settledByB + "/slip"))).isEqualTo(404);
        assertThat(chromium.sessionStatusOf(pages.url("/console/settlements/" + settledByB + "/slip.pdf"))).isEqualTo(404);

        pages.open("/console/office");
        assertThat(pages.text("[data-field=status]")).isEqualTo("403");
        assertThat(chromium.sessionStatusOf(pages.url("/console/office"))).isEqualTo(403);
        assertThat(chromium.sessionStatusOf(pages.url("/console/office/alerts"))).isEqualTo(403);
        assertThat(chromium.sessionStatusOf(pages.url("/console/office/persons/anyone"))).isEqualTo(403);
        assertThat(pages.all("tr[data-settlement='" + settledByB + "']")).isEmpty();
    }

    private WebElement row(String settlementId) {
        return pages.all("tr[data-settlement='" + settlementId + "']").get(0);
    }
}
