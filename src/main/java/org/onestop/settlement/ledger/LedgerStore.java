package org.onestop.settlement.ledger;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.onestop.settlement.common.Money;
import org.onestop.settlement.common.PersonId;
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
    public void lock(PersonYear personYear) {
        jdbc.sql("""
                INSERT INTO ledger_year (person_id, region, ledger_year) VALUES (?, ?, ?)
                ON CONFLICT DO NOTHING""").params(keyOf(personYear)).update();
        jdbc.sql("SELECT 1 FROM ledger_year WHERE person_id = ? AND region = ? AND ledger_year = ? FOR UPDATE")
                .params(keyOf(personYear)).query(Integer.class).single();
    }

    /** The balances of a person-year, in bucket-name order (empty when nothing was recorded). */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public LedgerBalances balances(PersonYear personYear) {
        Map<Bucket, Money> balances = new TreeMap<>();
        jdbc.sql("SELECT bucket, used FROM ledger_balance WHERE person_id = ? AND region = ? AND ledger_year = ?")
                .params(keyOf(personYear))
                .query((rs, n) -> balances.put(stored(rs.getString(1)), Money.of(rs.getBigDecimal(2))))
                .list();
        return LedgerBalances.of(balances);
    }

    /** Whether any entry exists for the person-year. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public boolean hasEntries(PersonYear personYear) {
        return jdbc.sql("SELECT count(*) FROM ledger_entry WHERE person_id = ? AND region = ? AND ledger_year = ?")
                .params(keyOf(personYear)).query(Long.class).single() > 0;
    }

    /**
     * Appends one entry per non-zero delta and adds it to its balance row, in one statement each (a settlement
     * touches five to eight buckets). The caller holds {@link #lock}.
     */
    public void apply(PersonYear personYear, LedgerBalances deltas, EntryKind kind, UUID settlementId, Instant at) {
        LedgerBalances nonZero = deltas.withoutZeros();
        if (nonZero.isEmpty()) {
            return;
        }
        Timestamp timestamp = Timestamp.from(at);
        List<Object> entryParams = new ArrayList<>();
        List<Object> balanceParams = new ArrayList<>();
        nonZero.forEach((bucket, amount) -> {
            entryParams.addAll(keyOf(personYear));
            entryParams.addAll(List.of(bucket.name(), amount.amount(), kind.name()));
            entryParams.add(settlementId);
            entryParams.add(timestamp);
            balanceParams.addAll(keyOf(personYear));
            balanceParams.addAll(List.of(bucket.name(), amount.amount()));
        });
        int rows = nonZero.asMap().size();
        jdbc.sql("INSERT INTO ledger_entry (person_id, region, ledger_year, bucket, amount, kind, settlement_id, "
                        + "created_at) VALUES " + tuples(rows, 8))
                .params(entryParams).update();
        jdbc.sql("INSERT INTO ledger_balance (person_id, region, ledger_year, bucket, used) VALUES "
                        + tuples(rows, 5)
                        + " ON CONFLICT (person_id, region, ledger_year, bucket)"
                        + " DO UPDATE SET used = ledger_balance.used + EXCLUDED.used")
                .params(balanceParams).update();
    }

    /**
     * Takes a settlement back with offsetting entries (append-only: nothing is deleted): for each bucket the
     * settlement's entries still net to a non-zero amount, one REVERSAL entry of the opposite amount. A second call
     * finds every net at zero and writes nothing. The caller holds {@link #lock} on the settlement's person-year.
     */
    public void reverse(UUID settlementId, Instant at) {
        List<NetEntry> net = jdbc.sql("""
                SELECT person_id, region, ledger_year, bucket, sum(amount) FROM ledger_entry WHERE settlement_id = ?
                GROUP BY person_id, region, ledger_year, bucket ORDER BY bucket""").param(settlementId)
                .query((rs, n) -> new NetEntry(new PersonYear(PersonId.of(rs.getString(1)),
                        RegionCode.valueOf(rs.getString(2)), rs.getInt(3)), stored(rs.getString(4)),
                        Money.of(rs.getBigDecimal(5))))
                .list();
        Map<PersonYear, LedgerBalances> byYear = new LinkedHashMap<>();
        net.forEach(entry -> byYear.merge(entry.personYear(),
                LedgerBalances.EMPTY.plus(entry.bucket(), entry.amount()), LedgerBalances::plus));
        byYear.forEach((personYear, amounts) ->
                apply(personYear, amounts.negated(), EntryKind.REVERSAL, settlementId, at));
    }

    /**
     * What the reversal of a settlement wrote: its REVERSAL entries' sum per bucket (negative amounts, by bucket
     * name), empty while the settlement stands or when it had no delta.
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Map<String, Money> reversalDeltas(UUID settlementId) {
        Map<String, Money> deltas = new LinkedHashMap<>();
        jdbc.sql("SELECT bucket, sum(amount) FROM ledger_entry WHERE settlement_id = ? AND kind = 'REVERSAL' "
                        + "GROUP BY bucket ORDER BY bucket").param(settlementId)
                .query(rs -> {
                    deltas.put(rs.getString(1), Money.of(rs.getBigDecimal(2)));
                });
        return deltas;
    }

    /**
     * What the entries of some settlements (their own and their reversals') add up to now, per bucket: zero for a
     * reversed one. Empty for no settlements.
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public LedgerBalances netOf(Collection<UUID> settlementIds) {
        if (settlementIds.isEmpty()) {
            return LedgerBalances.EMPTY;
        }
        Map<Bucket, Money> net = new TreeMap<>();
        jdbc.sql("SELECT bucket, sum(amount) FROM ledger_entry WHERE settlement_id IN (:ids) GROUP BY bucket")
                .param("ids", settlementIds)
                .query(rs -> {
                    net.put(stored(rs.getString(1)), Money.of(rs.getBigDecimal(2)));
                });
        return LedgerBalances.of(net).withoutZeros();
    }

    private record NetEntry(PersonYear personYear, Bucket bucket, Money amount) {
    }

    private static List<Object> keyOf(PersonYear personYear) {
        return List.of(personYear.personId().value(), personYear.region().name(), personYear.year());
    }

    private static Bucket stored(String name) {
        return Bucket.parse(name).orElseThrow(() -> new IllegalStateException("unknown stored bucket " + name));
    }

    /** {@code (?, ?, …), (?, ?, …)}: {@code rows} tuples of {@code columns} placeholders. */
    private static String tuples(int rows, int columns) {
        String tuple = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
        return String.join(", ", Collections.nCopies(rows, tuple));
    }
}
