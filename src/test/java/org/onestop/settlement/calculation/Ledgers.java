package org.onestop.settlement.calculation;

import java.util.LinkedHashMap;
import java.util.Map;

import org.onestop.settlement.common.Money;
import org.onestop.settlement.ledger.Bucket;
import org.onestop.settlement.ledger.LedgerBalances;

/** Ledger amounts between the bucket names the case files use and the engine's {@link LedgerBalances}. */
public final class Ledgers {

    private Ledgers() {
    }

    /** Balances from bucket names, in the map's order. */
    public static LedgerBalances balances(Map<String, Money> byName) {
        Map<Bucket, Money> amounts = new LinkedHashMap<>();
        byName.forEach((name, amount) -> amounts.put(Bucket.parse(name).orElseThrow(), amount));
        return LedgerBalances.of(amounts);
    }

    /** Amounts by bucket name, in order. */
    public static Map<String, Money> byName(LedgerBalances balances) {
        Map<String, Money> byName = new LinkedHashMap<>();
        balances.forEach((bucket, amount) -> byName.put(bucket.name(), amount));
        return byName;
    }
}
