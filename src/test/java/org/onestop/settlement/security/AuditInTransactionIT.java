package org.onestop.settlement.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onestop.settlement.support.ApiFixtures.REQUEST_ID;
import static org.onestop.settlement.support.ApiFixtures.SETTLEMENTS;
import static org.onestop.settlement.support.ApiFixtures.requestId;
import static org.onestop.settlement.support.ApiFixtures.section6Claim;
import static org.onestop.settlement.support.ApiFixtures.unique;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.onestop.settlement.support.IntegrationTest;
import org.onestop.settlement.support.JsonHttpClient.Response;
import org.onestop.settlement.support.SettlementApi;
import org.onestop.settlement.support.TestClients.Credentials;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.node.ObjectNode;

/**
 * A committed write is audited in its own commit: the audit row of a settlement or a reversal is written by the
 * transaction that wrote the settlement row (same {@code xmin}, the id of the inserting or updating transaction) with
 * the status answered, and is there when the answer arrives. A request that writes nothing is audited once, by the
 * filter, in a transaction of its own.
 */
@IntegrationTest
class AuditInTransactionIT {

    @Autowired
    SettlementApi api;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSettlementIsAuditedWith201InTheTransactionThatWroteIt() {
        Fixture f = new Fixture();
        String id = requestId("settle-tx");
        Response settled = f.hospital.settle(f.claim, REQUEST_ID, id);
        assertThat(settled.status()).as("%s", settled).isEqualTo(201);
        String settlementId = settled.json().path("settlementId").asString();

        // no waiting: the row was committed with the settlement, before the answer was sent
        List<Map<String, Object>> rows = auditRows(id);
        assertThat(rows).as("audit rows of %s", id).hasSize(1);
        assertThat(rows.get(0)).containsEntry("status", 201).containsEntry("method", "POST")
                .containsEntry("path", SETTLEMENTS).containsEntry("client_id", f.client.clientId())
                .containsEntry("tx", settlementXmin(settlementId));
    }

    @Test
    void aRetryAnswered200IsAuditedOnceEachAndAReversalInItsOwnCommit() {
        Fixture f = new Fixture();
        String first = requestId("settle-first");
        String settlementId = f.hospital.settle(f.claim, REQUEST_ID, first).json().path("settlementId").asString();
        String firstTx = settlementXmin(settlementId);

        String retry = requestId("settle-retry");
        Response again = f.hospital.settle(f.claim, REQUEST_ID, retry);
        assertThat(again.status()).as("%s", again).isEqualTo(200);
        List<Map<String, Object>> retryRows = auditRows(retry);
        assertThat(retryRows).as("audit rows of the retry").hasSize(1);
        assertThat(retryRows.get(0)).containsEntry("status", 200);
        assertThat(retryRows.get(0).get("tx")).as("the retry wrote no settlement").isNotEqualTo(firstTx);
        assertThat(auditRows(first)).as("audit rows of the first request").hasSize(1);

        String reversal = requestId("reverse-tx");
        Response reversed = f.hospital.reverse(settlementId, REQUEST_ID, reversal);
        assertThat(reversed.status()).as("%s", reversed).isEqualTo(200);
        List<Map<String, Object>> reversalRows = auditRows(reversal);
        assertThat(reversalRows).as("audit rows of the reversal").hasSize(1);
        // the reversal updated the settlement row, so its xmin is now the reversal's transaction
        assertThat(reversalRows.get(0)).containsEntry("status", 200)
                .containsEntry("tx", settlementXmin(settlementId));
    }

    @Test
    void aRefusedSettlementIsAuditedOnceInATransactionOfItsOwn() throws InterruptedException {
        Fixture f = new Fixture();
        String id = requestId("settle-400");
        Response refused = f.hospital.http().post(SETTLEMENTS, "{bad", REQUEST_ID, id);
        assertThat(refused.status()).as("%s", refused).isEqualTo(400);
        List<Map<String, Object>> rows = awaitAuditRows(id);
        assertThat(rows).as("audit rows of %s", id).hasSize(1);
        assertThat(rows.get(0)).containsEntry("status", 400);
        assertThat(api.count("SELECT count(*) FROM settlement WHERE xmin::text = ?", rows.get(0).get("tx")))
                .as("settlements written in the transaction of the 400's audit row").isZero();
        assertThat(api.rowsOf("settlement", f.personId)).isZero();
    }

    /** A hospital client and a Zibo resident with the claim of policies.md §6 under a unique encounter. */
    private final class Fixture {
        final String code = unique("AUD-H");
        final Credentials client = api.newClient("aud", "HOSPITAL", code);
        final SettlementApi hospital = api.as(client);
        final String personId = api.newZiboResident("aud-p");
        final ObjectNode claim = section6Claim(code, unique("ZY"), personId);
    }

    private String settlementXmin(String settlementId) {
        return jdbc.sql("SELECT xmin::text FROM settlement WHERE settlement_id = ?::uuid").param(settlementId)
                .query(String.class).single();
    }

    private List<Map<String, Object>> auditRows(String requestId) {
        return jdbc.sql("""
                SELECT status, method, path, client_id, xmin::text AS tx FROM audit_event WHERE request_id = ?""")
                .param(requestId).query().listOfRows();
    }

    /** The filter writes a refused request's row after the chain returns, possibly just after the answer. */
    private List<Map<String, Object>> awaitAuditRows(String requestId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        List<Map<String, Object>> rows = auditRows(requestId);
        while (rows.isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            rows = auditRows(requestId);
        }
        return rows;
    }
}
