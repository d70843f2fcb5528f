package org.onestop.settlement.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onestop.settlement.support.ApiFixtures.assertFieldProblem;
import static org.onestop.settlement.support.ApiFixtures.deltasOf;
import static org.onestop.settlement.support.ApiFixtures.section6Claim;
import static org.onestop.settlement.support.ApiFixtures.unique;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.onestop.settlement.support.IntegrationTest;
import org.onestop.settlement.support.JsonHttpClient.Response;
import org.onestop.settlement.support.SettlementApi;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * A reversal's reason and operator are kept and shown; its answer shows the offsetting ledger entries it wrote. The
 * settled claim is policies.md §6's: its deltas include BASIC_PAID:BASIC +31920.00 (basic (54000 − 800) × 60%), so the
 * reversal answers BASIC_PAID:BASIC −31920.00, and every other bucket likewise negated.
 */
@IntegrationTest
class ReversalReasonIT {

    @Autowired
    SettlementApi api;

    private JsonNode settleSection6() {
        String personId = api.newMinLivingZiboResident("rv", LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31));
        return api.settleCreated(section6Claim(unique("RV"), "ZY-1", personId));
    }

    @Test
    void reasonAndOperatorAreKeptAndTheAnswerShowsTheOffsettingDeltas() {
        JsonNode settled = settleSection6();
        String id = settled.path("settlementId").asString();
        Map<String, BigDecimal> negated = new LinkedHashMap<>();
        deltasOf(settled).forEach((bucket, delta) -> negated.put(bucket, delta.negate()));

        Response reversal = api.http().post(SettlementApi.reversalPath(id),
                "{\"reason\": \"退费：费用明细录入错误\", \"operator\": \"收费员 张三\"}");

        assertThat(reversal.status()).as("%s", reversal).isEqualTo(200);
        JsonNode body = reversal.json();
        assertThat(body.path("reversal").path("reason").asString()).isEqualTo("退费：费用明细录入错误");
        assertThat(body.path("reversal").path("operator").asString()).isEqualTo("收费员 张三");
        assertThat(body.path("reversal").path("at").asString()).isEqualTo(body.path("reversedAt").asString());
        assertThat(deltasOf(body)).as("the offsetting entries").containsExactlyInAnyOrderEntriesOf(negated)
                .containsEntry("BASIC_PAID:BASIC", new BigDecimal("-31920.00"));

        JsonNode again = api.http().post(SettlementApi.reversalPath(id), "{\"reason\": \"另一个原因\"}").json();
        assertThat(again.path("reversal").path("reason").asString()).as("the first reason stays")
                .isEqualTo("退费：费用明细录入错误");
        assertThat(deltasOf(again)).containsExactlyInAnyOrderEntriesOf(negated);

        JsonNode read = api.get(id).json();
        assertThat(read.path("reversal").path("operator").asString()).isEqualTo("收费员 张三");
        assertThat(deltasOf(read)).as("the settlement itself keeps its own deltas").isEqualTo(deltasOf(settled));
        assertThat(api.count("SELECT count(*) FROM settlement WHERE settlement_id = ?::uuid AND reversal_reason = ?",
                id, "退费：费用明细录入错误")).isEqualTo(1);
    }

    @Test
    void aStandingSettlementHasNoReversalAndABodilessReversalStaysAllowed() {
        JsonNode settled = settleSection6();
        assertThat(settled.path("reversal").isNull()).isTrue();
        String id = settled.path("settlementId").asString();

        JsonNode reversed = api.reverse(id).json();

        assertThat(reversed.path("status").asString()).isEqualTo("REVERSED");
        assertThat(reversed.path("reversal").path("reason").isNull()).isTrue();
        assertThat(reversed.path("reversal").path("at").asString()).isNotBlank();
    }

    @Test
    void aBodyWithoutReasonOrWithTooLongFieldsIsRefusedAndNothingIsReversed() {
        String id = settleSection6().path("settlementId").asString();

        assertFieldProblem(api.http().post(SettlementApi.reversalPath(id), "{}"), "reason");
        assertFieldProblem(api.http().post(SettlementApi.reversalPath(id),
                "{\"reason\": \"" + "x".repeat(501) + "\"}"), "reason");
        assertFieldProblem(api.http().post(SettlementApi.reversalPath(id),
                "{\"reason\": \"退费\", \"operator\": \"" + "o".repeat(65) + "\"}"), "operator");

        assertThat(api.get(id).json().path("status").asString()).isEqualTo("SETTLED");
        assertThat(api.count("SELECT count(*) FROM ledger_entry WHERE settlement_id = ?::uuid AND kind = 'REVERSAL'",
                id)).isZero();
    }
}
