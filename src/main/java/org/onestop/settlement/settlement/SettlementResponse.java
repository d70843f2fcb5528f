package org.onestop.settlement.settlement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.onestop.settlement.common.IdentityCategory;
import org.onestop.settlement.common.RegionCode;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What the service answers for a settlement (or a preview): each stage's payment, the fund lines, the identity used,
 * the policy version, the ledger deltas and the explanation a clerk can check by hand.
 */
public record SettlementResponse(
        @Schema(description = "null for a preview") UUID settlementId,
        @Schema(description = "SETTLED, REVERSED, or PREVIEW") Status status,
        String hospitalCode,
        String encounterNo,
        String personId,
        RegionCode region,
        @Schema(description = "the ledger year: the discharge date's calendar year") int year,
        @Schema(description = "the identity used for assistance, or null") IdentityUsed identity,
        @Schema(description = "the assistance scheme applied, or null") String scheme,
        String policyVersion,
        AmountsView amounts,
        BigDecimal basicPay,
        BigDecimal majorIllnessPay,
        BigDecimal assistancePay,
        BigDecimal tiltPay,
        BigDecimal fundPay,
        BigDecimal personalPay,
        boolean majorDisease,
        List<FundView> funds,
        @Schema(description = "the non-zero changes this settlement made to the person's year ledger; in the answer "
                + "of a reversal, the offsetting (negative) changes the reversal wrote")
        Map<String, BigDecimal> ledgerDeltas,
        List<ExplanationView> explanation,
        Instant settledAt,
        Instant reversedAt,
        @Schema(description = "why, by whom and when the settlement was reversed; null while it stands")
        ReversalView reversal) {

    public enum Status { SETTLED, REVERSED, PREVIEW }

    public record IdentityUsed(IdentityCategory category, String subclass) {
    }

    public record AmountsView(BigDecimal total, BigDecimal fullyOwnPay, BigDecimal overLimit, BigDecimal preSelfPay,
                              BigDecimal policyScope) {
    }

    public record FundView(String fundCode, String name, String stage, BigDecimal amount) {
    }

    public record ExplanationView(String stage, String rule, String citation, String formula, BigDecimal amount) {
    }

    /**
     * A reversal's stated reason and operator (both null when it was made without a body) and its time.
     */
    public record ReversalView(@Schema(description = "why, e.g. 退费 or the platform's 2305 message id") String reason,
                               @Schema(description = "who reversed, as the HIS names the operator") String operator,
                               Instant at) {
    }

    SettlementResponse withStatus(Status newStatus, ReversalView newReversal) {
        return new SettlementResponse(settlementId, newStatus, hospitalCode, encounterNo, personId, region, year,
                identity, scheme, policyVersion, amounts, basicPay, majorIllnessPay, assistancePay, tiltPay, fundPay,
                personalPay, majorDisease, funds, ledgerDeltas, explanation, settledAt,
                newReversal == null ? null : newReversal.at(), newReversal);
    }

    SettlementResponse withLedgerDeltas(Map<String, BigDecimal> newDeltas) {
        return new SettlementResponse(settlementId, status, hospitalCode, encounterNo, personId, region, year,
                identity, scheme, policyVersion, amounts, basicPay, majorIllnessPay, assistancePay, tiltPay, fundPay,
                personalPay, majorDisease, funds, newDeltas, explanation, settledAt, reversedAt, reversal);
    }
}
