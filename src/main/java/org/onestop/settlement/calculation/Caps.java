package org.onestop.settlement.calculation;

import org.onestop.settlement.common.Money;

/** How explanations word an annual cap check, so that a clerk can redo it. */
final class Caps {

    private Caps() {
    }

    /** e.g. "BASIC cap C − paid P = L left → pays X", with the numbers. */
    static String describe(String pool, Money cap, Money paidBefore, Money left, Money computed, Money pay) {
        String text = pool + " cap " + cap + " − paid " + paidBefore + " = " + left + " left";
        if (pay.compareTo(computed) < 0) {
            return text + " → cap reached, pays " + pay;
        }
        return text + " → pays " + pay;
    }
}
