package org.onestop.settlement.calculation;

import java.util.List;
import java.util.Map;

import org.onestop.settlement.common.Money;

/**
 * What the engine answers for one encounter: each stage's payment, the fund lines, the identity used (null for
 * none), whether it was a major-disease encounter, the ledger deltas (non-zero changes only) and the explanation.
 */
public record CalculationResult(String policyVersion, Amounts amounts, Money policyScope, Money basicPay,
                                Money majorIllnessPay, Money assistancePay, Money tiltPay, Money fundPay,
                                Money personalPay, List<FundLine> funds, Identity identity, String schemeCode,
                                boolean majorDisease, Map<String, Money> deltas, List<ExplanationLine> explanation) {
}
