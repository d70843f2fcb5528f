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

    /** Runs stages 3 and 4 on {@code sheet} with {@code identity} as the only assistance identity. */
    static Comparison wouldPay(Worksheet sheet, Identity identity) {
        Worksheet alternative = sheet.withOnlyIdentity(identity);
        AssistanceStage.Assessment assessment = new AssistanceStage().apply(alternative);
        StageOutcome tilt = new SecondaryTiltStage().apply(
                alternative.after(Stage.ASSISTANCE, assessment.outcome()), assessment.assessedScheme());
        return new Comparison(assessment.outcome().pay(), tilt.pay());
    }
}
