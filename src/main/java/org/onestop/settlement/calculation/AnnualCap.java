package org.onestop.settlement.calculation;

import org.onestop.settlement.common.Money;

/**
 * An annual cap (年度最高支付限额) on what a pool pays a person in a year: a payment is the computed amount, bounded by
 * {@code max(0, cap − paid before)}. E.g. cap 5,000.00, paid 4,200.00 before, computed 1,000.00: 800.00 left, pays
 * 800.00.
 */
public record AnnualCap(String pool, Money cap, Money paidBefore) {

    /** {@code max(0, cap − paid before)}. */
    public Money left() {
        return cap.minus(paidBefore).atLeastZero();
    }

    /** {@code min(computed, left)}. */
    public Money limit(Money computed) {
        return computed.min(left());
    }

    /** What the cap withheld from a computed amount: {@code computed − limit(computed)}. */
    public Money withheld(Money computed) {
        return computed.minus(limit(computed));
    }
}
