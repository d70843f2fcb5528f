package org.onestop.settlement.calculation;

import java.util.List;

import org.onestop.settlement.common.Money;
import org.onestop.settlement.ledger.LedgerBalances;

/**
 * Stages 1 and 2 when their amounts are given ({@link InsurancePaid}): each stage's pay is the amount given, with a
 * line saying so and where it comes from; no fund line (this settlement pays none of it) and no ledger change (the
 * insurer that paid keeps its own ledger).
 */
final class GivenInsurance {

    private GivenInsurance() {
    }

    static StageOutcome basic(InsurancePaid paid) {
        return given(Rule.BASIC_GIVEN, paid.basic(), paid);
    }

    static StageOutcome majorIllness(InsurancePaid paid) {
        return given(Rule.MAJOR_ILLNESS_GIVEN, paid.majorIllness(), paid);
    }

    private static StageOutcome given(Rule rule, Money amount, InsurancePaid paid) {
        return new StageOutcome(amount, null, List.of(ExplanationText.info(rule, null,
                ExplanationText.given(rule.stage(), amount, paid.settledBy(), paid.reference()))),
                LedgerBalances.EMPTY);
    }
}
