package org.onestop.settlement.settlement;

import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.onestop.settlement.common.IdentityCategory;
import org.onestop.settlement.common.RegionCode;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What the service answers for a settlement (or a preview): its kind, each stage's payment, the fund lines, the
 * identity used, the policy version, the ledger deltas and the explanation a clerk can check by hand. A supplement
 * names the settlement it supplements; a settlement names its supplements; an after-care claim its application.
 */
public record SettlementResponse(
        @Nullable @Schema(description = "null for a preview") UUID settlementId,
        @Schema(description = "SETTLED, REVERSED, or PREVIEW") Status status,
        @Schema(description = "DISCHARGE (the desk's settlement), SUPPLEMENT (a retroactive supplement of an earlier "
                + "settlement: its payments are what it adds) or AFTER_CARE (an after-care assistance claim)")
        SettlementKind kind,
        @Nullable @Schema(description = "SUPPLEMENT: the settlement it supplements; null otherwise") UUID supplementOf,
        @Schema(description = "the institution's code; SUPPLEMENT: the original's") String hospitalCode,
        String encounterNo,
        String personId,
        RegionCode region,
        @Schema(description = "the ledger year: the discharge date's calendar year") int year,
        @Nullable @Schema(description = "the identity used for assistance, or null") IdentityUsed identity,
        @Nullable @Schema(description = "the assistance scheme applied, or null") String scheme,
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
        @Nullable Instant settledAt,
        @Nullable Instant reversedAt,
        @Nullable @Schema(description = "why, by whom and when the settlement was reversed; null while it stands")
        ReversalView reversal,
        @Schema(description = "the supplements made of this settlement, oldest first; empty when none")
        List<SupplementView> supplements,
        @Nullable @Schema(description = "AFTER_CARE: the office's application and the insurer's receipt; null otherwise")
        AfterCareView afterCare) {

    public enum Status { SETTLED, REVERSED, PREVIEW }

    public record IdentityUsed(IdentityCategory category, @Nullable String subclass) {
    }

    public record AmountsView(BigDecimal total, BigDecimal fullyOwnPay, BigDecimal overLimit, BigDecimal preSelfPay,
                              BigDecimal policyScope) {
    }

    public record FundView(String fundCode, String name, String stage, BigDecimal amount) {
    }

    /**
     * One explanation line as a clerk reads it: the Chinese title and stage name next to the stable {@code rule} id and
     * {@code stage} code, the article with a short quote, the formula, and the tags of figures no document gives.
     */
    public record ExplanationView(
            @Schema(description = "BASIC, MAJOR_ILLNESS, ASSISTANCE, TILT, or SUMMARY for the settlement's summary")
            String stage,
            @Schema(description = "基本医保, 大病保险, 医疗救助, 再救助, or 结算汇总") String stageName,
            @Schema(description = "stable machine id of the rule, e.g. basic.inpatient.level3") String rule,
            @Schema(description = "the rule's Chinese title") String title,
            @Schema(description = "document number and article with a short quote of the clause, or a section of"
                    + " docs/calculation.md for a rule of the service's own reading") String citation,
            String formula,
            @Nullable @Schema(description = "what the line pays (the personal payment on the"
                    + " summary, the threshold consumed on a threshold line); null for a line that only informs")
            BigDecimal amount,
            @Schema(description = "示例参数 (a figure no document gives) and 本系统解读 (the service's reading)")
            List<String> tags) {
    }

    /** A supplement of a settlement: what it added and whether it stands. */
    public record SupplementView(UUID settlementId, Status status, BigDecimal assistancePay, BigDecimal tiltPay,
                                 Instant settledAt) {
    }

    /** An after-care claim's application number, the institution, and what insurance paid on the receipt. */
    public record AfterCareView(String applicationNo, String institutionName, InsurancePaidView insurancePaid) {
    }

    /** What basic and major-illness insurance paid, as the receipt says, and who settled it under which number. */
    public record InsurancePaidView(BigDecimal basic, BigDecimal majorIllness, @Nullable String settledBy,
                                    @Nullable String settlementRef) {
    }

    /**
     * A reversal's stated reason and operator (both null when it was made without a body) and its time.
     */
    public record ReversalView(@Nullable @Schema(description = "why, e.g. 退费 or the platform's 2305 message id")
                               String reason,
                               @Nullable @Schema(description = "who reversed, as the HIS names the operator")
                               String operator,
                               Instant at) {
    }

    /** The stored answer with its current state: status and reversal, kind (stored or of the row), supplements. */
    SettlementResponse stored(Status newStatus, ReversalView newReversal, SettlementKind storedKind,
                              List<SupplementView> newSupplements) {
        return new SettlementResponse(settlementId, newStatus, storedKind, supplementOf, hospitalCode, encounterNo,
                personId, region, year, identity, scheme, policyVersion, amounts, basicPay, majorIllnessPay,
                assistancePay, tiltPay, fundPay, personalPay, majorDisease, funds, ledgerDeltas, explanation,
                settledAt, newReversal == null ? null : newReversal.at(), newReversal, newSupplements, afterCare);
    }

    SettlementResponse withLedgerDeltas(Map<String, BigDecimal> newDeltas) {
        return new SettlementResponse(settlementId, status, kind, supplementOf, hospitalCode, encounterNo, personId,
                region, year, identity, scheme, policyVersion, amounts, basicPay, majorIllnessPay, assistancePay,
                tiltPay, fundPay, personalPay, majorDisease, funds, newDeltas, explanation, settledAt, reversedAt,
                reversal, supplements, afterCare);
    }
}
