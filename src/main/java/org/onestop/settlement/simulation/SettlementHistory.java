package org.onestop.settlement.simulation;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.onestop.settlement.calculation.Identity;
import org.onestop.settlement.calculation.Patient;
import org.onestop.settlement.calculation.StagePayments;
import org.onestop.settlement.common.IdentityCategory;
import org.onestop.settlement.common.InsuranceType;
import org.onestop.settlement.common.Money;
import org.onestop.settlement.common.RegionCode;
import org.onestop.settlement.common.Sex;
import org.onestop.settlement.ledger.Bucket;
import org.onestop.settlement.ledger.LedgerBalances;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads what a simulation settles again, person by person, without holding more than one person in memory: in one
 * read-only transaction (a consistent snapshot), a cursor over the settlements of the window's persons in
 * {@code (person, discharge date, settled at)} order and a cursor over those persons, merged on the person id. It
 * reads the settlement, person, identity and ledger-entry tables and writes nothing.
 */
@Component
class SettlementHistory {

    private static final int FETCH = 2000;

    /** The persons with a standing settlement discharged in the window. */
    private static final String WINDOW_PERSONS = "SELECT person_id FROM settlement WHERE region = ? AND status = "
            + "'SETTLED' AND discharge_date BETWEEN ? AND ?";

    private static final String PERSONS = """
            SELECT p.person_id, p.insurance_type, p.sex, p.birth_date, p.rural, p.updated_at,
                   (SELECT max(greatest(i.created_at, coalesce(i.ended_at, i.created_at)))
                    FROM assistance_identity i WHERE i.person_id = p.person_id) AS identities_changed_at,
                   (SELECT json_agg(json_build_object('id', i.identity_id, 'category', i.category,
                                                      'subclass', i.subclass, 'validFrom', i.valid_from,
                                                      'validTo', i.valid_to, 'applicationDate', i.application_date)
                                    ORDER BY i.created_at, i.identity_id)
                    FROM assistance_identity i WHERE i.person_id = p.person_id) AS identities,
                   (SELECT json_agg(json_build_object('year', o.ledger_year, 'bucket', o.bucket,
                                                      'amount', o.amount::text))
                    FROM (SELECT ledger_year, bucket, sum(amount) AS amount FROM ledger_entry e
                          WHERE e.person_id = p.person_id AND e.region = ? AND e.kind = 'OPENING'
                          GROUP BY ledger_year, bucket) o) AS openings
            FROM person p WHERE p.person_id IN (%s)
            ORDER BY p.person_id COLLATE "C"
            """.formatted(WINDOW_PERSONS);

    private static final String SETTLEMENTS = """
            SELECT s.settlement_id, s.person_id, s.kind, s.status, s.claim, s.discharge_date, s.ledger_year,
                   s.settled_at, s.reversed_at, s.basic_pay, s.major_illness_pay, s.assistance_pay, s.tilt_pay
            FROM settlement s
            WHERE s.region = ? AND s.ledger_year BETWEEN ? AND ? AND (s.discharge_date IS NULL OR s.discharge_date <= ?)
              AND s.person_id IN (%s)
            ORDER BY s.person_id COLLATE "C", s.discharge_date NULLS FIRST, s.settled_at, s.settlement_id
            """.formatted(WINDOW_PERSONS);

    private static final String COUNTS = """
            SELECT count(*) FILTER (WHERE status = 'SETTLED'), count(*) FILTER (WHERE status = 'REVERSED')
            FROM settlement WHERE region = ? AND discharge_date BETWEEN ? AND ?""";

    private static final String WITHOUT_DISCHARGE_DATE = """
            SELECT kind, count(*) FROM settlement
            WHERE region = ? AND status = 'SETTLED' AND discharge_date IS NULL AND ledger_year BETWEEN ? AND ?
            GROUP BY kind ORDER BY kind""";

    private final DataSource dataSource;
    private final JsonMapper json;

