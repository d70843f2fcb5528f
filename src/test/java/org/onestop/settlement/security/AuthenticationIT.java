package org.onestop.settlement.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onestop.settlement.support.ApiFixtures.CLIENTS;
import static org.onestop.settlement.support.ApiFixtures.SETTLEMENTS;
import static org.onestop.settlement.support.ApiFixtures.assertProblem;
import static org.onestop.settlement.support.ApiFixtures.section6Claim;
import static org.onestop.settlement.support.ApiFixtures.text;
import static org.onestop.settlement.support.ApiFixtures.unique;
import static org.onestop.settlement.support.TestClients.newClientId;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.onestop.settlement.common.ProblemType;
import org.onestop.settlement.support.IntegrationTest;
import org.onestop.settlement.support.JsonHttpClient;
import org.onestop.settlement.support.JsonHttpClient.Response;
import org.onestop.settlement.support.SettlementApi;
import org.onestop.settlement.support.TestClients.Credentials;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who the API lets in, over real HTTP: every /api/v1 call needs HTTP Basic credentials of an enabled client; health
 * and the API documents stay open. The database is shared and never cleaned: every id here is unique.
 */
@IntegrationTest
class AuthenticationIT {

    @Autowired
    SettlementApi api;

    /** Rule: every /api/v1 call needs HTTP Basic credentials; without them it is a 401 with a Basic challenge. */
    @Test
    void withoutCredentialsTheApiAnswers401WithABasicChallenge() {
        JsonHttpClient anonymous = api.http().withoutCredentials();
        String personId = unique("sec-p");
        List<Response> replies = List.of(
                anonymous.post(SETTLEMENTS, text(section6Claim(unique("SEC-H"), "ZY-1", personId))),
                anonymous.get("/api/v1/persons/" + personId),
                anonymous.get("/api/v1/policies"));

        for (Response reply : replies) {
            assertProblem(reply, ProblemType.UNAUTHORIZED);
            assertThat(reply.header("WWW-Authenticate")).as("challenge of %s", reply)
                    .hasValueSatisfying(challenge -> assertThat(challenge).startsWithIgnoringCase("Basic"));
        }
        assertThat(api.counts(personId)).as("nothing written by the anonymous POST").containsOnly(0L);
    }

    /** Rule: health, the OpenAPI document and Swagger UI stay open to callers without credentials. */
    @Test
    void healthApiDocsAndSwaggerUiStayOpen() {
        JsonHttpClient anonymous = api.http().withoutCredentials();
        Response health = anonymous.get("/actuator/health");
        assertThat(health.status()).as("%s", health).isEqualTo(200);
        assertThat(health.json().path("status").asString()).isEqualTo("UP");

        Response apiDocs = anonymous.get("/v3/api-docs");
        assertThat(apiDocs.status()).as("%s", apiDocs).isEqualTo(200);
        assertThat(apiDocs.json().path("openapi").asString()).startsWith("3.");

        Response swaggerUi = anonymous.followingRedirects().get("/swagger-ui.html");
        assertThat(swaggerUi.status()).as("GET /swagger-ui.html, redirects followed: %s", swaggerUi.status())
                .isEqualTo(200);
        assertThat(swaggerUi.body()).containsIgnoringCase("swagger");
    }

    /** Rule: a wrong secret, or a client id nobody has, is a 401. */
    @Test
    void aWrongSecretOrAnUnknownClientIs401() {
        Credentials registry = api.newClient("reg", "REGISTRY", null);
        assertThat(api.http().withCredentials(registry).get("/api/v1/policies").status()).isEqualTo(200);

        Response wrongSecret = api.http().withCredentials(registry.clientId(), registry.secret() + "x")
                .get("/api/v1/policies");
        Response unknownClient = api.http().withCredentials(newClientId("nobody"), registry.secret())
                .get("/api/v1/policies");

        assertProblem(wrongSecret, ProblemType.UNAUTHORIZED);
        assertThat(wrongSecret.header("WWW-Authenticate")).isPresent();
        assertProblem(unknownClient, ProblemType.UNAUTHORIZED);
        assertThat(unknownClient.header("WWW-Authenticate")).isPresent();
    }

    /** Rule: a disabled client (DELETE /api/v1/clients/{id}) no longer authenticates, although its secret is right. */
    @Test
    void aDisabledClientIs401AlthoughItsSecretIsRight() {
        Credentials hospital = api.newClient("hosp", "HOSPITAL", unique("SEC-H"));
        JsonHttpClient asHospital = api.http().withCredentials(hospital);
        assertThat(asHospital.get("/api/v1/policies").status()).as("before it is disabled").isEqualTo(200);

        Response disabled = api.http().delete(CLIENTS + "/" + hospital.clientId());
        assertThat(disabled.status()).as("%s", disabled).isEqualTo(200);
        assertThat(disabled.json().path("enabled").asBoolean(true)).isFalse();
        assertThat(disabled.json().path("disabledAt").asString()).isNotBlank();

        assertProblem(asHospital.get("/api/v1/policies"), ProblemType.UNAUTHORIZED);
        assertProblem(asHospital.post(SETTLEMENTS, text(section6Claim(unique("SEC-H"), "ZY-1", unique("sec-p")))),
                ProblemType.UNAUTHORIZED);
    }
}
