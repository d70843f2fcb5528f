package org.onestop.settlement.slip;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onestop.settlement.support.HeadlessChromium;
import org.onestop.settlement.support.IntegrationTest;
import org.onestop.settlement.support.JsonHttpClient;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The slip as a person sees it: opened in real headless Chromium with the hospital's credentials, every figure of
 * the §6 example ({@link ZiboStay}) read from the rendered page, printed to PDF by the browser (one A4 page), checked
 * by axe-core, and refused to another hospital. Screenshots go to {@code target/screenshots/}.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlipBrowserIT {

    @LocalServerPort
    int port;

    HeadlessChromium chromium;
    ZiboStay stay;

    @BeforeAll
    void start() {
        chromium = HeadlessChromium.start();
        stay = ZiboStay.settle(port);
    }

    @AfterAll
    void stop() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void everyFigureIsRenderedAsWorkedOut() {
        open(stay);

        // policies.md §6 (working in ZiboStay): the claim's amounts ...
        assertThat(field("total")).isEqualTo("60,000.00");
        assertThat(field("fullyOwnPay")).isEqualTo("5,000.00");
        assertThat(field("overLimit")).isEqualTo("0.00");
        assertThat(field("preSelfPay")).isEqualTo("1,000.00");
        assertThat(field("policyScope")).isEqualTo("54,000.00");
        // ... one row per stage and fund: a resident's basic fund 390100, major illness 390200, assistance 610100,
        // and the tilt, which paid nothing, on its own row ...
        assertThat(fundRow("BASIC")).containsExactly("基本医保", "390100", "城乡居民基本医疗保险统筹基金", "31,920.00");
        assertThat(fundRow("MAJOR_ILLNESS")).containsExactly("大病保险", "390200", "城乡居民大病保险", "11,102.00");
        assertThat(fundRow("ASSISTANCE")).containsExactly("医疗救助", "610100", "医疗救助基金", "8,233.50");
        assertThat(fundRow("TILT")).containsExactly("二次倾斜救助", "—", "本次未支付", "0.00");
        // ... 31,920.00 + 11,102.00 + 8,233.50 + 0.00 = 51,255.50; 60,000.00 − 51,255.50 = 8,744.50,
        // 捌仟 柒佰 肆拾 肆元 伍角 (no 分, so nothing after 角).
        assertThat(field("fundPay")).isEqualTo("51,255.50");
        assertThat(field("personalPay")).isEqualTo("8,744.50");
        assertThat(field("personalPayCapital")).isEqualTo("捌仟柒佰肆拾肆元伍角");
        assertThat(field("personName")).isEqualTo("张**");
        assertThat(field("identity")).contains("低保对象");
        assertThat(field("region")).isEqualTo("淄博");
        assertThat(field("policyVersion")).isNotBlank();
        assertThat(chromium.driver().findElements(By.cssSelector("ol.explanation li"))).isNotEmpty();
        assertThat(chromium.driver().findElement(By.tagName("body")).getText())
                .doesNotContain(ZiboStay.NAME).contains("政策范围内费用 54000.00 − 起付线 800.00）× 报销比例 60% = 31920.00");
        assertThat(chromium.driver().findElements(By.cssSelector("[data-mark]"))).as("no banner when settled")
                .isEmpty();
        chromium.screenshot(SlipApiIT.SCREENSHOTS.resolve("slip.png"));
    }

    @Test
    void browserPrintsItOnOneA4Page() throws IOException {
        open(stay);

        byte[] pdf = chromium.printToPdf();

        Files.createDirectories(SlipApiIT.SCREENSHOTS);
        Files.write(SlipApiIT.SCREENSHOTS.resolve("slip-chromium.pdf"), pdf);
        ZiboStay.PdfText printed = ZiboStay.PdfText.of(pdf);
        assertThat(printed.pages()).isEqualTo(1);
        assertThat(printed.text()).contains("8,744.50", "51,255.50");
    }

    @Test
    void reversedSlipSaysSoProminently() {
        ZiboStay reversed = ZiboStay.settle(port);
        var answer = JsonHttpClient.as(port, reversed.hospital())
                .post("/api/v1/settlements/" + reversed.settlementId() + "/reversal", "{\"reason\": \"退费\"}");
        assertThat(answer.status()).as("%s", answer).isEqualTo(200);

        open(reversed);

        WebElement banner = chromium.driver().findElement(By.cssSelector("[data-mark=REVERSED]"));
        assertThat(banner.isDisplayed()).isTrue();
        assertThat(banner.getText()).contains("已冲正", "作废", "冲正时间");
        assertThat(field("status")).isEqualTo("已冲正");
        assertThat(accessibility()).isEmpty();
        chromium.screenshot(SlipApiIT.SCREENSHOTS.resolve("slip-reversed.png"));
    }

    @Test
    void slipHasNoCriticalAccessibilityViolation() {
        open(stay);

        assertThat(accessibility()).isEmpty();
    }

    @Test
    void anotherHospitalCannotOpenTheSlip() {
        chromium.authenticateAs(stay.otherHospital());
        chromium.driver().get(stay.slipUrl());

        assertThat(chromium.statusOf(stay.slipUrl())).isEqualTo(404L);
        assertThat(chromium.driver().findElement(By.tagName("body")).getText())
                .contains("404").doesNotContain("8,744.50", "张**");
    }

    private void open(ZiboStay settled) {
        chromium.authenticateAs(settled.hospital());
        chromium.driver().get(settled.slipUrl());
        assertThat(chromium.driver().getTitle()).startsWith("一站式结算单");
    }

    private String field(String name) {
        return chromium.driver().findElement(By.cssSelector("[data-field=" + name + "]")).getText().strip();
    }

    private List<String> fundRow(String stage) {
        return chromium.driver().findElements(By.cssSelector("tr[data-stage=" + stage + "] td")).stream()
                .map(td -> td.getText().strip()).toList();
    }

    /** The critical violations axe-core finds (others are printed, not failed). */
    private List<Map<String, Object>> accessibility() {
        List<Map<String, Object>> violations = chromium.accessibilityViolations();
        violations.forEach(v -> System.out.println("axe: " + v));
        return violations.stream().filter(v -> "critical".equals(v.get("impact"))).toList();
    }
}
