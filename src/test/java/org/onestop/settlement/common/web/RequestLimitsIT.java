package org.onestop.settlement.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onestop.settlement.support.IntegrationTest;
import org.onestop.settlement.support.JsonHttpClient;
import org.onestop.settlement.support.JsonHttpClient.Response;
import org.onestop.settlement.support.TestClients;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Input that no endpoint can mean is refused at the edge with a 4xx problem, never a 500: bodies over 256KB (413,
 * by Content-Length or counted while chunked), query parameters without a name, out-of-range years, control
 * characters in ids; and a client id with a newline can neither forge a log line nor enter the audit unescaped.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class RequestLimitsIT {

    private static final int LIMIT = 256 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    JsonHttpClient http;

    @BeforeEach
    void setUp() {
        http = new JsonHttpClient(port);
    }

    @Test
    void aBodyOverTheLimitWithContentLengthIs413BeforeAuthentication() {
        // one byte over 256KB = 262144 bytes; anonymous, so nothing but the length decides
        String body = "[" + "0,".repeat((LIMIT - 1) / 2) + "0]";
        assertThat(body.length()).isGreaterThan(LIMIT);

        Response response = new JsonHttpClient(port).withoutCredentials().post("/api/v1/settlements", body);

        assertProblem(response, 413, "payload-too-large");
    }

    @Test
    void aChunkedBodyIsCountedAndRefusedWith413OnceItPassesTheLimit() throws Exception {
        byte[] body = ("{\"hospitalCode\":\"" + "x".repeat(LIMIT) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/settlements"))
                .header("Content-Type", "application/json")
                .header("Authorization", TestClients.admin(port).basicHeader())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.body()).contains("/problems/payload-too-large");
    }

    @Test
    void aQueryParameterWithoutANameIs400EvenAnonymously() {
        Response response = new JsonHttpClient(port).withoutCredentials().get("/actuator/health?=x");

        assertProblem(response, 400, "bad-request");
    }

    @Test
    void aYearOutOfRangeIs400() {
        String personId = "limits-" + UUID.randomUUID();
        Response created = http.put("/api/v1/persons/" + personId, """
                {"name":"Test","sex":"FEMALE","birthDate":"1960-05-01","region":"ZIBO","insuranceType":"RESIDENT",
                 "rural":false,"disabilityGrade":null}""");
        assertThat(created.status()).as("%s", created).isEqualTo(201);

        assertProblem(http.get("/api/v1/persons/" + personId + "/ledger?year=2147483647"), 400, null);
        Response settlements = http.get("/api/v1/persons/" + personId + "/settlements?year=2147483647");
        assertThat(settlements.status()).as("%s", settlements).isEqualTo(200);
        assertThat(settlements.json().size()).as("no settlement in that year").isZero();
    }

    @Test
    void aNulOrControlCharacterInAnIdIs400() {
        // an encoded NUL is refused by the servlet container itself, before any filter; still a 400, never a 500
        assertThat(http.get("/api/v1/persons/A%00B").status()).isEqualTo(400);
        assertThat(http.put("/api/v1/persons/A%00B", "{}").status()).isEqualTo(400);
        assertProblem(http.get("/api/v1/persons/A%01B"), 400, "bad-request");
        assertProblem(http.get("/api/v1/settlements/A%1BB"), 400, "bad-request");
    }

    @Test
    void aClientIdWithANewlineIs401EscapedInTheLogAndTheAudit(CapturedOutput output) throws InterruptedException {
        String requestId = "limits-" + UUID.randomUUID();
        String token = requestId.substring(requestId.length() - 12);
        String forged = "evil\nINFO forged-" + token;
        String header = "Basic " + Base64.getEncoder()
                .encodeToString((forged + ":secret").getBytes(StandardCharsets.UTF_8));

        Response response = new JsonHttpClient(port).withoutCredentials().send("POST", "/api/v1/settlements", "application/json",
                "{}", "Authorization", header, "X-Request-Id", requestId);

        assertProblem(response, 401, "unauthorized");
        assertThat(output.getAll()).doesNotContain("\nINFO forged-" + token)
                .contains("evil\\u000aINFO forged-" + token);
        assertThat(auditedClientId(requestId)).isEqualTo("evil\\u000aINFO forged-" + token);
    }

    /** The audit row is written just after the answer leaves: wait for it a little. */
    private String auditedClientId(String requestId) throws InterruptedException {
        for (int attempt = 0; attempt < 50; attempt++) {
            var row = jdbc.sql("SELECT client_id FROM audit_event WHERE request_id = ?").param(requestId)
                    .query(String.class).optional();
            if (row.isPresent()) {
                return row.get();
            }
            Thread.sleep(100);
        }
        return null;
    }

    private static void assertProblem(Response response, int status, String slug) {
        assertThat(response.status()).as("%s", response).isEqualTo(status);
        assertThat(response.mediaType()).as("%s", response).isEqualTo("application/problem+json");
        if (slug != null) {
            assertThat(response.json().path("type").asString()).endsWith("/problems/" + slug);
        }
    }
}
