package org.onestop.settlement.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onestop.settlement.common.ProblemType;
import org.onestop.settlement.support.JsonHttpClient;
import org.onestop.settlement.support.JsonHttpClient.Response;
import org.onestop.settlement.support.IntegrationTest;
import org.onestop.settlement.support.TestClients;
import org.onestop.settlement.support.TestClients.Credentials;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The access policy of the API over real HTTP: authentication (HTTP Basic, disabled clients, failed-login throttling),
 * what each role may do, a hospital's scope (its own code, its own settlements, the persons it settles for), client
 * administration, and the append-only audit of writes with its request ids.
 *
 * <p>The database is shared with the other ITs and never cleaned: every client, person, hospital code, encounter and
 * request id here is unique, and only this class's own rows are counted.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SecurityIT {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String REQUEST_ID = "X-Request-Id";
    private static final String SETTLEMENTS = "/api/v1/settlements";
    private static final String CLIENTS = "/api/v1/clients";
    private static final List<String> SETTLEMENT_TABLES =
            List.of("settlement", "ledger_entry", "ledger_balance", "ledger_year");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    private Credentials adminCredentials;
    private JsonHttpClient admin;
    private JsonHttpClient anonymous;
    private Instant testStart;

    @BeforeEach
    void setUp() {
        testStart = Instant.now().minusSeconds(1);
        adminCredentials = TestClients.admin(port);
        admin = JsonHttpClient.as(port, adminCredentials);
        anonymous = JsonHttpClient.anonymous(port);
    }

    // ==== authentication ============================================================================================

    /** Rule: every /api/v1 call needs HTTP Basic credentials; without them it is a 401 with a Basic challenge. */
    @Test
    void withoutCredentialsTheApiAnswers401WithABasicChallenge() {
        String personId = unique("sec-p");
        List<Response> replies = List.of(
                anonymous.post(SETTLEMENTS, settlementBody(unique("SEC-H"), "ZY-1", personId)),
                anonymous.get("/api/v1/persons/" + personId),
                anonymous.get("/api/v1/policies"));

        for (Response reply : replies) {
            assertProblem(reply, ProblemType.UNAUTHORIZED);
            assertThat(reply.header("WWW-Authenticate")).as("challenge of %s", reply)
                    .hasValueSatisfying(challenge -> assertThat(challenge).startsWithIgnoringCase("Basic"));
        }
        assertThat(rowCounts(personId)).as("nothing written by the anonymous POST").containsOnly(0L);
    }

    /** Rule: health, the OpenAPI document and Swagger UI stay open to callers without credentials. */
    @Test
    void healthApiDocsAndSwaggerUiStayOpen() {
        Response health = anonymous.get("/actuator/health");
        assertThat(health.status()).as("%s", health).isEqualTo(200);
        assertThat(health.json().path("status").asString()).isEqualTo("UP");

        Response apiDocs = anonymous.get("/v3/api-docs");
        assertThat(apiDocs.status()).as("%s", apiDocs).isEqualTo(200);
        assertThat(apiDocs.json().path("openapi").asString()).startsWith("3.");

        Response swaggerUi = JsonHttpClient.anonymous(port).followingRedirects().get("/swagger-ui.html");
        assertThat(swaggerUi.status()).as("GET /swagger-ui.html, redirects followed: %s", swaggerUi.status())
                .isEqualTo(200);
        assertThat(swaggerUi.body()).containsIgnoringCase("swagger");
    }

    /** Rule: a wrong secret, or a client id nobody has, is a 401. */
    @Test
    void aWrongSecretOrAnUnknownClientIs401() {
        Credentials registry = newClient("reg", "REGISTRY", null);
        assertThat(JsonHttpClient.as(port, registry).get("/api/v1/policies").status()).isEqualTo(200);

        Response wrongSecret = JsonHttpClient.as(port, registry.clientId(), registry.secret() + "x").get("/api/v1/policies");
        Response unknownClient = JsonHttpClient.as(port, newClientId("nobody"), registry.secret()).get("/api/v1/policies");

        assertProblem(wrongSecret, ProblemType.UNAUTHORIZED);
        assertThat(wrongSecret.header("WWW-Authenticate")).isPresent();
        assertProblem(unknownClient, ProblemType.UNAUTHORIZED);
        assertThat(unknownClient.header("WWW-Authenticate")).isPresent();
    }

    /** Rule: a disabled client (DELETE /api/v1/clients/{id}) no longer authenticates, although its secret is right. */
    @Test
    void aDisabledClientIs401AlthoughItsSecretIsRight() {
        Credentials hospital = newClient("hosp", "HOSPITAL", unique("SEC-H"));
        JsonHttpClient asHospital = JsonHttpClient.as(port, hospital);
        assertThat(asHospital.get("/api/v1/policies").status()).as("before it is disabled").isEqualTo(200);

        Response disabled = admin.delete(CLIENTS + "/" + hospital.clientId());
        assertThat(disabled.status()).as("%s", disabled).isEqualTo(200);
        assertThat(disabled.json().path("enabled").asBoolean(true)).isFalse();
        assertThat(disabled.json().path("disabledAt").asString()).isNotBlank();

        assertProblem(asHospital.get("/api/v1/policies"), ProblemType.UNAUTHORIZED);
        assertProblem(asHospital.post(SETTLEMENTS, settlementBody(unique("SEC-H"), "ZY-1", unique("sec-p"))),
                ProblemType.UNAUTHORIZED);
    }

    /**
     * Rule: after 5 failed logins for one client id within 15 minutes, that id is refused with 429 and Retry-After,
     * even with the right secret; other client ids are not affected; the failed-login log names the client id, never
     * the secret.
     */
    @Test
    void fiveFailedLoginsThrottleTheClientIdEvenWithTheRightSecret(CapturedOutput output) {
        Credentials victim = newClient("throttled", "REGISTRY", null);
        Credentials bystander = newClient("bystander", "REGISTRY", null);
        String wrongSecret = "wrong-" + UUID.randomUUID();
        JsonHttpClient wrong = JsonHttpClient.as(port, victim.clientId(), wrongSecret);

        List<Integer> failedAttempts = new ArrayList<>();
        for (int attempt = 1; attempt <= 5; attempt++) {
            failedAttempts.add(wrong.get("/api/v1/policies").status());
        }
        Response sixth = JsonHttpClient.as(port, victim).get("/api/v1/policies");
        Response other = JsonHttpClient.as(port, bystander).get("/api/v1/policies");

        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(failedAttempts).as("statuses of the 5 attempts with a wrong secret")
                    .containsExactly(401, 401, 401, 401, 401);
            softly.check(() -> {
                JsonNode problem = assertProblem(sixth, ProblemType.TOO_MANY_REQUESTS);
                assertThat(problem.path("detail").asString()).contains(victim.clientId());
            });
            softly.assertThat(sixth.header("Retry-After")).as("Retry-After of %s", sixth)
                    .hasValueSatisfying(seconds -> assertThat(Long.parseLong(seconds))
                            .as("seconds until the oldest failure leaves the 15-minute window").isBetween(1L, 901L));
            softly.assertThat(other.status()).as("another client id is not throttled: %s", other).isEqualTo(200);
            softly.assertThat(output.getAll()).contains("Failed login for client " + victim.clientId())
                    .doesNotContain(wrongSecret)
                    .doesNotContain(victim.secret());
        });
    }

    /**
     * Rule: one failed login is one failure of the throttle's 5 (the client's secret is checked once per request),
     * and one log line without the secret.
     */
    @Test
    void aFailedLoginCountsOnceAndIsLoggedOnceWithoutTheSecret(CapturedOutput output) {
        Credentials client = newClient("once", "REGISTRY", null);
        String wrongSecret = "wrong-" + UUID.randomUUID();
        JsonHttpClient wrong = JsonHttpClient.as(port, client.clientId(), wrongSecret);
        String line = "Failed login for client " + client.clientId();

        Response first = wrong.get("/api/v1/policies");
        long linesOfOneFailure = output.getAll().lines().filter(l -> l.contains(line)).count();
        List<Integer> threeMore = new ArrayList<>();
        for (int attempt = 2; attempt <= 4; attempt++) {
            threeMore.add(wrong.get("/api/v1/policies").status());
        }
        Response right = JsonHttpClient.as(port, client).get("/api/v1/policies");

        SoftAssertions.assertSoftly(softly -> {
            softly.check(() -> assertProblem(first, ProblemType.UNAUTHORIZED));
            softly.assertThat(linesOfOneFailure).as("log lines '%s' for one failed request", line).isEqualTo(1);
            softly.assertThat(output.getAll()).doesNotContain(wrongSecret);
            softly.assertThat(threeMore).as("statuses of failed attempts 2 to 4").containsExactly(401, 401, 401);
            softly.assertThat(right.status()).as("the right secret after only 4 failures: %s", right).isEqualTo(200);
        });
    }

    // ==== a hospital's scope ========================================================================================

    /** Rule: a HOSPITAL acts only under its own hospital code: settling or previewing under another's is a 403. */
    @Test
    void aHospitalMaySettleAndPreviewOnlyUnderItsOwnCode() {
        String codeA = unique("SEC-HA");
        String codeB = unique("SEC-HB");
        Credentials hospitalA = newClient("hosp-a", "HOSPITAL", codeA);
        JsonHttpClient asA = JsonHttpClient.as(port, hospitalA);
        String personId = newPerson();

        Response underB = asA.post(SETTLEMENTS, settlementBody(codeB, "ZY-1", personId));
        JsonNode problem = assertProblem(underB, ProblemType.FORBIDDEN);
        assertThat(problem.path("detail").asString()).contains(codeB);
        assertThat(rowCounts(personId)).as("rows of %s in %s after the 403", personId, SETTLEMENT_TABLES)
                .containsOnly(0L);
        assertThat(jdbc.sql("SELECT count(*) FROM settlement WHERE hospital_code = ?").param(codeB)
                .query(Long.class).single()).isZero();

        assertProblem(asA.post(SETTLEMENTS + "/preview", settlementBody(codeB, "ZY-1", personId)),
                ProblemType.FORBIDDEN);

        Response preview = asA.post(SETTLEMENTS + "/preview", settlementBody(codeA, "ZY-1", personId));
        assertThat(preview.status()).as("%s", preview).isEqualTo(200);
        assertThat(rowCounts(personId)).as("a preview writes nothing").containsOnly(0L);

        Response own = asA.post(SETTLEMENTS, settlementBody(codeA, "ZY-1", personId));
        assertThat(own.status()).as("%s", own).isEqualTo(201);
        assertThat(own.json().path("hospitalCode").asString()).isEqualTo(codeA);
        assertThat(rowCounts(personId).get(0)).as("settlement rows").isEqualTo(1L);
    }

    /**
     * Rule: a HOSPITAL sees only its own settlements: another hospital's is "not found" to read and to reverse (and
     * stays SETTLED), and a person's list shows only its own.
     */
    @Test
    void aHospitalSeesAndReversesOnlyItsOwnSettlements() {
        String codeA = unique("SEC-HA");
        String codeB = unique("SEC-HB");
        JsonHttpClient asA = JsonHttpClient.as(port, newClient("hosp-a", "HOSPITAL", codeA));
        JsonHttpClient asB = JsonHttpClient.as(port, newClient("hosp-b", "HOSPITAL", codeB));
        String personId = newPerson();
        String settlementOfA = settle(asA, settlementBody(codeA, "ZY-A1", personId));
        String settlementOfB = settle(asB, settlementBody(codeB, "ZY-B1", personId));

        assertProblem(asA.get(SETTLEMENTS + "/" + settlementOfB), ProblemType.NOT_FOUND);
        assertProblem(asA.post(SETTLEMENTS + "/" + settlementOfB + "/reversal", null), ProblemType.NOT_FOUND);
        assertThat(settlementStatus(settlementOfB)).as("B's settlement after A's reversal attempt")
                .isEqualTo("SETTLED");
        assertThat(jdbc.sql("SELECT count(*) FROM ledger_entry WHERE settlement_id = ? AND kind = 'REVERSAL'")
                .param(UUID.fromString(settlementOfB)).query(Long.class).single()).isZero();
        Response bReadsIt = asB.get(SETTLEMENTS + "/" + settlementOfB);
        assertThat(bReadsIt.status()).as("%s", bReadsIt).isEqualTo(200);
        assertThat(bReadsIt.json().path("status").asString()).isEqualTo("SETTLED");

        Response own = asA.get(SETTLEMENTS + "/" + settlementOfA);
        assertThat(own.status()).as("%s", own).isEqualTo(200);
        assertThat(own.json().path("settlementId").asString()).isEqualTo(settlementOfA);

        Response listOfA = asA.get("/api/v1/persons/" + personId + "/settlements");
        assertThat(listOfA.status()).as("%s", listOfA).isEqualTo(200);
        assertThat(settlementIds(listOfA.json())).containsExactly(settlementOfA);
        Response listOfAdmin = admin.get("/api/v1/persons/" + personId + "/settlements");
        assertThat(settlementIds(listOfAdmin.json())).containsExactlyInAnyOrder(settlementOfA, settlementOfB);
    }

    /** Rule: a HOSPITAL reads only the persons it settles for; any other person is "not found" to it. */
    @Test
    void aHospitalReadsOnlyPersonsItSettlesFor() {
        String codeA = unique("SEC-HA");
        String codeB = unique("SEC-HB");
        JsonHttpClient asA = JsonHttpClient.as(port, newClient("hosp-a", "HOSPITAL", codeA));
        JsonHttpClient asB = JsonHttpClient.as(port, newClient("hosp-b", "HOSPITAL", codeB));
        String neverSettled = newPerson();
        String settledByB = newPerson();
        settle(asB, settlementBody(codeB, "ZY-B1", settledByB));

        JsonNode problem = assertProblem(asA.get("/api/v1/persons/" + neverSettled), ProblemType.NOT_FOUND);
        assertThat(problem.path("detail").asString()).contains(neverSettled);
        assertProblem(asA.get("/api/v1/persons/" + settledByB), ProblemType.NOT_FOUND);
        assertProblem(asA.get("/api/v1/persons/" + settledByB + "/ledger?year=2024"), ProblemType.NOT_FOUND);
        assertProblem(asA.get("/api/v1/persons/" + settledByB + "/settlements"), ProblemType.NOT_FOUND);

        settle(asA, settlementBody(codeA, "ZY-A1", neverSettled));
        Response afterSettling = asA.get("/api/v1/persons/" + neverSettled);
        assertThat(afterSettling.status()).as("%s", afterSettling).isEqualTo(200);
        assertThat(afterSettling.json().path("personId").asString()).isEqualTo(neverSettled);
    }

    // ==== what each role may do =====================================================================================

    /** Rule: persons and identities are written by REGISTRY (and ADMIN) only; a HOSPITAL gets 403. */
    @Test
    void onlyTheRegistryAndAdminWritePersonsAndIdentities() {
        JsonHttpClient asHospital = JsonHttpClient.as(port, newClient("hosp", "HOSPITAL", unique("SEC-H")));
        JsonHttpClient asRegistry = JsonHttpClient.as(port, newClient("reg", "REGISTRY", null));
        String personId = unique("sec-p");

        assertProblem(asHospital.put("/api/v1/persons/" + personId, personBody(personId)), ProblemType.FORBIDDEN);
        assertThat(count("SELECT count(*) FROM person WHERE person_id = ?", personId)).isZero();

        Response created = asRegistry.put("/api/v1/persons/" + personId, personBody(personId));
        assertThat(created.status()).as("%s", created).isEqualTo(201);

        assertProblem(asHospital.post(identitiesPath(personId), identityBody()), ProblemType.FORBIDDEN);
        assertThat(count("SELECT count(*) FROM assistance_identity WHERE person_id = ?", personId)).isZero();

        Response identity = asRegistry.post(identitiesPath(personId), identityBody());
        assertThat(identity.status()).as("%s", identity).isEqualTo(201);
        assertThat(count("SELECT count(*) FROM assistance_identity WHERE person_id = ?", personId)).isEqualTo(1);
    }

    /**
     * Rule: the 403 of the access rules names the client id, the method and the path ("client X may not PUT /p").
     * A separate method from the rule above, as it checks the wording of the detail only.
     */
    @Test
    void aForbiddenAnswerNamesTheClientIdMethodAndPath() {
        Credentials hospital = newClient("hosp", "HOSPITAL", unique("SEC-H"));
        String path = "/api/v1/persons/" + unique("sec-p");

        JsonNode problem = assertProblem(JsonHttpClient.as(port, hospital).put(path, personBody("x")),
                ProblemType.FORBIDDEN);

        assertThat(problem.path("detail").asString())
                .isEqualTo("client " + hospital.clientId() + " may not PUT " + path);
    }

    /** Rule: the REGISTRY does not settle: its settlement POST is a 403 and writes nothing. */
    @Test
    void theRegistryMayNotSettle() {
        JsonHttpClient asRegistry = JsonHttpClient.as(port, newClient("reg", "REGISTRY", null));
        String personId = newPerson();
        String code = unique("SEC-H");

        assertProblem(asRegistry.post(SETTLEMENTS, settlementBody(code, "ZY-1", personId)), ProblemType.FORBIDDEN);

        assertThat(rowCounts(personId)).as("rows of %s in %s", personId, SETTLEMENT_TABLES).containsOnly(0L);
        assertThat(count("SELECT count(*) FROM settlement WHERE hospital_code = ?", code)).isZero();
    }

    /** Rule: clients and the audit are ADMIN only: REGISTRY and HOSPITAL get 403. */
    @Test
    void onlyAdminManagesClientsAndReadsTheAudit() {
        JsonHttpClient asRegistry = JsonHttpClient.as(port, newClient("reg", "REGISTRY", null));
        JsonHttpClient asHospital = JsonHttpClient.as(port, newClient("hosp", "HOSPITAL", unique("SEC-H")));

        for (JsonHttpClient caller : List.of(asRegistry, asHospital)) {
            String clientId = newClientId("sneaky");
            assertProblem(caller.post(CLIENTS, clientBody(clientId, "ADMIN", null)), ProblemType.FORBIDDEN);
            assertThat(count("SELECT count(*) FROM api_client WHERE client_id = ?", clientId)).isZero();
            assertProblem(caller.get(CLIENTS), ProblemType.FORBIDDEN);
            assertProblem(caller.get("/api/v1/audit?from=" + testStart), ProblemType.FORBIDDEN);
        }
    }

    // ==== client administration ====================================================================================

    /** Rule: ADMIN creates a client; the answer carries its generated secret once, and that secret works. */
    @Test
    void adminCreatesAClientWhoseGeneratedSecretWorks() {
        String clientId = newClientId("created");
        String code = unique("SEC-H");

        Response created = admin.post(CLIENTS, clientBody(clientId, "HOSPITAL", code));

        assertThat(created.status()).as("%s", created).isEqualTo(201);
        JsonNode body = created.json();
        assertThat(body.path("clientId").asString()).isEqualTo(clientId);
        assertThat(body.path("role").asString()).isEqualTo("HOSPITAL");
        assertThat(body.path("hospitalCode").asString()).isEqualTo(code);
        assertThat(body.path("enabled").asBoolean(false)).isTrue();
        String secret = body.path("secret").asString();
        assertThat(secret).as("generated secret").hasSizeGreaterThanOrEqualTo(16);
        assertThat(jdbc.sql("SELECT secret_hash FROM api_client WHERE client_id = ?").param(clientId)
                .query(String.class).single()).as("only a hash is stored").doesNotContain(secret).startsWith("$2");

        Response policies = JsonHttpClient.as(port, clientId, secret).get("/api/v1/policies");
        assertThat(policies.status()).as("%s", policies).isEqualTo(200);
    }

    /** Rule: a client id is created once; the same id again is a 409. */
    @Test
    void theSameClientIdCannotBeCreatedTwice() {
        String clientId = newClientId("twice");
        assertThat(admin.post(CLIENTS, clientBody(clientId, "REGISTRY", null)).status()).isEqualTo(201);

        JsonNode problem = assertProblem(admin.post(CLIENTS, clientBody(clientId, "HOSPITAL", unique("SEC-H"))),
                ProblemType.CONFLICT);

        assertThat(problem.path("detail").asString()).contains(clientId);
        assertThat(jdbc.sql("SELECT role FROM api_client WHERE client_id = ?").param(clientId)
                .query(String.class).single()).as("the first client is kept").isEqualTo("REGISTRY");
    }

    /** Rule: a HOSPITAL client needs a hospitalCode, and only a HOSPITAL client may have one (400 naming it). */
    @Test
    void aHospitalClientNeedsAHospitalCodeAndOnlyAHospitalClientHasOne() {
        String withoutCode = newClientId("nocode");
        String registryWithCode = newClientId("regcode");

        JsonNode missing = assertProblem(admin.post(CLIENTS, clientBody(withoutCode, "HOSPITAL", null)),
                ProblemType.VALIDATION);
        JsonNode extra = assertProblem(admin.post(CLIENTS, clientBody(registryWithCode, "REGISTRY", "SEC-H-X")),
                ProblemType.VALIDATION);

        assertThat(errorFields(missing)).containsExactly("hospitalCode");
        assertThat(missing.path("detail").asString()).contains("hospitalCode");
        assertThat(errorFields(extra)).containsExactly("hospitalCode");
        assertThat(count("SELECT count(*) FROM api_client WHERE client_id IN (?, ?)", withoutCode,
                registryWithCode)).isZero();
    }

    /** Rule: the client list shows every client but never a secret. */
    @Test
    void theClientListShowsNoSecret() {
        Credentials listed = newClient("listed", "HOSPITAL", unique("SEC-H"));

        Response list = admin.get(CLIENTS);

        assertThat(list.status()).as("%s", list).isEqualTo(200);
        JsonNode entry = null;
        for (JsonNode client : list.json().values()) {
            assertThat(client.hasNonNull("secret")).as("secret shown in %s", client).isFalse();
            if (client.path("clientId").asString().equals(listed.clientId())) {
                entry = client;
            }
        }
        assertThat(entry).as("%s in the list", listed.clientId()).isNotNull();
        assertThat(entry.path("role").asString()).isEqualTo("HOSPITAL");
        assertThat(list.body()).doesNotContain(listed.secret());
    }

    // ==== audit =====================================================================================================

    /**
     * Rule: every write to /api/v1 leaves an audit row with the client id, method, path, status and the caller's
     * X-Request-Id, which the answer echoes; GET /api/v1/audit lists them.
     */
    @Test
    void everyWriteIsAuditedWithClientMethodPathStatusAndRequestId() {
        String code = unique("SEC-H");
        Credentials registry = newClient("reg", "REGISTRY", null);
        Credentials hospital = newClient("hosp", "HOSPITAL", code);
        JsonHttpClient asRegistry = JsonHttpClient.as(port, registry);
        JsonHttpClient asHospital = JsonHttpClient.as(port, hospital);
        String personId = unique("sec-p");
        List<Expected> expected = new ArrayList<>();

        String id = requestId("person-put");
        expected.add(expect(asRegistry.put("/api/v1/persons/" + personId, personBody(personId), REQUEST_ID, id),
                201, id, registry.clientId(), "PUT", "/api/v1/persons/" + personId));

        id = requestId("identity-post");
        Response identity = asRegistry.post(identitiesPath(personId), identityBody(), REQUEST_ID, id);
        expected.add(expect(identity, 201, id, registry.clientId(), "POST", identitiesPath(personId)));
        String identityPath = identitiesPath(personId) + "/" + identity.json().path("identityId").asString();

        id = requestId("identity-delete");
        expected.add(expect(asRegistry.delete(identityPath, REQUEST_ID, id), 200, id, registry.clientId(), "DELETE",
                identityPath));

        id = requestId("settle");
        Response settled = asHospital.post(SETTLEMENTS, settlementBody(code, "ZY-1", personId), REQUEST_ID, id);
        expected.add(expect(settled, 201, id, hospital.clientId(), "POST", SETTLEMENTS));
        String reversalPath = SETTLEMENTS + "/" + settled.json().path("settlementId").asString() + "/reversal";

        id = requestId("reverse");
        expected.add(expect(asHospital.post(reversalPath, null, REQUEST_ID, id), 200, id, hospital.clientId(), "POST",
                reversalPath));

        String newClientId = newClientId("audited");
        id = requestId("client-post");
        expected.add(expect(admin.post(CLIENTS, clientBody(newClientId, "REGISTRY", null), REQUEST_ID, id), 201, id,
                adminCredentials.clientId(), "POST", CLIENTS));

        id = requestId("client-delete");
        expected.add(expect(admin.delete(CLIENTS + "/" + newClientId, REQUEST_ID, id), 200, id,
                adminCredentials.clientId(), "DELETE", CLIENTS + "/" + newClientId));

        for (Expected e : expected) {
            assertAudited(e.requestId(), e.clientId(), e.method(), e.path(), e.status());
        }

        Response audit = admin.get("/api/v1/audit?from=" + testStart + "&limit=10000");
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
        Credentials hospital = newClient("hosp", "HOSPITAL", code);
        String personId = unique("sec-p");
        String personPath = "/api/v1/persons/" + personId;

        String forbidden = requestId("forbidden");
        Response reply = JsonHttpClient.as(port, hospital).put(personPath, personBody(personId), REQUEST_ID, forbidden);
        assertProblem(reply, ProblemType.FORBIDDEN);
        assertThat(reply.header(REQUEST_ID)).hasValue(forbidden);

        String wrongSecret = requestId("wrong-secret");
        reply = JsonHttpClient.as(port, hospital.clientId(), "not-" + hospital.secret())
                .post(SETTLEMENTS, settlementBody(code, "ZY-1", personId), REQUEST_ID, wrongSecret);
        assertProblem(reply, ProblemType.UNAUTHORIZED);
        assertThat(reply.header(REQUEST_ID)).hasValue(wrongSecret);

        String unknown = newClientId("unknown");
        String unknownClient = requestId("unknown-client");
        reply = JsonHttpClient.as(port, unknown, "whatever").put(personPath, personBody(personId), REQUEST_ID,
                unknownClient);
        assertProblem(reply, ProblemType.UNAUTHORIZED);

        String noCredentials = requestId("no-credentials");
        reply = anonymous.post(SETTLEMENTS, settlementBody(code, "ZY-1", personId), REQUEST_ID, noCredentials);
        assertProblem(reply, ProblemType.UNAUTHORIZED);
        assertThat(reply.header(REQUEST_ID)).hasValue(noCredentials);

        assertAudited(forbidden, hospital.clientId(), "PUT", personPath, 403);
        assertAudited(wrongSecret, hospital.clientId(), "POST", SETTLEMENTS, 401);
        assertAudited(unknownClient, unknown, "PUT", personPath, 401);
        assertAudited(noCredentials, null, "POST", SETTLEMENTS, 401);
        assertThat(count("SELECT count(*) FROM person WHERE person_id = ?", personId)).isZero();
    }

    /** Rule: every answer carries a request id (the caller's when well-formed); reads are not audited. */
    @Test
    void everyAnswerCarriesARequestIdAndReadsAreNotAudited() {
        String given = requestId("read");
        Response read = admin.get("/api/v1/policies", REQUEST_ID, given);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header(REQUEST_ID)).hasValue(given);

        Response generated = admin.get("/api/v1/policies");
        assertThat(generated.header(REQUEST_ID)).hasValueSatisfying(v -> assertThat(v).isNotBlank());

        Response malformed = admin.get("/api/v1/policies", REQUEST_ID, "bad id with spaces");
        assertThat(malformed.header(REQUEST_ID)).hasValueSatisfying(
                v -> assertThat(v).isNotEqualTo("bad id with spaces").matches("[A-Za-z0-9._-]{1,64}"));

        sleep(Duration.ofMillis(300)); // give a (wrongly) written row the time to appear
        assertThat(count("SELECT count(*) FROM audit_event WHERE request_id = ?", given)).isZero();
    }

    /** Rule: GET /api/v1/audit refuses a window whose from is after its to (400 naming from). */
    @Test
    void theAuditQueryRefusesFromAfterTo() {
        Instant to = Instant.now();

        JsonNode problem = assertProblem(admin.get("/api/v1/audit?from=" + to.plusSeconds(60) + "&to=" + to),
                ProblemType.VALIDATION);

        assertThat(errorFields(problem)).containsExactly("from");
        assertThat(problem.path("detail").asString()).contains("from");
    }

    /** Rule: the audit table is append-only: UPDATE and DELETE of its rows fail in the database itself. */
    @Test
    void theAuditTableIsAppendOnly() {
        String id = requestId("append-only");
        assertThat(admin.put("/api/v1/persons/" + unique("sec-p"), personBody("x"), REQUEST_ID, id).status())
                .isEqualTo(201);
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
                        .as("TRUNCATE audit_event").isInstanceOf(java.sql.SQLException.class);
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    // ==== helpers ===================================================================================================

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
        assertThat(((java.sql.Timestamp) row.get("at")).toInstant()).isBetween(testStart, Instant.now());
        assertThat(count("SELECT count(*) FROM audit_event WHERE request_id = ?", requestId))
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

    private static JsonNode assertProblem(Response reply, ProblemType type) {
        assertThat(reply.status()).as("status of %s", reply).isEqualTo(type.status());
        assertThat(reply.mediaType()).as("content type of %s", reply).isEqualTo(PROBLEM_JSON);
        JsonNode problem = reply.json();
        assertThat(problem.path("type").asString()).as("type of %s", reply).isEqualTo(type.uri().toString());
        assertThat(problem.path("title").asString()).as("title of %s", reply).isEqualTo(type.title());
        assertThat(problem.path("status").asInt()).as("status member of %s", reply).isEqualTo(type.status());
        assertThat(problem.path("detail").asString()).as("detail of %s", reply).isNotBlank();
        return problem;
    }

    private static List<String> errorFields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").values().forEach(e -> fields.add(e.path("field").asString()));
        return fields;
    }

    private static List<String> settlementIds(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.values().forEach(s -> ids.add(s.path("settlementId").asString()));
        return ids;
    }

    /** A new client of {@code role}, created through the API by the tests' admin. */
    private Credentials newClient(String prefix, String role, String hospitalCode) {
        return TestClients.create(port, adminCredentials, newClientId(prefix), role, hospitalCode);
    }

    /** A unique client id (lower case, as the API requires). */
    private static String newClientId(String prefix) {
        return "sec-" + prefix + "-" + UUID.randomUUID().toString().substring(0, 13);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    private static String requestId(String what) {
        return "sec-" + what + "-" + UUID.randomUUID();
    }

    /** A Zibo resident created by the admin. */
    private String newPerson() {
        String personId = unique("sec-p");
        Response reply = admin.put("/api/v1/persons/" + personId, personBody(personId));
        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        return personId;
    }

    /** Settles as {@code caller}, asserts 201 SETTLED, returns the settlement id. */
    private static String settle(JsonHttpClient caller, String body) {
        Response reply = caller.post(SETTLEMENTS, body);
        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        assertThat(reply.json().path("status").asString()).isEqualTo("SETTLED");
        return reply.json().path("settlementId").asString();
    }

    private String settlementStatus(String settlementId) {
        return jdbc.sql("SELECT status FROM settlement WHERE settlement_id = ?").param(UUID.fromString(settlementId))
                .query(String.class).single();
    }

    /** Rows of the person in each of {@link #SETTLEMENT_TABLES}. */
    private List<Long> rowCounts(String personId) {
        return SETTLEMENT_TABLES.stream()
                .map(table -> count("SELECT count(*) FROM " + table + " WHERE person_id = ?", personId))
                .toList();
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private static String identitiesPath(String personId) {
        return "/api/v1/persons/" + personId + "/identities";
    }

    private static String personBody(String personId) {
        return """
                {"name":"Security %s","sex":"FEMALE","birthDate":"1960-05-01","region":"ZIBO",
                 "insuranceType":"RESIDENT","rural":false,"disabilityGrade":null}""".formatted(personId);
    }

    private static String identityBody() {
        return """
                {"category":"MIN_LIVING","subclass":null,"validFrom":"2024-01-01","validTo":"2025-12-31",
                 "source":"SecurityIT","applicationDate":null}""";
    }

    /** A valid inpatient claim: level 3, designated, March 2024, total 60000.00. */
    private static String settlementBody(String hospitalCode, String encounterNo, String personId) {
        return """
                {"hospitalCode":"%s","encounterNo":"%s","personId":"%s","encounterType":"INPATIENT",
                 "hospitalLevel":3,"designated":true,"emergency":false,"referral":false,"careLocation":"LOCAL",
                 "admissionDate":"2024-03-01","dischargeDate":"2024-03-10","diagnoses":["K35.8"],
                 "majorDiseaseCode":null,"specialDrug":false,
                 "amounts":{"total":60000.00,"fullyOwnPay":5000.00,"overLimit":0,"preSelfPay":1000.00}}"""
                .formatted(hospitalCode, encounterNo, personId);
    }

    private static String clientBody(String clientId, String role, String hospitalCode) {
        return hospitalCode == null
                ? """
                  {"clientId":"%s","role":"%s"}""".formatted(clientId, role)
                : """
                  {"clientId":"%s","role":"%s","hospitalCode":"%s"}""".formatted(clientId, role, hospitalCode);
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
