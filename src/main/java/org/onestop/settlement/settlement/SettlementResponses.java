package org.onestop.settlement.settlement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.onestop.settlement.calculation.CalculationResult;
import org.onestop.settlement.calculation.ExplanationLine;
import org.onestop.settlement.common.Money;

/** Builds the API answer from the engine's result. */
final class SettlementResponses {

    /** The {@code stage} of the settlement's summary line, which belongs to no stage. */
    static final String SUMMARY_STAGE = "SUMMARY";

    private SettlementResponses() {
    }

    static SettlementResponse of(SettlementRequest request, ClaimIntake.Claim claim, CalculationResult result,
                                 UUID settlementId, SettlementResponse.Status status, Instant settledAt) {
        var amounts = result.amounts();
        var payments = result.payments();
        Map<String, BigDecimal> deltas = new LinkedHashMap<>();
        result.deltas().forEach((bucket, amount) -> deltas.put(bucket.name(), amount.amount()));
        return new SettlementResponse(settlementId, status, request.hospitalCode(), request.encounterNo(),
                claim.person().personId(), claim.person().region(), claim.encounter().ledgerYear(),
                result.identity() == null ? null : new SettlementResponse.IdentityUsed(
                        result.identity().category(), result.identity().subclass()),
                result.schemeCode(), result.policyVersion(),
                new SettlementResponse.AmountsView(v(amounts.total()), v(amounts.fullyOwnPay()),
                        v(amounts.overLimit()), v(amounts.preSelfPay()), v(result.policyScope())),
                v(payments.basic()), v(payments.majorIllness()), v(payments.assistance()),
                v(payments.secondaryTilt()), v(result.fundPay()), v(result.personalPay()), result.majorDisease(),
                result.funds().stream().map(fund -> new SettlementResponse.FundView(fund.fundCode(), fund.name(),
                        fund.stage().name(), v(fund.amount()))).toList(),
                deltas,
                result.explanation().stream().map(SettlementResponses::view).toList(),
                settledAt, null, null);
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
