package org.onestop.settlement.calculation;

import java.util.List;

import org.onestop.settlement.common.Money;
import org.onestop.settlement.ledger.LedgerBalances;

/**
 * What the engine answers for one encounter: each stage's payment, the fund lines, the identity used and the scheme
 * the encounter was assessed under (each null for none), whether it was a major-disease encounter, the ledger
 * deltas (non-zero changes only) and the explanation.
 */
public record CalculationResult(String policyVersion, Amounts amounts, StagePayments payments, List<FundLine> funds,
                                Identity identity, String schemeCode, boolean majorDisease, LedgerBalances deltas,
                                List<ExplanationLine> explanation) {

    public Money policyScope() {
        return amounts.policyScope();
    }

    /** What the funds pay in all. */
    public Money fundPay() {
        return payments.fund();
    }

    /** What the person pays: {@code total − fund pay}. */
    public Money personalPay() {
        return amounts.total().minus(fundPay());
    }
}
