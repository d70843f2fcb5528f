package org.onestop.settlement.console;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.onestop.settlement.ledger.LedgerService;
import org.onestop.settlement.slip.MoneyText;

/**
 * One bucket of a person's year ledger as the console draws it: a bar of what is used against its cap, with the
 * figures beside it. A bucket without a cap (a base, a per-year deductible) has no bar, only what it holds.
 *
 * @param bucket    the bucket's name in the ledger API, e.g. {@code ASSISTANCE_PAID:ASSIST}
 * @param usedValue and {@code capValue}, {@code remainingValue}: the plain amounts (cap and remaining null without a
 *                  cap), for the bar's ARIA values
 * @param percent   the used share of the cap in percent, 0.00 … 100.00 (at most the full bar), for the bar's width
 */
public record LedgerBar(String bucket, String label, String used, String cap, String remaining,
                        String usedValue, String capValue, String remainingValue, String percent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The bar of one line of a ledger statement. */
    public static LedgerBar of(LedgerService.Line line) {
        BigDecimal used = line.used().amount();
        BigDecimal cap = line.cap() == null ? null : line.cap().amount();
        BigDecimal remaining = line.remaining() == null ? null : line.remaining().amount();
        return new LedgerBar(line.bucket().name(), ConsoleLabels.bucket(line.bucket()), MoneyText.format(used),
                cap == null ? null : MoneyText.format(cap), remaining == null ? null : MoneyText.format(remaining),
                used.toPlainString(), cap == null ? null : cap.toPlainString(),
                remaining == null ? null : remaining.toPlainString(), cap == null ? null : percent(used, cap));
    }

    /** Whether the bucket has a cap, so a bar. */
    public boolean capped() {
        return cap != null;
    }

    /** The rest of the bar, {@code 100 − percent}, drawn as what remains (null without a cap). */
    public String remainingPercent() {
        return percent == null ? null : HUNDRED.subtract(new BigDecimal(percent)).setScale(2).toPlainString();
    }

    /** {@code used / cap × 100} to two decimals, half up, at most 100; a zero cap is full as soon as anything is used. */
    static String percent(BigDecimal used, BigDecimal cap) {
        if (cap.signum() == 0) {
            return used.signum() > 0 ? "100.00" : "0.00";
        }
        BigDecimal share = used.multiply(HUNDRED).divide(cap, 2, RoundingMode.HALF_UP);
        return share.min(HUNDRED.setScale(2)).max(BigDecimal.ZERO.setScale(2)).toPlainString();
    }
}
