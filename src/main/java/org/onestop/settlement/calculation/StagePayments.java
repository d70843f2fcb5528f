package org.onestop.settlement.calculation;

import org.onestop.settlement.common.Money;

/** What each of the four stages paid for one encounter (先保险后救助, policies.md §2), and their sum. */
public record StagePayments(Money basic, Money majorIllness, Money assistance, Money secondaryTilt) {

    /** Everything the funds pay: the four stages together. */
    public Money fund() {
        return basic.plus(majorIllness).plus(assistance).plus(secondaryTilt);
    }
}
