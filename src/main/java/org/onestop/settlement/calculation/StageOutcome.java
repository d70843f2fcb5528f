package org.onestop.settlement.calculation;

import java.util.List;

import org.onestop.settlement.common.Money;
import org.onestop.settlement.ledger.LedgerBalances;
import org.onestop.settlement.policy.Fund;

/**
 * What one stage decides: what it pays and from which fund, the explanation lines that say why, the changes it
 * makes to the person's year ledger, and what an annual cap withheld from what it computed.
 *
 * @param fund         the fund that pays; null when the stage pays nothing
 * @param capWithheld  computed but not paid because an annual cap was reached
 */
record StageOutcome(Money pay, Fund fund, List<ExplanationLine> lines, LedgerBalances deltas, Money capWithheld) {

    StageOutcome {
        lines = List.copyOf(lines);
    }

    /** An outcome whose pay no cap reduced. */
    StageOutcome(Money pay, Fund fund, List<ExplanationLine> lines, LedgerBalances deltas) {
        this(pay, fund, lines, deltas, Money.ZERO);
    }

    /** A stage that pays nothing and says why in one line. */
    static StageOutcome nothing(ExplanationLine why) {
        return new StageOutcome(Money.ZERO, null, List.of(why), LedgerBalances.EMPTY);
    }
}
