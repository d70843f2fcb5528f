package org.onestop.settlement.calculation;

import org.onestop.settlement.common.Money;

/**
 * 就高不重复 (001 第六条, 004 二(一)): an identity not used is compared by running its scheme on the same worksheet
 * (the same insurance payments, ledger and caps of the year), so that the explanation states what it would have
 * paid. The engine is pure: nothing of the comparison is kept.
 */
final class HighestStandard {

    /** What assistance and the secondary tilt would have paid under the other identity. */
    record Comparison(Money assistance, Money tilt) {

        Money total() {
            return assistance.plus(tilt);
        }
    }

    private HighestStandard() {
    }

    /**
     * Runs the arithmetic of stages 3 and 4 on {@code sheet} with {@code identity} as the only assistance identity;
     * no explanation is rendered for a comparison.
     */
    static Comparison wouldPay(Worksheet sheet, Identity identity) {
        Worksheet alternative = sheet.withOnlyIdentity(identity);
        AssistanceStage.Assessment assessment = AssistanceStage.payment(alternative);
        Money tilt = SecondaryTiltStage.payment(alternative.after(Stage.ASSISTANCE, assessment.outcome()),
                assessment.assessedScheme());
        return new Comparison(assessment.outcome().pay(), tilt);
    }
}
