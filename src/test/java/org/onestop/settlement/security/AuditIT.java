package org.onestop.settlement.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onestop.settlement.support.ApiFixtures.CLIENTS;
import static org.onestop.settlement.support.ApiFixtures.REQUEST_ID;
import static org.onestop.settlement.support.ApiFixtures.SETTLEMENTS;
import static org.onestop.settlement.support.ApiFixtures.assertFieldProblem;
import static org.onestop.settlement.support.ApiFixtures.assertProblem;
import static org.onestop.settlement.support.ApiFixtures.client;
import static org.onestop.settlement.support.ApiFixtures.errorFields;
import static org.onestop.settlement.support.ApiFixtures.identity;
import static org.onestop.settlement.support.ApiFixtures.requestId;
import static org.onestop.settlement.support.ApiFixtures.section6Claim;
import static org.onestop.settlement.support.ApiFixtures.text;
import static org.onestop.settlement.support.ApiFixtures.unique;
import static org.onestop.settlement.support.ApiFixtures.ziboResident;
import static org.onestop.settlement.support.TestClients.newClientId;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onestop.settlement.common.ProblemType;
import org.onestop.settlement.support.IntegrationTest;
import org.onestop.settlement.support.JsonHttpClient.Response;
import org.onestop.settlement.support.SettlementApi;
import org.onestop.settlement.support.TestClients;
import org.onestop.settlement.support.TestClients.Credentials;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The append-only audit over real HTTP: every write (refused ones too) leaves one row with the client, method, path,
 * status and request id, which the answer echoes; reads leave none; the table refuses UPDATE, DELETE and TRUNCATE.
 * Only this class's own request ids are looked up in the shared database.
 */
@IntegrationTest
class AuditIT {

