package org.onestop.settlement.calculation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.onestop.settlement.common.Money;

/**
 * A scale of marginal rates on an accumulated amount (the idea of OpenFisca's {@code MarginalRateTaxScale}): each
 * bracket starts at its threshold and ends where the next begins, and the part of an amount inside a bracket is
 * charged at that bracket's rate. Major-illness insurance pays this way on the year's accumulated base (policies.md
 * §2 stage 2), so an encounter pays the increase of the scale from the base before it to the base after it.
 *
 * <p>Worked example, thresholds 15,000 at 60% and 100,000 at 70%: from 10,000 to 120,000 the first bracket holds
 * 100,000 − 15,000 = 85,000 and the second 120,000 − 100,000 = 20,000, so the increase is
 * 60% × 85,000 + 70% × 20,000 = 51,000 + 14,000 = 65,000.
 */
public final class MarginalRateScale {

    private final List<Bracket> brackets;

    private MarginalRateScale(List<Bracket> brackets) {
        this.brackets = List.copyOf(brackets);
    }

    /** One bracket {@code [lower, upper)} ({@code upper} null: unbounded) and its rate. */
    record Bracket(Money lower, Money upper, BigDecimal rate) {

        /** {@code max(lower, min(amount, upper))}: how far an amount has reached into this bracket. */
        Money clamp(Money amount) {
            Money capped = upper == null ? amount : amount.min(upper);
            return capped.max(lower);
        }
    }

    /** The part of one bracket an increase covers: {@code rate × (to − from)}. */
    public record Slice(BigDecimal rate, Money from, Money to) {

        public BigDecimal amount() {
            return to.minus(from).times(rate);
        }
    }

    /** A scale from thresholds in ascending order, each with its rate. */
    public static Builder builder() {
        return new Builder();
    }

    /** Adds brackets in ascending order of threshold. */
    public static final class Builder {

        private final List<Money> thresholds = new ArrayList<>();
        private final List<BigDecimal> rates = new ArrayList<>();

        public Builder bracket(Money threshold, BigDecimal rate) {
            thresholds.add(threshold);
            rates.add(rate);
            return this;
        }

        public MarginalRateScale build() {
            List<Bracket> brackets = new ArrayList<>();
            for (int i = 0; i < thresholds.size(); i++) {
                Money upper = i + 1 < thresholds.size() ? thresholds.get(i + 1) : null;
                brackets.add(new Bracket(thresholds.get(i), upper, rates.get(i)));
            }
            return new MarginalRateScale(brackets);
        }
    }

    /** The non-empty parts of each bracket between {@code from} and {@code to}, lowest bracket first. */
    public List<Slice> slices(Money from, Money to) {
        List<Slice> slices = new ArrayList<>();
        for (Bracket bracket : brackets) {
            Money lower = bracket.clamp(from);
            Money upper = bracket.clamp(to);
            if (upper.compareTo(lower) > 0) {
                slices.add(new Slice(bracket.rate(), lower, upper));
            }
        }
        return slices;
    }

    /** The exact (unrounded) increase of the scale from {@code from} to {@code to}. */
    public BigDecimal increase(Money from, Money to) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Slice slice : slices(from, to)) {
            sum = sum.add(slice.amount());
        }
        return sum;
    }
}
