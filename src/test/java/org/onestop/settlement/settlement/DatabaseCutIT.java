package org.onestop.settlement.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onestop.settlement.support.JsonHttpClient.JSON;
import static org.onestop.settlement.support.ApiFixtures.REQUEST_ID;
import static org.onestop.settlement.support.ApiFixtures.inpatientClaim;
import static org.onestop.settlement.support.ApiFixtures.unique;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import com.zaxxer.hikari.HikariDataSource;
import org.onestop.settlement.support.ApiFixtures;
import org.onestop.settlement.support.IntegrationTest;
import org.onestop.settlement.support.SettlementApi;
import org.onestop.settlement.support.JsonHttpClient.Response;
import org.onestop.settlement.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * While the service's database connections are cut ({@code pg_terminate_backend}, for 3 s) under load, no claim
 * is answered 500 or as bad input: each is settled, or answered 503 "outcome unknown" with {@code Retry-After}, and
 * sending the same claim again then answers the one settlement made. Every committed settlement has exactly one
 * audit row with status 201, written by its own transaction (same {@code xmin}), even when its answer was 503 because
 * the commit's acknowledgement was lost; every request has at most one audit row, and one answered 200 or 201 has
 * exactly one with that status.
 */
@IntegrationTest
class DatabaseCutIT {

    private static final int THREADS = 4;
    private static final int CLAIMS_PER_THREAD = 15;
    /** How long connections are cut; claims sent later find the database back. */
    private static final Duration CUT_FOR = Duration.ofSeconds(3);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    SettlementApi api;

    @Test
    void aCutConnectionIsAnswered503OutcomeUnknownAndTheSameClaimAgainSettlesOnceAudited() throws Exception {
        List<String> persons = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            String personId = unique("cut");
            api.createPerson(personId, "ZIBO", "RESIDENT", "FEMALE", "1960-05-01");
            persons.add(personId);
        }
        Map<String, Integer> answered = new ConcurrentHashMap<>(); // request id → status answered
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
        Future<Integer> cutter = pool.submit(() -> {
            int cuts = 0;
            try (Connection own = TestDatabase.get().connect(); Statement sql = own.createStatement()) {
                Instant stop = Instant.now().plus(CUT_FOR);
                while (running.get() && Instant.now().isBefore(stop)) {
                    sql.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                            + "WHERE datname = current_database() AND pid <> pg_backend_pid()");
                    cuts++;
                    Thread.sleep(40);
                }
            }
            return cuts;
        });
        List<Future<List<Response>>> workers = new ArrayList<>();
        for (String personId : persons) {
            workers.add(pool.submit(() -> settleAll(api, personId, answered)));
        }
        List<Response> firstAnswers = new ArrayList<>();
        try {
            for (Future<List<Response>> worker : workers) {
                firstAnswers.addAll(worker.get());
            }
        } finally {
            running.set(false);
            pool.shutdown();
            // hand the next tests a pool without the connections that were cut
            dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
        }
        assertThat(cutter.get()).isPositive();

        long unknown = firstAnswers.stream().filter(r -> r.status() == 503).count();
        assertThat(firstAnswers).allSatisfy(r -> assertThat(r.status()).as("%s", r).isIn(201, 503));
        assertThat(unknown).as("claims answered 503 while connections were cut").isPositive();
        firstAnswers.stream().filter(r -> r.status() == 503).forEach(r -> {
            assertThat(r.mediaType()).isEqualTo("application/problem+json");
            assertThat(r.header("Retry-After")).hasValue("2");
            assertThat(r.json().path("type").asString()).endsWith("/problems/outcome-unknown");
        });
        for (String personId : persons) {
            // every claim was sent again until answered: one settlement per claim, none lost, none twice
            assertThat(api.rowsOf("settlement", personId)).isEqualTo(CLAIMS_PER_THREAD);
            api.assertBalancesEqualEntries(personId);
            assertEveryCommittedSettlementAuditedOnceBy201(personId);
        }
        assertEveryRequestAuditedAtMostOnce(answered);
    }

    private void assertEveryCommittedSettlementAuditedOnceBy201(String personId) {
        List<Map<String, Object>> audits = jdbc.sql("""
                SELECT s.settlement_id,
                       (SELECT count(*) FROM audit_event a WHERE a.xmin = s.xmin) AS rows,
                       (SELECT min(a.status) FROM audit_event a WHERE a.xmin = s.xmin) AS status
                FROM settlement s WHERE s.person_id = ?""").param(personId).query().listOfRows();
        assertThat(audits).hasSize(CLAIMS_PER_THREAD).allSatisfy(row -> {
            assertThat(row.get("rows")).as("audit rows in the commit of %s", row).isEqualTo(1L);
            assertThat(row.get("status")).as("audited status of %s", row).isEqualTo(201);
        });
    }

    /**
     * A request answered 200 or 201 has one row with that status; one answered 503 has its own 503 row, or the row
     * its transaction committed before the commit's acknowledgement was lost (201 settled, 200 found the settlement
     * a previous attempt had made), or none when the database was still cut as the filter wrote.
     */
    private void assertEveryRequestAuditedAtMostOnce(Map<String, Integer> answered) {
        int lostAcknowledgements = 0;
        for (var request : answered.entrySet()) {
            List<Integer> statuses = jdbc.sql("SELECT status FROM audit_event WHERE request_id = ?")
                    .param(request.getKey()).query(Integer.class).list();
            assertThat(statuses).as("audit rows of %s", request).hasSizeLessThanOrEqualTo(1);
            if (request.getValue() == 503) {
                assertThat(statuses).as("audit rows of %s", request).isSubsetOf(503, 201, 200);
                lostAcknowledgements += statuses.contains(503) || statuses.isEmpty() ? 0 : 1;
            } else {
                assertThat(statuses).as("audit rows of %s", request).containsExactly(request.getValue());
            }
        }
        System.out.printf("DatabaseCutIT: %d requests, %d answered 503 though their transaction committed%n", answered.size(),
                lostAcknowledgements);
    }

    /** Settles the person's claims one by one; a 503 is retried with the same claim until it is answered. */
    private static List<Response> settleAll(SettlementApi api, String personId, Map<String, Integer> answered)
            throws InterruptedException {
        List<Response> first = new ArrayList<>();
        for (int i = 0; i < CLAIMS_PER_THREAD; i++) {
            String claim = JSON.writeValueAsString(inpatientClaim("H-CUT", "ZY-" + personId + "-" + i, personId, 3,
                    "2024-03-01", "2024-03-10", "1000.00", "0.00", "0.00", "0.00"));
            Response answer = send(api, claim, answered);
            first.add(answer);
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (answer.status() == 503 && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
                answer = send(api, claim, answered);
            }
            assertThat(answer.status()).as("%s", answer).isIn(200, 201);
        }
        return first;
    }

    /** Sends the claim under a request id of its own, and notes the status it was answered. */
    private static Response send(SettlementApi api, String claim, Map<String, Integer> answered) {
        String requestId = ApiFixtures.requestId("cut");
        Response answer = api.http().post(ApiFixtures.SETTLEMENTS, claim, REQUEST_ID, requestId);
        answered.put(requestId, answer.status());
        return answer;
    }
}
