package org.onestop.settlement.ledger;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

import org.onestop.settlement.common.Money;

/**
 * Amounts by bucket, immutable and in the order they were first recorded: a person-year's balances, or the deltas
 * one settlement makes to them. A bucket not listed holds zero.
 */
public final class LedgerBalances {

    public static final LedgerBalances EMPTY = new LedgerBalances(Map.of());

    private final Map<Bucket, Money> amounts;

    private LedgerBalances(Map<Bucket, Money> amounts) {
        this.amounts = amounts;
    }

    /** The given amounts, in the map's order. */
    public static LedgerBalances of(Map<Bucket, Money> amounts) {
        return new LedgerBalances(Collections.unmodifiableMap(new LinkedHashMap<>(amounts)));
    }

    /** What a bucket holds (zero when not listed). */
    public Money amountOf(Bucket bucket) {
        return amounts.getOrDefault(bucket, Money.ZERO);
    }

    /** These amounts with {@code amount} added to one bucket; a zero amount changes nothing. */
    public LedgerBalances plus(Bucket bucket, Money amount) {
        if (amount.isZero()) {
            return this;
        }
        Map<Bucket, Money> sum = new LinkedHashMap<>(amounts);
        sum.merge(bucket, amount, Money::plus);
        return new LedgerBalances(Collections.unmodifiableMap(sum));
    }

    /** These amounts with every amount of {@code other} added, bucket by bucket. */
    public LedgerBalances plus(LedgerBalances other) {
        if (other.amounts.isEmpty()) {
            return this;
        }
        Map<Bucket, Money> sum = new LinkedHashMap<>(amounts);
        other.amounts.forEach((bucket, amount) -> sum.merge(bucket, amount, Money::plus));
        return new LedgerBalances(Collections.unmodifiableMap(sum));
    }

    /** The offsetting amounts: each negated, zeros left out. */
    public LedgerBalances negated() {
        Map<Bucket, Money> offset = new LinkedHashMap<>();
        amounts.forEach((bucket, amount) -> {
            if (!amount.isZero()) {
                offset.put(bucket, amount.negate());
            }
        });
        return new LedgerBalances(Collections.unmodifiableMap(offset));
    }

    /** The same amounts without the buckets that hold zero. */
    public LedgerBalances withoutZeros() {
        Map<Bucket, Money> nonZero = new LinkedHashMap<>(amounts);
        nonZero.values().removeIf(Money::isZero);
        return nonZero.size() == amounts.size() ? this : new LedgerBalances(Collections.unmodifiableMap(nonZero));
    }

    public boolean isEmpty() {
        return amounts.isEmpty();
    }

    public void forEach(BiConsumer<Bucket, Money> action) {
        amounts.forEach(action);
    }

    /** The amounts as an unmodifiable map, in order. */
    public Map<Bucket, Money> asMap() {
        return amounts;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LedgerBalances balances && amounts.equals(balances.amounts);
    }

    @Override
    public int hashCode() {
        return amounts.hashCode();
    }

    @Override
    public String toString() {
        return amounts.toString();
    }
}