    SettlementHistory(DataSource dataSource, JsonMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    /** What a simulation learns before its first person, and then each person. */
    interface Reader {

        /**
         * @param inWindow            standing settlements discharged in the window
         * @param reversed            reversed settlements discharged in the window
         * @param withoutDischargeDate standing settlements of the window's years stored without claim, per kind
         */
        void start(long inWindow, long reversed, Map<String, Long> withoutDischargeDate);

        void person(PersonHistory person);
    }

    void read(RegionCode region, LocalDate from, LocalDate to, Reader reader) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try (var settings = connection.createStatement()) {
                // a long read of a few sorted cursors: no JIT compilation of its plans, and sorts in memory
                settings.execute("SET LOCAL jit = off");
                settings.execute("SET LOCAL work_mem = '64MB'");
                start(connection, region, from, to, reader);
                merge(connection, region, from, to, reader);
            } finally {
                connection.rollback();
            }
        }
    }

    private static void start(Connection connection, RegionCode region, LocalDate from, LocalDate to, Reader reader)
            throws SQLException {
        long inWindow;
        long reversed;
        try (PreparedStatement counts = connection.prepareStatement(COUNTS)) {
            window(counts, 1, region, from, to);
            try (ResultSet rs = counts.executeQuery()) {
                rs.next();
                inWindow = rs.getLong(1);
                reversed = rs.getLong(2);
            }
        }
        Map<String, Long> withoutDate = new java.util.TreeMap<>();
        try (PreparedStatement old = connection.prepareStatement(WITHOUT_DISCHARGE_DATE)) {
            old.setString(1, region.name());
            old.setInt(2, from.getYear());
            old.setInt(3, to.getYear());
            try (ResultSet rs = old.executeQuery()) {
                while (rs.next()) {
                    withoutDate.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        reader.start(inWindow, reversed, withoutDate);
    }

    private void merge(Connection connection, RegionCode region, LocalDate from, LocalDate to, Reader reader)
            throws SQLException {
        try (PreparedStatement persons = connection.prepareStatement(PERSONS);
             PreparedStatement settlements = connection.prepareStatement(SETTLEMENTS)) {
            persons.setFetchSize(FETCH);
            persons.setString(1, region.name());
            window(persons, 2, region, from, to);
            settlements.setFetchSize(FETCH);
            settlements.setString(1, region.name());
            settlements.setInt(2, from.getYear());
            settlements.setInt(3, to.getYear());
            settlements.setDate(4, Date.valueOf(to));
            window(settlements, 5, region, from, to);
            try (ResultSet p = persons.executeQuery(); ResultSet s = settlements.executeQuery()) {
                boolean more = s.next();
                while (more) {
                    String personId = s.getString("person_id");
                    List<PersonHistory.StoredSettlement> rows = new ArrayList<>();
                    while (more && personId.equals(s.getString("person_id"))) {
                        rows.add(settlement(s));
                        more = s.next();
                    }
                    if (!p.next() || !personId.equals(p.getString("person_id"))) {
                        throw new IllegalStateException("the persons of the window are not those of its settlements"
                                + " at " + personId);
                    }
                    reader.person(person(p, rows));
                }
            }
        }
    }

    private static void window(PreparedStatement statement, int first, RegionCode region, LocalDate from,
                               LocalDate to) throws SQLException {
        statement.setString(first, region.name());
        statement.setDate(first + 1, Date.valueOf(from));
        statement.setDate(first + 2, Date.valueOf(to));
    }

    private static PersonHistory.StoredSettlement settlement(ResultSet s) throws SQLException {
        Date discharge = s.getDate("discharge_date");
        return new PersonHistory.StoredSettlement(s.getObject("settlement_id", UUID.class), s.getString("kind"),
                "REVERSED".equals(s.getString("status")), s.getString("claim"),
                discharge == null ? null : discharge.toLocalDate(), s.getInt("ledger_year"),
                instant(s.getTimestamp("settled_at")), instant(s.getTimestamp("reversed_at")),
                new StagePayments(Money.of(s.getBigDecimal("basic_pay")), Money.of(s.getBigDecimal("major_illness_pay")),
                        Money.of(s.getBigDecimal("assistance_pay")), Money.of(s.getBigDecimal("tilt_pay"))));
    }

    private PersonHistory person(ResultSet p, List<PersonHistory.StoredSettlement> settlements) throws SQLException {
        Patient patient = new Patient(InsuranceType.valueOf(p.getString("insurance_type")),
                Sex.valueOf(p.getString("sex")), p.getDate("birth_date").toLocalDate());
        return new PersonHistory(p.getString("person_id"), patient, p.getBoolean("rural"),
                identities(p.getString("identities")), instant(p.getTimestamp("updated_at")),
                instant(p.getTimestamp("identities_changed_at")), openings(p.getString("openings")), settlements);
    }

    private List<Identity> identities(String text) {
        List<Identity> identities = new ArrayList<>();
        if (text != null) {
            for (JsonNode i : json.readTree(text).values()) {
                identities.add(new Identity(i.get("id").asString(), IdentityCategory.valueOf(i.get("category").asString()),
                        text(i, "subclass"), date(i, "validFrom"), date(i, "validTo"), date(i, "applicationDate")));
            }
        }
        return List.copyOf(identities);
    }

    private Map<Integer, LedgerBalances> openings(String text) {
        Map<Integer, LedgerBalances> openings = new HashMap<>();
        if (text != null) {
            for (JsonNode o : json.readTree(text).values()) {
                Bucket bucket = Bucket.parse(o.get("bucket").asString())
                        .orElseThrow(() -> new IllegalStateException("unknown stored bucket " + o.get("bucket")));
                openings.merge(o.get("year").asInt(), LedgerBalances.EMPTY.plus(bucket, Money.of(o.get("amount")
                        .asString())), LedgerBalances::plus);
            }
        }
        return openings;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static LocalDate date(JsonNode node, String field) {
        String text = text(node, field);
        return text == null ? null : LocalDate.parse(text);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
