package org.onestop.settlement.calculation;

import java.util.Map;

import org.onestop.settlement.common.Money;

/** The person's year-to-date ledger in the insured region: what each bucket has used before this encounter. */
public record LedgerSnapshot(Map<String, Money> used) {

    public static final LedgerSnapshot EMPTY = new LedgerSnapshot(Map.of());

    public LedgerSnapshot {
        used = Map.copyOf(used);
    }

    public Money used(String bucket) {
        return used.getOrDefault(bucket, Money.ZERO);
    }
}
