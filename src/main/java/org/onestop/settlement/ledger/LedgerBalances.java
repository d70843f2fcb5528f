package org.onestop.settlement.ledger;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

import org.onestop.settlement.common.Money;

/**
 * Amounts by bucket, immutable and in the order they were first recorded: a person-year's balances, or the deltas
 * one settlement makes to them. A bucket not listed holds zero. A person-year has a dozen buckets at most, and the
 * engine adds to these amounts several times per settlement, so they are kept in two small arrays rather than a map.
 */
public final class LedgerBalances {

    public static final LedgerBalances EMPTY = new LedgerBalances(new Bucket[0], new Money[0]);

    private final Bucket[] buckets;
    private final Money[] amounts;

    private LedgerBalances(Bucket[] buckets, Money[] amounts) {
        this.buckets = buckets;
        this.amounts = amounts;
    }

    /** The given amounts, in the map's order. */
    public static LedgerBalances of(Map<Bucket, Money> amounts) {
        Bucket[] buckets = new Bucket[amounts.size()];
        Money[] values = new Money[amounts.size()];
        int i = 0;
        for (Map.Entry<Bucket, Money> entry : amounts.entrySet()) {
            buckets[i] = entry.getKey();
            values[i++] = entry.getValue();
        }
        return new LedgerBalances(buckets, values);
    }

    /** What a bucket holds (zero when not listed). */
    public Money amountOf(Bucket bucket) {
        int at = indexOf(bucket);
        return at < 0 ? Money.ZERO : amounts[at];
    }

    /** These amounts with {@code amount} added to one bucket; a zero amount changes nothing. */
    public LedgerBalances plus(Bucket bucket, Money amount) {
        return amount.isZero() ? this : add(bucket, amount);
    }

    /** These amounts with every amount of {@code other} added, bucket by bucket (its zeros listed too). */
    public LedgerBalances plus(LedgerBalances other) {
        LedgerBalances sum = this;
        for (int i = 0; i < other.buckets.length; i++) {
            sum = sum.add(other.buckets[i], other.amounts[i]);
        }
        return sum;
    }

    private LedgerBalances add(Bucket bucket, Money amount) {
        int at = indexOf(bucket);
        if (at >= 0) {
            Money[] sum = amounts.clone();
            sum[at] = sum[at].plus(amount);
            return new LedgerBalances(buckets, sum);
        }
        Bucket[] more = Arrays.copyOf(buckets, buckets.length + 1);
        Money[] sum = Arrays.copyOf(amounts, amounts.length + 1);
        more[buckets.length] = bucket;
        sum[amounts.length] = amount;
        return new LedgerBalances(more, sum);
    }

    /** The offsetting amounts: each negated, zeros left out. */
    public LedgerBalances negated() {
        LedgerBalances offset = EMPTY;
        for (int i = 0; i < buckets.length; i++) {
            offset = offset.plus(buckets[i], amounts[i].negate());
        }
        return offset;
    }

    /** The same amounts without the buckets that hold zero. */
    public LedgerBalances withoutZeros() {
        LedgerBalances nonZero = EMPTY;
        for (int i = 0; i < buckets.length; i++) {
            nonZero = nonZero.plus(buckets[i], amounts[i]);
        }
        return nonZero.buckets.length == buckets.length ? this : nonZero;
    }

    public boolean isEmpty() {
        return buckets.length == 0;
    }

    public void forEach(BiConsumer<Bucket, Money> action) {
        for (int i = 0; i < buckets.length; i++) {
            action.accept(buckets[i], amounts[i]);
        }
    }

    /** The amounts as an unmodifiable map, in order. */
    public Map<Bucket, Money> asMap() {
        Map<Bucket, Money> map = new LinkedHashMap<>(buckets.length * 4 / 3 + 1);
        forEach(map::put);
        return Collections.unmodifiableMap(map);
    }

    private int indexOf(Bucket bucket) {
        for (int i = 0; i < buckets.length; i++) {
            if (buckets[i].equals(bucket)) {
                return i;
            }
        }
        return -1;
    }

    /** Equal when every bucket holds the same amount, whatever the order. */
    @Override
    public boolean equals(Object other) {
        return other instanceof LedgerBalances balances && asMap().equals(balances.asMap());
    }

    @Override
    public int hashCode() {
        return asMap().hashCode();
    }

    @Override
    public String toString() {
        return asMap().toString();
    }
}
