package org.onestop.settlement.calculation;

import java.math.BigDecimal;
import java.util.List;

import org.onestop.settlement.common.Money;

/**
 * The four amounts of one encounter as the national platform splits them (policies.md §1), and the policy-scope
 * amount (政策范围内) derived from them.
 */
public record Amounts(Money total, Money fullyOwnPay, Money overLimit, Money preSelfPay) {

    /** {@code total − fully own-pay − over-limit − pre-self-pay}. */
    public Money policyScope() {
        return total.minus(fullyOwnPay).minus(overLimit).minus(preSelfPay);
    }

    /** Class of a fee line in the catalogue: 甲类 wholly in scope, 乙类 partly self-paid first, 丙类 fully own-pay. */
    public enum FeeClass { A, B, C }

    /**
     * One fee line. {@code amount} is what the line charges; a unit price above {@code priceLimit} moves
     * {@code (unitPrice − priceLimit) × quantity} to over-limit first; {@code selfPayRatio} applies to class B.
     */
    public record FeeItem(String code, String name, FeeClass feeClass, BigDecimal selfPayRatio, BigDecimal unitPrice,
                          BigDecimal priceLimit, BigDecimal quantity, Money amount) {

        /** The part of the line above the price limit, rounded once: 0 without a limit and for class C. */
        public Money overLimit() {
            if (feeClass == FeeClass.C || priceLimit == null || unitPrice.compareTo(priceLimit) <= 0) {
                return Money.ZERO;
            }
            return Money.roundHalfUp(unitPrice.subtract(priceLimit).multiply(quantity));
        }

        /** Class B's own share of what is left after over-limit, rounded once. */
        public Money preSelfPay() {
            if (feeClass != FeeClass.B) {
                return Money.ZERO;
            }
            return Money.roundHalfUp(amount.minus(overLimit()).times(selfPayRatio));
        }
    }

    /** Derives the amounts from fee lines (policies.md §1). The caller has validated each line. */
    public static Amounts fromItems(List<FeeItem> items) {
        Money total = Money.ZERO;
        Money fullyOwnPay = Money.ZERO;
        Money overLimit = Money.ZERO;
        Money preSelfPay = Money.ZERO;
        for (FeeItem item : items) {
            total = total.plus(item.amount());
            if (item.feeClass() == FeeClass.C) {
                fullyOwnPay = fullyOwnPay.plus(item.amount());
            } else {
                overLimit = overLimit.plus(item.overLimit());
                preSelfPay = preSelfPay.plus(item.preSelfPay());
            }
        }
        return new Amounts(total, fullyOwnPay, overLimit, preSelfPay);
    }
}
