package org.onestop.settlement.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onestop.settlement.support.ApiFixtures.CLIENTS;
import static org.onestop.settlement.support.ApiFixtures.assertFieldProblem;
import static org.onestop.settlement.support.ApiFixtures.assertProblem;
import static org.onestop.settlement.support.ApiFixtures.client;
import static org.onestop.settlement.support.ApiFixtures.errorFields;
import static org.onestop.settlement.support.ApiFixtures.text;
import static org.onestop.settlement.support.ApiFixtures.unique;
import static org.onestop.settlement.support.TestClients.newClientId;

import org.junit.jupiter.api.Test;
import org.onestop.settlement.common.ProblemType;
import org.onestop.settlement.support.IntegrationTest;
import org.onestop.settlement.support.JsonHttpClient.Response;
import org.onestop.settlement.support.SettlementApi;
import org.onestop.settlement.support.TestClients.Credentials;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Client administration by ADMIN over real HTTP: creating a client with a generated secret (stored only as a hash),
 * one client per id, a hospital code exactly for HOSPITAL clients, and a list that never shows a secret.
 */
@IntegrationTest
class ClientAdministrationIT {

    @Autowired
    SettlementApi api;

    @Autowired
    JdbcClient jdbc;

    /** Rule: ADMIN creates a client; the answer carries its generated secret once, and that secret works. */
    @Test
    void adminCreatesAClientWhoseGeneratedSecretWorks() {
        String clientId = newClientId("created");
        String code = unique("SEC-H");

        Response created = api.http().post(CLIENTS, text(client(clientId, "HOSPITAL", code)));

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

        Response policies = api.http().withCredentials(clientId, secret).get("/api/v1/policies");
        assertThat(policies.status()).as("%s", policies).isEqualTo(200);
    }

    /** Rule: a client id is created once; the same id again is a 409. */
    @Test
    void theSameClientIdCannotBeCreatedTwice() {
        String clientId = newClientId("twice");
        assertThat(api.http().post(CLIENTS, text(client(clientId, "REGISTRY", null))).status()).isEqualTo(201);

        JsonNode problem = assertProblem(api.http().post(CLIENTS, text(client(clientId, "HOSPITAL", unique("SEC-H")))),
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

        JsonNode missing = assertFieldProblem(api.http().post(CLIENTS, text(client(withoutCode, "HOSPITAL", null))),
                "hospitalCode");
        JsonNode extra = assertFieldProblem(api.http().post(CLIENTS, text(client(registryWithCode, "REGISTRY",
                "SEC-H-X"))), "hospitalCode");

        assertThat(errorFields(missing)).containsExactly("hospitalCode");
        assertThat(missing.path("detail").asString()).contains("hospitalCode");
        assertThat(errorFields(extra)).containsExactly("hospitalCode");
        assertThat(api.count("SELECT count(*) FROM api_client WHERE client_id IN (?, ?)", withoutCode,
                registryWithCode)).isZero();
    }

    /** Rule: the client list shows every client but never a secret. */
    @Test
    void theClientListShowsNoSecret() {
        Credentials listed = api.newClient("listed", "HOSPITAL", unique("SEC-H"));

        Response list = api.http().get(CLIENTS);

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
}
