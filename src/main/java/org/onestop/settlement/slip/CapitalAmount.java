package org.onestop.settlement.slip;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of yuan in Chinese capital numerals (大写金额) as written on payment documents, e.g. 12,345.67 →
 * 壹万贰仟叁佰肆拾伍元陆角柒分. Rules of 《支付结算办法》 附件一 (正确填写票据和结算凭证的基本规定): 10 is 壹拾; a run of zeros inside the
 * number is one 零 (10,005.00 → 壹万零伍元整); a whole number of yuan ends in 整; when the yuan end in zero or
 * the 角 is zero and 分 are left, a 零 is written after 元 (100,000.10 → 壹拾万元零壹角); an amount below one yuan
 * has no 元 (0.05 → 伍分).
 */
public final class CapitalAmount {

    /** The largest amount the service stores: numeric(14,2), twelve digits of yuan. */
    public static final BigDecimal MAX = new BigDecimal("999999999999.99");

    private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String[] PLACES = {"", "拾", "佰", "仟"};
    private static final String[] GROUPS = {"", "万", "亿"};

    private CapitalAmount() {
    }

    /** The capital numerals of 0.00 … {@link #MAX} yuan with at most two decimals; anything else is refused. */
    public static String of(BigDecimal yuan) {
        if (yuan.signum() < 0 || yuan.compareTo(MAX) > 0) {
            throw new IllegalArgumentException("amount outside 0.00 … " + MAX + ": " + yuan);
        }
        long cents;
        try {
            cents = yuan.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2).longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("more than two decimals: " + yuan, e);
        }
        long whole = cents / 100;
        int jiao = (int) (cents / 10 % 10);
        int fen = (int) (cents % 10);
        if (cents == 0) {
            return "零元整";
        }
        StringBuilder text = new StringBuilder();
        if (whole > 0) {
            text.append(yuanPart(whole)).append('元');
        }
        if (jiao == 0 && fen == 0) {
            return text.append('整').toString();
        }
        if (whole > 0 && (whole % 10 == 0 || jiao == 0)) {
            text.append('零');
        }
        if (jiao > 0) {
            text.append(DIGITS.charAt(jiao)).append('角');
        }
        if (fen > 0) {
            text.append(DIGITS.charAt(fen)).append('分');
        }
        return text.toString();
    }

    private static String yuanPart(long whole) {
        String digits = Long.toString(whole);
        StringBuilder text = new StringBuilder();
        boolean zeroPending = false;
        boolean groupHasDigit = false;
        for (int i = 0; i < digits.length(); i++) {
            int position = digits.length() - 1 - i;
            int digit = digits.charAt(i) - '0';
            if (digit == 0) {
                zeroPending = text.length() > 0;
            } else {
                if (zeroPending) {
                    text.append('零');
                    zeroPending = false;
                }
                text.append(DIGITS.charAt(digit)).append(PLACES[position % 4]);
                groupHasDigit = true;
            }
            if (position % 4 == 0) {
                if (groupHasDigit) {
                    text.append(GROUPS[position / 4]);
                }
                groupHasDigit = false;
            }
        }
        return text.toString();
    }
}
