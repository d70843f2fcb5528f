package org.onestop.settlement.calculation;

import java.util.List;

import org.onestop.settlement.common.Money;
import org.onestop.settlement.ledger.LedgerBalances;
import org.onestop.settlement.policy.Fund;

/**
 * What one stage decides: what it pays and from which fund, the explanation lines that say why, and the changes it
 * makes to the person's year ledger.
 *
 * @param fund the fund that pays; null when the stage pays nothing
 */
record StageOutcome(Money pay, Fund fund, List<ExplanationLine> lines, LedgerBalances deltas) {

    StageOutcome {
        lines = List.copyOf(lines);
    }

    /** A stage that pays nothing and says why in one line. */
    static StageOutcome nothing(ExplanationLine why) {
        return new StageOutcome(Money.ZERO, null, List.of(why), LedgerBalances.EMPTY);
    }
}
