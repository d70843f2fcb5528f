package org.onestop.settlement.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onestop.settlement.support.ApiFixtures.money;
import static org.onestop.settlement.support.ApiFixtures.unique;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.onestop.settlement.settlement.web.ClaimExamples;
import org.onestop.settlement.support.IntegrationTest;
import org.onestop.settlement.support.JsonHttpClient;
import org.onestop.settlement.support.SettlementApi;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/** The request examples of api-spec/openapi.yaml settle as their descriptions say. */
@IntegrationTest
class ContractExamplesIT {

    @Autowired
    SettlementApi api;

    @Test
    void bothClaimExamplesSettleAsDocumented() {
        String personId = api.newMinLivingZiboResident("example", LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31));
        String hospital = unique("H");

        // policies.md §6, first stay of the year.
        JsonNode stay = api.settleCreated(example(ClaimExamples.AMOUNTS, personId, hospital));
        assertThat(money(stay, "basicPay")).isEqualByComparingTo("31920.00");
        assertThat(money(stay, "majorIllnessPay")).isEqualByComparingTo("11102.00");
        assertThat(money(stay, "assistancePay")).isEqualByComparingTo("8233.50");
        assertThat(money(stay, "tiltPay")).isEqualByComparingTo("0.00");
        assertThat(money(stay, "personalPay")).isEqualByComparingTo("8744.50");

        // Fee lines (ClaimExamples.ITEMS_DESCRIPTION): total 1400.00, own-pay 100.00, over-limit 100.00,
        // pre-self-pay 50.00, scope 1150.00. Then, after the stay above (Zibo, resident, 低保, chronic outpatient):
        // basic 0 deductible, 60% × 1150.00 = 690.00;
        // major illness (tilted): base 1150.00 − 690.00 = 460.00, B0 22080.00 → B1 22540.00, 65% × 460.00 = 299.00;
        // assistance 75% × (1150.00 − 690.00 − 299.00 = 161.00) = 120.75;
        // tilt: R 2744.50 → 2784.75, below 5000 → 0.00; personal 1400.00 − 690.00 − 299.00 − 120.75 = 290.25.
        JsonNode visit = api.settleCreated(example(ClaimExamples.ITEMS, personId, hospital));
        JsonNode amounts = visit.get("amounts");
        assertThat(money(amounts, "total")).isEqualByComparingTo("1400.00");
        assertThat(money(amounts, "fullyOwnPay")).isEqualByComparingTo("100.00");
        assertThat(money(amounts, "overLimit")).isEqualByComparingTo("100.00");
        assertThat(money(amounts, "preSelfPay")).isEqualByComparingTo("50.00");
        assertThat(money(amounts, "policyScope")).isEqualByComparingTo("1150.00");
        assertThat(money(visit, "basicPay")).isEqualByComparingTo("690.00");
        assertThat(money(visit, "majorIllnessPay")).isEqualByComparingTo("299.00");
        assertThat(money(visit, "assistancePay")).isEqualByComparingTo("120.75");
        assertThat(money(visit, "tiltPay")).isEqualByComparingTo("0.00");
        assertThat(money(visit, "personalPay")).isEqualByComparingTo("290.25");
    }

    /** The documented example with this test's own person and hospital. */
    private static JsonNode example(String json, String personId, String hospitalCode) {
        return JsonHttpClient.JSON.readTree(json.replace("370302196005010021", personId).replace("H37030001", hospitalCode));
    }
}
