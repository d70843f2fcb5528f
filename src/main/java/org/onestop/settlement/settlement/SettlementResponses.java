package org.onestop.settlement.settlement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.onestop.settlement.calculation.CalculationResult;
import org.onestop.settlement.calculation.ExplanationLine;
import org.onestop.settlement.calculation.FundLine;
import org.onestop.settlement.calculation.StagePayments;
import org.onestop.settlement.common.Money;
import org.onestop.settlement.common.RegionCode;
import org.onestop.settlement.ledger.LedgerBalances;

/** Builds the API answer from the engine's result, for every kind of settlement. */
final class SettlementResponses {

    /** The {@code stage} of the settlement's summary line, which belongs to no stage. */
    static final String SUMMARY_STAGE = "SUMMARY";

    private SettlementResponses() {
    }

    /** What a settlement is and whose: everything of the answer the engine does not compute. */
    record Heading(SettlementKind kind, UUID supplementOf, String hospitalCode, String encounterNo, String personId,
                   RegionCode region, int year, SettlementResponse.AfterCareView afterCare) {
    }

    /**
     * What the settlement pays: each stage, the fund lines, the ledger deltas, the explanation and what the person
     * pays in the end. For a settlement made by the engine all of it is the engine's result ({@link #of}); a
     * supplement pays a difference.
     */
    record Paid(StagePayments payments, List<FundLine> funds, LedgerBalances deltas, List<ExplanationLine> explanation,
                Money personalPay) {

        static Paid of(CalculationResult result) {
            return new Paid(result.payments(), result.funds(), result.deltas(), result.explanation(),
                    result.personalPay());
        }
    }

    /** A discharge settlement (or its preview) of a claim. */
    static SettlementResponse of(SettlementRequest request, ClaimIntake.Claim claim, CalculationResult result,
                                 UUID settlementId, SettlementResponse.Status status, Instant settledAt) {
        return of(new Heading(SettlementKind.DISCHARGE, null, request.hospitalCode(), request.encounterNo(),
                claim.person().personId(), claim.person().region(), claim.encounter().ledgerYear(), null), result,
                Paid.of(result), settlementId, status, settledAt);
    }

    /**
     * @param result the engine's assessment: identity, scheme, policy version, amounts and major disease
     */
    static SettlementResponse of(Heading heading, CalculationResult result, Paid paid, UUID settlementId,
                                 SettlementResponse.Status status, Instant settledAt) {
        var amounts = result.amounts();
        var payments = paid.payments();
        Map<String, BigDecimal> deltas = new LinkedHashMap<>();
        paid.deltas().forEach((bucket, amount) -> deltas.put(bucket.name(), amount.amount()));
        return new SettlementResponse(settlementId, status, heading.kind(), heading.supplementOf(),
                heading.hospitalCode(), heading.encounterNo(), heading.personId(), heading.region(), heading.year(),
                result.identity() == null ? null : new SettlementResponse.IdentityUsed(
                        result.identity().category(), result.identity().subclass()),
                result.schemeCode(), result.policyVersion(),
                new SettlementResponse.AmountsView(v(amounts.total()), v(amounts.fullyOwnPay()),
                        v(amounts.overLimit()), v(amounts.preSelfPay()), v(result.policyScope())),
                v(payments.basic()), v(payments.majorIllness()), v(payments.assistance()),
                v(payments.secondaryTilt()), v(payments.fund()), v(paid.personalPay()), result.majorDisease(),
                paid.funds().stream().map(fund -> new SettlementResponse.FundView(fund.fundCode(), fund.name(),
                        fund.stage().name(), v(fund.amount()))).toList(),
                deltas,
                paid.explanation().stream().map(SettlementResponses::view).toList(),
                settledAt, null, null, List.of(), heading.afterCare());
    }

    private static SettlementResponse.ExplanationView view(ExplanationLine line) {
        return new SettlementResponse.ExplanationView(line.stage() == null ? SUMMARY_STAGE : line.stage().name(),
                line.stageName(), line.rule(), line.title(), line.citation(), line.formula(),
                line.amount() == null ? null : v(line.amount()), line.tags());
    }

    private static BigDecimal v(Money money) {
        return money.amount();
    }
}
