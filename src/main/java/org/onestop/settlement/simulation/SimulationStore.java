package org.onestop.settlement.simulation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.onestop.settlement.common.RegionCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The simulation's own rows ({@code simulation}, {@code simulation_person}, V15): what was asked, the run's state and
 * progress, the result, and the figures per person. The only tables a simulation writes.
 */
@Repository
class SimulationStore {

    private static final String COLUMNS = "simulation_id, name, region, date_from, date_to, changes, status, total, "
            + "done, requested_by, requested_at, started_at, finished_at, failure";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    SimulationStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** A simulation as stored; {@code result} is read only where asked for. */
    record Row(UUID simulationId, String name, RegionCode region, LocalDate from, LocalDate to, String changes,
               String status, Integer total, int done, String requestedBy, Instant requestedAt, Instant startedAt,
               Instant finishedAt, String failure, String result) {
    }

    void insert(UUID id, SimulationRequest request, String changes, String requestedBy, Instant at) {
        jdbc.sql("INSERT INTO simulation (simulation_id, name, region, date_from, date_to, changes, status, "
                        + "requested_by, requested_at) VALUES (?, ?, ?, ?, ?, ?, 'QUEUED', ?, ?)")
                .params(id, request.name(), request.region().name(), request.from(), request.to(), changes,
                        requestedBy, Timestamp.from(at))
                .update();
    }

    /** QUEUED → RUNNING with the number of settlements to go through; false when it was not queued. */
    boolean start(UUID id, long total, Instant at) {
        return jdbc.sql("UPDATE simulation SET status = 'RUNNING', total = ?, done = 0, started_at = ? "
                        + "WHERE simulation_id = ? AND status = 'QUEUED'")
                .params(Math.toIntExact(total), Timestamp.from(at), id).update() == 1;
    }

    void progress(UUID id, long done) {
        jdbc.sql("UPDATE simulation SET done = ? WHERE simulation_id = ? AND status = 'RUNNING'")
                .params(Math.toIntExact(done), id).update();
    }

    void finish(UUID id, long done, String result, Instant at) {
        jdbc.sql("UPDATE simulation SET status = 'DONE', done = ?, result = ?, finished_at = ? "
                        + "WHERE simulation_id = ? AND status = 'RUNNING'")
                .params(Math.toIntExact(done), result, Timestamp.from(at), id).update();
    }

    /** Marks a queued or running simulation FAILED and drops the rows it wrote. */
    void fail(UUID id, String failure, Instant at) {
        jdbc.sql("DELETE FROM simulation_person WHERE simulation_id = ?").param(id).update();
        jdbc.sql("UPDATE simulation SET status = 'FAILED', failure = ?, finished_at = ? "
                        + "WHERE simulation_id = ? AND status IN ('QUEUED', 'RUNNING')")
                .params(failure, Timestamp.from(at), id).update();
    }

    Optional<Row> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + ", result FROM simulation WHERE simulation_id = ?").param(id)
                .query((rs, n) -> row(rs, true)).optional();
    }

    /** Every simulation (of one region when given), newest first, without results. */
    List<Row> list(RegionCode region) {
        String where = region == null ? "" : " WHERE region = ?";
        List<Object> params = region == null ? List.of() : List.of(region.name());
        return jdbc.sql("SELECT " + COLUMNS + " FROM simulation" + where
                        + " ORDER BY requested_at DESC, simulation_id")
                .params(params).query((rs, n) -> row(rs, false)).list();
    }

    /** Appends persons' rows in one batch. */
    void insertPersons(UUID id, List<PersonRow> rows) {
        List<Object[]> batch = new ArrayList<>(rows.size());
        for (PersonRow r : rows) {
            StageSums b = r.baseline();
            StageSums p = r.patched();
            batch.add(new Object[] {id, r.personId(), Math.toIntExact(b.settlements()),
                StageSums.yuan(b.basic()), StageSums.yuan(p.basic()), StageSums.yuan(b.majorIllness()),
                StageSums.yuan(p.majorIllness()), StageSums.yuan(b.assistance()), StageSums.yuan(p.assistance()),
                StageSums.yuan(b.tilt()), StageSums.yuan(p.tilt()), StageSums.yuan(b.personal()),
                StageSums.yuan(p.personal()), r.baselineAlerted(), r.patchedAlerted()});
        }
        template.batchUpdate("""
                INSERT INTO simulation_person (simulation_id, person_id, settlements, baseline_basic, patched_basic,
                    baseline_major, patched_major, baseline_assist, patched_assist, baseline_tilt, patched_tilt,
                    baseline_personal, patched_personal, baseline_alerted, patched_alerted)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", batch);
    }

    /** The persons' rows of a simulation in person-id order, one at a time. */
    void persons(UUID id, Consumer<ResultSet> each) {
        jdbc.sql("""
                SELECT person_id, settlements, baseline_basic, patched_basic, baseline_major, patched_major,
                       baseline_assist, patched_assist, baseline_tilt, patched_tilt, baseline_personal,
                       patched_personal, baseline_alerted, patched_alerted
                FROM simulation_person WHERE simulation_id = ? ORDER BY person_id COLLATE "C"
                """)
                .param(id).query(rs -> {
                    each.accept(rs);
                });
    }

    private static Row row(ResultSet rs, boolean withResult) throws SQLException {
        return new Row(rs.getObject("simulation_id", UUID.class), rs.getString("name"),
                RegionCode.valueOf(rs.getString("region")), rs.getDate("date_from").toLocalDate(),
                rs.getDate("date_to").toLocalDate(), rs.getString("changes"), rs.getString("status"),
                (Integer) rs.getObject("total"), rs.getInt("done"), rs.getString("requested_by"),
                instant(rs.getTimestamp("requested_at")), instant(rs.getTimestamp("started_at")),
                instant(rs.getTimestamp("finished_at")), rs.getString("failure"),
                withResult ? rs.getString("result") : null);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
