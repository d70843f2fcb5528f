package org.onestop.settlement.slip;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Money as printed on a slip: thousands separators and exactly two decimals, e.g. {@code 60,000.00}. */
public final class MoneyText {

    private MoneyText() {
    }

    /**
     * Formats an amount of yuan with at most two decimals; more decimals are refused, not rounded (amounts are
     * rounded once, by {@code Money}, before they reach a slip).
     */
    public static String format(BigDecimal yuan) {
        BigDecimal exact;
        try {
            exact = yuan.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("more than two decimals: " + yuan, e);
        }
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(exact);
    }
}
