package org.onestop.settlement.alert;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.onestop.settlement.common.Money;
import org.onestop.settlement.common.RegionCode;
import org.onestop.settlement.settlement.SettlementRecorded;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The alert tables (V10): observations per settlement, and the alerts, at most one live per rule, person and year. */
@Repository
class AlertStore {

    private static final String COLUMNS = "alert_id, person_id, region, ledger_year, rule, citation, amount, "
            + "threshold, working, illustrative, policy_version, settlement_id, raised_at, status, acknowledged_at, "
            + "acknowledged_by, note, withdrawn_by, withdrawn_at";

    private final JdbcClient jdbc;

    AlertStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void observe(SettlementRecorded e) {
        jdbc.sql("""
                INSERT INTO alert_observation (settlement_id, kind, person_id, region, ledger_year, after_insurance,
                                               personal_pay, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (settlement_id) DO NOTHING""")
                .params(e.settlementId(), e.kind(), e.personId(), e.region().name(), e.year(),
                        e.afterInsurance().amount(), e.personalPay().amount(), ts(e.recordedAt()))
                .update();
    }

    /** The year's accumulated burden after insurance over the settlements not reversed. */
    Money yearAfterInsurance(String personId, RegionCode region, int year) {
        return Money.of(jdbc.sql("""
                SELECT coalesce(sum(after_insurance), 0) FROM alert_observation
                WHERE person_id = ? AND region = ? AND ledger_year = ? AND reversed_at IS NULL""")
                .params(personId, region.name(), year).query(BigDecimal.class).single());
    }

    /** Inserts the alert unless a live one of the same rule, person and year exists; whether it was inserted. */
    boolean raise(HighCostAlert a) {
        return jdbc.sql("INSERT INTO high_cost_alert (" + COLUMNS + """
                ) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, NULL, NULL, NULL)
                ON CONFLICT (region, rule, person_id, ledger_year) WHERE status <> 'WITHDRAWN' DO NOTHING""")
                .params(a.alertId(), a.personId(), a.region().name(), a.year(), a.rule(), a.citation(), a.amount(),
                        a.threshold(), a.working(), a.illustrative(), a.policyVersion(), a.settlementId(),
                        ts(a.raisedAt()), a.status().name())
                .update() == 1;
    }

    /** Marks the reversed settlement's observation, and withdraws the live alerts it raised; how many. */
    int withdraw(UUID settlementId, Instant at) {
        jdbc.sql("UPDATE alert_observation SET reversed_at = ? WHERE settlement_id = ? AND reversed_at IS NULL")
                .params(ts(at), settlementId).update();
        return jdbc.sql("""
                UPDATE high_cost_alert SET status = 'WITHDRAWN', withdrawn_by = settlement_id, withdrawn_at = ?
                WHERE settlement_id = ? AND status <> 'WITHDRAWN'""")
                .params(ts(at), settlementId).update();
    }

    List<HighCostAlert> list(RegionCode region, Instant from, Instant until, HighCostAlert.Status status) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM high_cost_alert
                WHERE (CAST(? AS varchar) IS NULL OR region = ?) AND raised_at >= ? AND raised_at < ?
                  AND (CAST(? AS varchar) IS NULL OR status = ?)
                ORDER BY raised_at, alert_id""")
                .params(name(region), name(region), ts(from), ts(until), name(status), name(status))
                .query(AlertStore::alert).list();
    }

    Optional<HighCostAlert> find(UUID alertId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM high_cost_alert WHERE alert_id = ?").param(alertId)
                .query(AlertStore::alert).optional();
    }

    void acknowledge(UUID alertId, String by, String note, Instant at) {
        jdbc.sql("""
                UPDATE high_cost_alert SET status = 'ACKNOWLEDGED', acknowledged_at = ?, acknowledged_by = ?, note = ?
                WHERE alert_id = ? AND status = 'OPEN'""")
                .params(ts(at), by, note, alertId).update();
    }

    private static HighCostAlert alert(ResultSet rs, int row) throws SQLException {
        return new HighCostAlert(rs.getObject("alert_id", UUID.class), rs.getString("person_id"),
                RegionCode.valueOf(rs.getString("region")), rs.getInt("ledger_year"), rs.getString("rule"),
                rs.getString("citation"), rs.getBigDecimal("amount"), rs.getBigDecimal("threshold"),
                rs.getString("working"), rs.getBoolean("illustrative"), rs.getString("policy_version"),
                rs.getObject("settlement_id", UUID.class), instant(rs, "raised_at"),
                HighCostAlert.Status.valueOf(rs.getString("status")), instant(rs, "acknowledged_at"),
                rs.getString("acknowledged_by"), rs.getString("note"), rs.getObject("withdrawn_by", UUID.class),
                instant(rs, "withdrawn_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Timestamp ts(Instant at) {
        return Timestamp.from(at);
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
