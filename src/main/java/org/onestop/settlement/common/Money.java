package org.onestop.settlement.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of money in yuan, exact to the fen (0.01). Every rounding in the service goes through
 * {@link #roundHalfUp(BigDecimal)}: a stage computes its raw figure in exact decimals and rounds it there once.
 */
public final class Money implements Comparable<Money> {

    /** Two decimals: yuan and fen. */
    public static final int SCALE = 2;

    public static final Money ZERO = new Money(BigDecimal.ZERO.setScale(SCALE));

    /** Amounts of up to this many digits fit a long in fen. */
    private static final int MAX_FEN_DIGITS = 18;

    private final BigDecimal amount;

    private Money(BigDecimal amount) {
        this.amount = amount;
    }

    /**
     * An exact amount: at most two decimals, else {@link IllegalArgumentException} (input is never rounded silently).
     */
    public static Money of(BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() > SCALE) {
            throw new IllegalArgumentException("more than two decimals: " + amount.toPlainString());
        }
        return new Money(amount.setScale(SCALE, RoundingMode.UNNECESSARY));
    }

    public static Money of(String amount) {
        return of(new BigDecimal(amount));
    }

    public static Money of(long yuan) {
        return of(BigDecimal.valueOf(yuan));
    }

    /** The one rounding place of the service: half-up to 0.01 (policies.md §1). */
    public static Money roundHalfUp(BigDecimal raw) {
        return new Money(raw.setScale(SCALE, RoundingMode.HALF_UP));
    }

    /** Whether a decimal has at most two places, i.e. {@link #of(BigDecimal)} would accept it. */
    public static boolean isExact(BigDecimal amount) {
        return amount.stripTrailingZeros().scale() <= SCALE;
    }

    public BigDecimal amount() {
        return amount;
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    /** This amount times a rate, unrounded: the caller rounds once with {@link #roundHalfUp(BigDecimal)}. */
    public BigDecimal times(BigDecimal rate) {
        return amount.multiply(rate);
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /** {@code max(0, this)}. */
    public Money atLeastZero() {
        return max(ZERO);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public Money negate() {
        return new Money(amount.negate());
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money other && amount.equals(other.amount);
    }

    @Override
    public int hashCode() {
        return amount.hashCode();
    }

    /**
     * Plain form with two decimals, e.g. {@code 8233.50}: the form explanation formulas show. Written from the amount
     * in fen, which explanations print often enough for {@link BigDecimal#toPlainString()} to show in a profile.
     */
    @Override
    public String toString() {
        if (amount.precision() > MAX_FEN_DIGITS) {
            return amount.toPlainString();
        }
        long fen = amount.movePointRight(SCALE).longValue();
        long magnitude = Math.abs(fen);
        int cents = (int) (magnitude % 100);
        return (fen < 0 ? "-" : "") + magnitude / 100 + (cents < 10 ? ".0" : ".") + cents;
    }
}
