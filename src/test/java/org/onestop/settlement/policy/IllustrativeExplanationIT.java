package org.onestop.settlement.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onestop.settlement.support.ApiFixtures.inpatientClaim;
import static org.onestop.settlement.support.ApiFixtures.money;
import static org.onestop.settlement.support.ApiFixtures.unique;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onestop.settlement.support.IntegrationTest;
import org.onestop.settlement.support.SettlementApi;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Each explanation line tags a parameter it used that no seed gives as illustrative ({@code tags} has 示例参数). Wuhai's major-disease tier for 低收入
 * (LOW_INCOME: 75%, MAJOR 80000) is a reading — 003 三(二)3(2) gives it for 其他特殊困难人员 only — while the KEY tier
 * (85%, MAJOR 140000) is the seed's own.
 *
 * <p>The stay: Wuhai resident, level 3, stroke (I63.9, a listed major disease), policy scope 20000.00. Basic
 * (20000.00 − 800.00) × 60% = 11520.00; the major-illness base 8480.00 is under its 10000 deductible, so 0.00; the
 * assistance base is 8480.00.
 */
@IntegrationTest
class IllustrativeExplanationIT {

    @Autowired
    SettlementApi api;

    private JsonNode majorDiseaseLine(String category) {
        String personId = unique("il");
        api.createPerson(personId, "WUHAI", "RESIDENT", "MALE", "1960-01-01");
        api.addIdentity(personId, category, null, LocalDate.of(2024, 1, 1), null, null);
        ObjectNode claim = inpatientClaim(unique("H"), "ZY-1", personId, 3, "2024-03-01", "2024-03-10", "20000.00",
                "0.00", "0.00", "0.00");
        claim.putArray("diagnoses").add("I63.9");
        JsonNode body = api.settleCreated(claim);
        assertThat(money(body, "basicPay")).isEqualByComparingTo("11520.00");
        assertThat(money(body, "majorIllnessPay")).isEqualByComparingTo("0.00");
        return body.path("explanation").valueStream()
                .filter(l -> l.path("rule").asString().equals("assistance.major_disease")).findFirst().orElseThrow();
    }

    private static List<String> tags(JsonNode line) {
        return line.path("tags").valueStream().map(JsonNode::asString).toList();
    }

    @Test
    void aWuhaiLowIncomeMajorDiseaseStaySaysItsRateAndCapAreIllustrative() {
        JsonNode line = majorDiseaseLine("LOW_INCOME_FAMILY");
        // 8480.00 × 75% = 6360.00
        assertThat(line.path("amount").decimalValue()).isEqualByComparingTo("6360.00");
        assertThat(tags(line)).contains("示例参数");
        assertThat(line.path("formula").asString()).contains("示例参数");
    }

    @Test
    void theKeyTierOfTheSameStayIsTheSeedsOwnFigure() {
        JsonNode line = majorDiseaseLine("MIN_LIVING");
        // 8480.00 × 85% = 7208.00
        assertThat(line.path("amount").decimalValue()).isEqualByComparingTo("7208.00");
        assertThat(tags(line)).doesNotContain("示例参数");
    }
}
