package org.onestop.settlement.settlement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.onestop.settlement.calculation.CalculationResult;
import org.onestop.settlement.common.Money;

/** Builds the API answer from the engine's result. */
final class SettlementResponses {

    private SettlementResponses() {
    }

    static SettlementResponse of(SettlementRequest request, ClaimIntake.Claim claim, CalculationResult r,
                                 UUID settlementId, SettlementResponse.Status status, Instant settledAt) {
        var amounts = r.amounts();
        Map<String, BigDecimal> deltas = new LinkedHashMap<>();
        r.deltas().forEach((bucket, amount) -> deltas.put(bucket, amount.amount()));
        return new SettlementResponse(settlementId, status, request.hospitalCode(), request.encounterNo(),
                claim.person().personId(), claim.person().region(), claim.encounter().ledgerYear(),
                r.identity() == null ? null
                        : new SettlementResponse.IdentityUsed(r.identity().category(), r.identity().subclass()),
                r.schemeCode(), r.policyVersion(),
                new SettlementResponse.AmountsView(v(amounts.total()), v(amounts.fullyOwnPay()),
                        v(amounts.overLimit()), v(amounts.preSelfPay()), v(r.policyScope())),
                v(r.basicPay()), v(r.majorIllnessPay()), v(r.assistancePay()), v(r.tiltPay()), v(r.fundPay()),
                v(r.personalPay()), r.majorDisease(),
                r.funds().stream().map(f -> new SettlementResponse.FundView(f.fundCode(), f.name(),
                        f.stage().name(), v(f.amount()))).toList(),
                deltas,
                r.explanation().stream().map(l -> new SettlementResponse.ExplanationView(l.stage().name(), l.rule(),
                        l.citation(), l.formula(), v(l.amount()))).toList(),
                settledAt, null);
    }

    private static BigDecimal v(Money money) {
        return money.amount();
    }
}
