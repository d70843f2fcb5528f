package org.onestop.settlement.ledger;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.onestop.settlement.common.Money;
import org.onestop.settlement.common.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The per-person, per-region, per-year quota ledger: append-only entries and balance rows that always equal the sum
 * of their entries. Every change happens inside the caller's transaction after {@link #lock}, which serialises one
 * person-year's settlements (different persons never wait for each other).
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class LedgerStore {

    /** Why an entry was written. */
    public enum EntryKind { SETTLEMENT, REVERSAL, OPENING }

    private final JdbcClient jdbc;

    public LedgerStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Creates the person-year row if needed and locks it ({@code SELECT … FOR UPDATE}) until the transaction ends:
     * a second settlement of the same person and year waits here.
     */
    public void lock(String personId, RegionCode region, int year) {
        jdbc.sql("""
                INSERT INTO ledger_year (person_id, region, ledger_year) VALUES (?, ?, ?)
                ON CONFLICT DO NOTHING""").params(personId, region.name(), year).update();
        jdbc.sql("SELECT 1 FROM ledger_year WHERE person_id = ? AND region = ? AND ledger_year = ? FOR UPDATE")
                .params(personId, region.name(), year).query(Integer.class).single();
    }

    /** The balances of a person-year, by bucket (empty when nothing was recorded). */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Map<String, Money> balances(String personId, RegionCode region, int year) {
        Map<String, Money> balances = new TreeMap<>();
        jdbc.sql("SELECT bucket, used FROM ledger_balance WHERE person_id = ? AND region = ? AND ledger_year = ?")
                .params(personId, region.name(), year)
                .query((rs, n) -> balances.put(rs.getString(1), Money.of(rs.getBigDecimal(2))))
                .list();
        return balances;
    }

    /** Whether any entry exists for the person-year. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public boolean hasEntries(String personId, RegionCode region, int year) {
        return jdbc.sql("SELECT count(*) FROM ledger_entry WHERE person_id = ? AND region = ? AND ledger_year = ?")
                .params(personId, region.name(), year).query(Long.class).single() > 0;
    }

    /** The net of a settlement's entries, by bucket: what a reversal must take back. */
    public Map<String, Money> netOf(UUID settlementId) {
        Map<String, Money> net = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT bucket, sum(amount) FROM ledger_entry WHERE settlement_id = ?
                GROUP BY bucket ORDER BY bucket""").param(settlementId)
                .query((rs, n) -> net.put(rs.getString(1), Money.of(rs.getBigDecimal(2))))
                .list();
        net.values().removeIf(Money::isZero);
        return net;
    }

    /**
     * Appends one entry per non-zero delta and adds it to its balance row, in one statement each (a settlement
     * touches five to eight buckets). The caller holds {@link #lock}.
     */
    public void apply(String personId, RegionCode region, int year, Map<String, Money> deltas, EntryKind kind,
                      UUID settlementId, Instant at) {
        Map<String, Money> nonZero = new LinkedHashMap<>(deltas);
        nonZero.values().removeIf(Money::isZero);
        if (nonZero.isEmpty()) {
            return;
        }
        Timestamp timestamp = Timestamp.from(at);
        List<Object> entryParams = new ArrayList<>();
        List<Object> balanceParams = new ArrayList<>();
        nonZero.forEach((bucket, amount) -> {
            entryParams.addAll(List.of(personId, region.name(), year, bucket, amount.amount(), kind.name()));
            entryParams.add(settlementId);
            entryParams.add(timestamp);
            balanceParams.addAll(List.of(personId, region.name(), year, bucket, amount.amount()));
        });
        jdbc.sql("INSERT INTO ledger_entry (person_id, region, ledger_year, bucket, amount, kind, settlement_id, "
                        + "created_at) VALUES " + tuples(nonZero.size(), 8))
                .params(entryParams).update();
        jdbc.sql("INSERT INTO ledger_balance (person_id, region, ledger_year, bucket, used) VALUES "
                        + tuples(nonZero.size(), 5)
                        + " ON CONFLICT (person_id, region, ledger_year, bucket)"
                        + " DO UPDATE SET used = ledger_balance.used + EXCLUDED.used")
                .params(balanceParams).update();
    }

    /** {@code (?, ?, …), (?, ?, …)}: {@code rows} tuples of {@code columns} placeholders. */
    private static String tuples(int rows, int columns) {
        String tuple = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
        return String.join(", ", Collections.nCopies(rows, tuple));
    }
}