    /** A 低保 identity for 2024 and 2025. */
    private static final ObjectNode MIN_LIVING =
            identity("MIN_LIVING", null, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31), null);

    @Autowired
    SettlementApi api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    private Instant testStart;

    @BeforeEach
    void setUp() {
        testStart = Instant.now().minusSeconds(1);
    }

    /**
     * Rule: every write to /api/v1 leaves an audit row with the client id, method, path, status and the caller's
     * X-Request-Id, which the answer echoes; GET /api/v1/audit lists them.
     */
    @Test
    void everyWriteIsAuditedWithClientMethodPathStatusAndRequestId() {
        String code = unique("SEC-H");
        Credentials registry = api.newClient("reg", "REGISTRY", null);
        Credentials hospital = api.newClient("hosp", "HOSPITAL", code);
        String adminId = TestClients.admin(api.http().port()).clientId();
        SettlementApi asRegistry = api.as(registry);
        SettlementApi asHospital = api.as(hospital);
        String personId = unique("sec-p");
        List<Expected> expected = new ArrayList<>();

        String id = requestId("person-put");
        expected.add(expect(asRegistry.putPerson(personId, ziboResident(personId), REQUEST_ID, id),
                201, id, registry.clientId(), "PUT", "/api/v1/persons/" + personId));

        id = requestId("identity-post");
        String identitiesPath = SettlementApi.identitiesPath(personId);
        Response identity = asRegistry.postIdentity(personId, MIN_LIVING, REQUEST_ID, id);
        expected.add(expect(identity, 201, id, registry.clientId(), "POST", identitiesPath));
        String identityPath = identitiesPath + "/" + identity.json().path("identityId").asString();

        id = requestId("identity-delete");
        expected.add(expect(asRegistry.http().delete(identityPath, REQUEST_ID, id), 200, id, registry.clientId(),
                "DELETE", identityPath));

        id = requestId("settle");
        Response settled = asHospital.settle(section6Claim(code, "ZY-1", personId), REQUEST_ID, id);
        expected.add(expect(settled, 201, id, hospital.clientId(), "POST", SETTLEMENTS));
        String settlementId = settled.json().path("settlementId").asString();

        id = requestId("reverse");
        expected.add(expect(asHospital.reverse(settlementId, REQUEST_ID, id), 200, id, hospital.clientId(), "POST",
                SettlementApi.reversalPath(settlementId)));

        String newClientId = newClientId("audited");
        id = requestId("client-post");
        expected.add(expect(api.http().post(CLIENTS, text(client(newClientId, "REGISTRY", null)), REQUEST_ID, id), 201,
                id, adminId, "POST", CLIENTS));

        id = requestId("client-delete");
        expected.add(expect(api.http().delete(CLIENTS + "/" + newClientId, REQUEST_ID, id), 200, id, adminId, "DELETE",
                CLIENTS + "/" + newClientId));

        for (Expected e : expected) {
            assertAudited(e.requestId(), e.clientId(), e.method(), e.path(), e.status());
        }

        Response audit = api.http().get("/api/v1/audit?from=" + testStart + "&limit=10000");
        assertThat(audit.status()).as("%s", audit).isEqualTo(200);
        for (Expected e : expected) {
            JsonNode event = null;
            for (JsonNode candidate : audit.json().values()) {
                if (candidate.path("requestId").asString().equals(e.requestId())) {
                    event = candidate;
                }
            }
            assertThat(event).as("GET /api/v1/audit lists %s", e.requestId()).isNotNull();
            assertThat(event.path("clientId").asString()).isEqualTo(e.clientId());
            assertThat(event.path("method").asString()).isEqualTo(e.method());
            assertThat(event.path("path").asString()).isEqualTo(e.path());
            assertThat(event.path("status").asInt()).isEqualTo(e.status());
            assertThat(Instant.parse(event.path("at").asString())).isBetween(testStart, Instant.now());
        }
    }

    /**
     * Rule: refused writes are audited too: a 403 with the client, a 401 with the client id tried (never more of the
     * credentials) or no client when none was sent.
     */
    @Test
    void refusedWritesAreAuditedWithTheirStatus() {
        String code = unique("SEC-H");
        Credentials hospital = api.newClient("hosp", "HOSPITAL", code);
        String personId = unique("sec-p");
        String personPath = "/api/v1/persons/" + personId;
        String person = text(ziboResident(personId));
        String claim = text(section6Claim(code, "ZY-1", personId));

        String forbidden = requestId("forbidden");
        Response reply = api.http().withCredentials(hospital).put(personPath, person, REQUEST_ID, forbidden);
        assertProblem(reply, ProblemType.FORBIDDEN);
        assertThat(reply.header(REQUEST_ID)).hasValue(forbidden);

        String wrongSecret = requestId("wrong-secret");
        reply = api.http().withCredentials(hospital.clientId(), "not-" + hospital.secret())
                .post(SETTLEMENTS, claim, REQUEST_ID, wrongSecret);
        assertProblem(reply, ProblemType.UNAUTHORIZED);
        assertThat(reply.header(REQUEST_ID)).hasValue(wrongSecret);

        String unknown = newClientId("unknown");
        String unknownClient = requestId("unknown-client");
        reply = api.http().withCredentials(unknown, "whatever").put(personPath, person, REQUEST_ID, unknownClient);
        assertProblem(reply, ProblemType.UNAUTHORIZED);

        String noCredentials = requestId("no-credentials");
        reply = api.http().withoutCredentials().post(SETTLEMENTS, claim, REQUEST_ID, noCredentials);
        assertProblem(reply, ProblemType.UNAUTHORIZED);
        assertThat(reply.header(REQUEST_ID)).hasValue(noCredentials);

        assertAudited(forbidden, hospital.clientId(), "PUT", personPath, 403);
        assertAudited(wrongSecret, hospital.clientId(), "POST", SETTLEMENTS, 401);
        assertAudited(unknownClient, unknown, "PUT", personPath, 401);
        assertAudited(noCredentials, null, "POST", SETTLEMENTS, 401);
        assertThat(api.rowsOf("person", personId)).isZero();
    }

    /** Rule: every answer carries a request id (the caller's when well-formed); reads are not audited. */
    @Test
    void everyAnswerCarriesARequestIdAndReadsAreNotAudited() {
        String given = requestId("read");
        Response read = api.http().get("/api/v1/policies", REQUEST_ID, given);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header(REQUEST_ID)).hasValue(given);

        Response generated = api.http().get("/api/v1/policies");
        assertThat(generated.header(REQUEST_ID)).hasValueSatisfying(v -> assertThat(v).isNotBlank());

        Response malformed = api.http().get("/api/v1/policies", REQUEST_ID, "bad id with spaces");
        assertThat(malformed.header(REQUEST_ID)).hasValueSatisfying(
                v -> assertThat(v).isNotEqualTo("bad id with spaces").matches("[A-Za-z0-9._-]{1,64}"));

        sleep(Duration.ofMillis(300)); // give a (wrongly) written row the time to appear
        assertThat(api.count("SELECT count(*) FROM audit_event WHERE request_id = ?", given)).isZero();
    }

    /** Rule: GET /api/v1/audit refuses a window whose from is after its to (400 naming from). */
    @Test
    void theAuditQueryRefusesFromAfterTo() {
        Instant to = Instant.now();

        JsonNode problem = assertFieldProblem(api.http().get("/api/v1/audit?from=" + to.plusSeconds(60) + "&to=" + to),
                "from");

        assertThat(errorFields(problem)).containsExactly("from");
        assertThat(problem.path("detail").asString()).contains("from");
    }

    /** Rule: the audit table is append-only: UPDATE and DELETE of its rows fail in the database itself. */
    @Test
    void theAuditTableIsAppendOnly() {
        String id = requestId("append-only");
        String personId = unique("sec-p");
        assertThat(api.putPerson(personId, ziboResident(personId), REQUEST_ID, id).status()).isEqualTo(201);
        Map<String, Object> row = awaitAuditRow(id).orElseThrow();

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET status = 0 WHERE request_id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event WHERE request_id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        // the statements of the rule, on the whole table
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET status = 0").update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event").update())
                .isInstanceOf(DataAccessException.class);

        assertThat(awaitAuditRow(id)).hasValue(row);
    }

    /**
     * Rule: the audit table is append-only, TRUNCATE included (it skips row triggers). Run in a transaction that is
     * always rolled back, so a TRUNCATE that wrongly succeeds loses no row of the shared database.
     */
    @Test
    void theAuditTableCannotBeTruncated() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                statement.execute("SET LOCAL lock_timeout = '5s'");
                assertThatThrownBy(() -> statement.execute("TRUNCATE audit_event"))
                        .as("TRUNCATE audit_event").isInstanceOf(SQLException.class);
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    private record Expected(String requestId, String clientId, String method, String path, int status) {
    }

    /** Asserts the answer's status and echoed request id; returns what its audit row must hold. */
    private static Expected expect(Response reply, int status, String requestId, String clientId, String method,
                                   String path) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(status);
        assertThat(reply.header(REQUEST_ID)).as("echoed request id of %s", reply).hasValue(requestId);
        return new Expected(requestId, clientId, method, path, status);
    }

    private void assertAudited(String requestId, String clientId, String method, String path, int status) {
        Map<String, Object> row = awaitAuditRow(requestId)
                .orElseThrow(() -> new AssertionError("no audit_event row with request_id " + requestId));
        assertThat(row).as("audit row of %s", requestId)
                .containsEntry("client_id", clientId)
                .containsEntry("method", method)
                .containsEntry("path", path)
                .containsEntry("status", status);
        assertThat(((Timestamp) row.get("at")).toInstant()).isBetween(testStart, Instant.now());
        assertThat(api.count("SELECT count(*) FROM audit_event WHERE request_id = ?", requestId))
                .as("audit rows with request id %s", requestId).isEqualTo(1);
    }

    /**
     * The audit row of a request id. The filter writes it after the chain returns, which for an answer the security
     * filters have already completed (401, 403, 429) may be just after the client got the answer: wait a little.
     */
    private Optional<Map<String, Object>> awaitAuditRow(String requestId) {
        Instant deadline = Instant.now().plusSeconds(5);
        while (true) {
            List<Map<String, Object>> rows = jdbc.sql("""
                    SELECT at, client_id, method, path, status, request_id FROM audit_event WHERE request_id = ?""")
                    .param(requestId).query().listOfRows();
            if (!rows.isEmpty() || Instant.now().isAfter(deadline)) {
                return rows.stream().findFirst();
            }
            sleep(Duration.ofMillis(50));
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
