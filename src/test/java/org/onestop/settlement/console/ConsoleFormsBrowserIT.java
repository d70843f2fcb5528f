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
import org.onestop.settlement.support.OfficeClients;
import org.onestop.settlement.support.SettlementApi;
import org.onestop.settlement.support.TestClients.Credentials;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The office's two forms in real headless Chromium: the identity approval (fill in → confirm → recorded through the
 * registry's use case and listed on the person's page) and the acknowledgement of a high-cost alert; each refuses
 * bad input with the page and writes nothing. axe-core runs on every page opened.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleFormsBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    SettlementApi api;

    HeadlessChromium chromium;
    ConsolePages pages;

    @BeforeAll
    void start() {
        chromium = HeadlessChromium.start();
        pages = new ConsolePages(chromium, port);
    }

    @AfterAll
    void stop() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void anApprovedIdentityIsConfirmedRecordedAndListed() {
        String personId = api.newZiboResident("con-approve");
        Credentials office = OfficeClients.officeOf(api, "ZIBO");
        chromium.signIn(port, office);
        pages.open("/console/office/persons/" + personId + "?year=2024");
        assertThat(pages.all("tr[data-category]")).isEmpty();
        pages.follow(chromium.driver().findElement(By.linkText("登记经审批的救助对象身份")));
        assertThat(chromium.criticalAccessibilityViolations()).isEmpty();

        // 低保边缘 has no subclass: the registry's rule refuses it on the form, before anything is shown to confirm
        new Select(chromium.driver().findElement(By.id("category"))).selectByValue("LOW_INCOME_MARGINAL");
        new Select(chromium.driver().findElement(By.id("subclass"))).selectByValue("URBAN_FULL");
        type("validFrom", "2024-05-01");
        type("applicationDate", "2024-05-01");
        pages.follow(chromium.driver().findElement(By.cssSelector("main form button[type=submit]")));
        assertThat(pages.text("main [role=alert]")).contains("subclass");
        assertThat(chromium.criticalAccessibilityViolations()).isEmpty();

        new Select(chromium.driver().findElement(By.id("subclass"))).selectByValue("");
        pages.follow(chromium.driver().findElement(By.cssSelector("main form button[type=submit]")));
        assertThat(pages.heading()).contains("核对");
        assertThat(pages.text("[data-field=category]")).isEqualTo("低保边缘家庭成员（LOW_INCOME_MARGINAL）");
        assertThat(pages.text("[data-field=validFrom]")).isEqualTo("2024-05-01");
        assertThat(chromium.criticalAccessibilityViolations()).isEmpty();
        assertThat(identities(personId)).as("nothing recorded before confirming").isEmpty();

        pages.follow(chromium.driver().findElement(By.xpath("//button[text()='确认登记']")));

        assertThat(pages.currentPath()).isEqualTo("/console/office/persons/" + personId + "?year=2024");
        assertThat(pages.text("main [role=status]")).contains("已登记", "低保边缘家庭成员", "2024-05-01");
        WebElement row = pages.all("tr[data-category=LOW_INCOME_MARGINAL]").get(0);
        assertThat(row.getText()).contains("2024-05-01", "长期", office.clientId(), "有效");
        assertThat(chromium.criticalAccessibilityViolations()).isEmpty();
        JsonNode recorded = identities(personId).get(0);
        assertThat(recorded.path("category").asString()).isEqualTo("LOW_INCOME_MARGINAL");
        assertThat(recorded.path("validFrom").asString()).isEqualTo("2024-05-01");
        assertThat(recorded.path("applicationDate").asString()).isEqualTo("2024-05-01");
        assertThat(recorded.path("source").asString()).isEqualTo(office.clientId());
        assertThat(api.count("SELECT count(*) FROM audit_event WHERE client_id = ? AND method = 'POST' AND path = ?",
                office.clientId(), "/console/office/persons/" + personId + "/identities"))
                .as("the approval is audited").isEqualTo(1L);
    }

    /**
     * A Zibo resident without identity settled for a level-3 stay 2023-05-28..2023-06-01, total 80,000.00: basic
     * (80,000 − 800) × 60% = 47,520.00; major illness 60% × (32,480 − 10,000) = 13,488.00; personal 18,992.00. The
     * office approves 因病致贫 on application 2024-06-15 (淄政办发〔2022〕11号 四(七): back to 2023-06-01): the confirmation
     * page shows the supplement before anything is written, 60% × (18,992.00 − 11,250.00) = 4,645.20, and confirming
     * pays it.
     */
    @Test
    void theConfirmationShowsTheSupplementsAnApprovalWillPay() {
        String personId = api.newZiboResident("con-supplement");
        String hospital = ApiFixtures.unique("H37");
        JsonNode stay = api.settleCreated(ApiFixtures.inpatientClaim(hospital, "ZY-S", personId, 3, "2023-05-28",
                "2023-06-01", "80000.00", "0.00", "0.00", "0.00"));
        assertThat(ApiFixtures.money(stay, "personalPay")).isEqualByComparingTo("18992.00");
        Credentials office = OfficeClients.officeOf(api, "ZIBO");
        chromium.signIn(port, office);
        pages.open("/console/office/persons/" + personId + "/identities/new");
        new Select(chromium.driver().findElement(By.id("category"))).selectByValue("ILLNESS_IMPOVERISHED");
        type("validFrom", "2024-06-15");
        type("validTo", "2025-06-14");
        type("applicationDate", "2024-06-15");
        pages.follow(chromium.driver().findElement(By.cssSelector("main form button[type=submit]")));

        assertThat(pages.heading()).contains("核对");
        WebElement supplement = pages.all("tr[data-supplement]").get(0);
        assertThat(supplement.getText()).contains(hospital, "ZY-S");
        assertThat(supplement.findElement(By.cssSelector("[data-field=assistancePay]")).getText())
                .isEqualTo("4,645.20");
        assertThat(supplement.findElement(By.cssSelector("[data-field=tiltPay]")).getText()).isEqualTo("0.00");
        assertThat(chromium.criticalAccessibilityViolations()).isEmpty();
        assertThat(api.count("SELECT count(*) FROM settlement WHERE person_id = ? AND kind = 'SUPPLEMENT'", personId))
                .as("the preview writes nothing").isZero();

        pages.follow(chromium.driver().findElement(By.xpath("//button[text()='确认登记']")));

        assertThat(pages.text("main [role=status]")).contains("追溯补充救助 1 笔", "医疗救助 4,645.20 元");
        JsonNode original = api.get(stay.path("settlementId").asString()).json();
        assertThat(ApiFixtures.money(original.path("supplements").get(0), "assistancePay"))
                .isEqualByComparingTo("4645.20");
    }

    @Test
    void anOfficeAcknowledgesAHighCostAlertWithItsNote() {
        // a Lanzhou 低保边缘 resident's level-3 stay: total 10,000.00 of which 7,000.00 fully own-pay, so policy
        // scope 3,000.00; basic (3,000 − 800) × 60% = 1,320.00 and nothing else pays (HighCostAlertIT), so the person
        // pays 10,000.00 − 1,320.00 = 8,680.00 > 6,000: an alert (兰政办发〔2022〕139号 001 第十六条)
        String personId = ApiFixtures.unique("con-alert");
        api.createPerson(personId, "LANZHOU", "RESIDENT", "FEMALE", "1970-01-01");
        api.addIdentity(personId, "LOW_INCOME_MARGINAL", null, LocalDate.of(2024, 1, 1), null, LocalDate.of(2024, 1, 1));
        api.settleCreated(ApiFixtures.inpatientClaim(ApiFixtures.unique("H"), "ZY-1", personId, 3, "2024-03-01",
                "2024-03-10", "10000.00", "7000.00", "0.00", "0.00"));
        JsonNode alert = api.http().get("/api/v1/alerts?region=LANZHOU&status=OPEN").json().valueStream()
                .filter(a -> a.path("personId").asString().equals(personId)).findFirst().orElseThrow();
        String alertId = alert.path("alertId").asString();
        Credentials office = OfficeClients.officeOf(api, "LANZHOU");
        chromium.signIn(port, office);
        pages.open("/console/office/alerts?status=OPEN");
        WebElement row = alertRow(alertId);
        assertThat(row.getText()).contains("8,680.00", "6,000.00", "待处理");

        // a note of spaces is no note: the page says so and the alert stays open
        row.findElement(By.name("note")).sendKeys("   ");
        pages.follow(row.findElement(By.tagName("button")));
        assertThat(pages.text("main [role=alert]")).contains("must not be blank");
        assertThat(alertStatus(alertId)).isEqualTo("OPEN");

        alertRow(alertId).findElement(By.name("note")).sendKeys("已入户核实，协助申请临时救助");
        pages.follow(alertRow(alertId).findElement(By.tagName("button")));

        assertThat(pages.text("main [role=status]")).contains("预警已处理");
        assertThat(pages.all("tr[data-alert='" + alertId + "']")).as("no longer open").isEmpty();
        JsonNode handled = api.http().get("/api/v1/alerts?region=LANZHOU&status=ACKNOWLEDGED").json().valueStream()
                .filter(a -> a.path("alertId").asString().equals(alertId)).findFirst().orElseThrow();
        assertThat(handled.path("acknowledgedBy").asString()).isEqualTo(office.clientId());
        assertThat(handled.path("note").asString()).isEqualTo("已入户核实，协助申请临时救助");
        pages.open("/console/office/alerts?status=ACKNOWLEDGED");
        assertThat(alertRow(alertId).getText()).contains("已处理", "已入户核实", office.clientId());

        // another region's office does not see it, and cannot acknowledge it (the 404 page)
        chromium.signIn(port, OfficeClients.officeOf(api, "ZIBO"));
        pages.open("/console/office/alerts");
        assertThat(pages.all("tr[data-alert='" + alertId + "']")).isEmpty();
    }

    private void type(String id, String text) {
        // a date input's value is always yyyy-MM-dd, whatever order the browser's locale shows the fields in
        chromium.driver().executeScript("arguments[0].value = arguments[1];",
                chromium.driver().findElement(By.id(id)), text);
    }

    private WebElement alertRow(String alertId) {
        return pages.all("tr[data-alert='" + alertId + "']").get(0);
    }

    private String alertStatus(String alertId) {
        return api.http().get("/api/v1/alerts?region=LANZHOU").json().valueStream()
                .filter(a -> a.path("alertId").asString().equals(alertId)).findFirst().orElseThrow()
                .path("status").asString();
    }

    private java.util.List<JsonNode> identities(String personId) {
        return api.http().get("/api/v1/persons/" + personId).json().path("identities").valueStream().toList();
    }
}
