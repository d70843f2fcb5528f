package org.onestop.settlement.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onestop.settlement.support.ApiFixtures.assertProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onestop.settlement.common.ProblemType;
import org.onestop.settlement.support.IntegrationTest;
import org.onestop.settlement.support.JsonHttpClient;
import org.onestop.settlement.support.JsonHttpClient.Response;
import org.onestop.settlement.support.SettlementApi;
import org.onestop.settlement.support.TestClients.Credentials;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import tools.jackson.databind.JsonNode;

/**
 * Failed logins over real HTTP: 5 within 15 minutes throttle that client id (429 with Retry-After), one failed
 * request counts once, and the log names the client id, never the secret. Each test uses its own client ids.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LoginThrottleIT {

    @Autowired
    SettlementApi api;

    /**
     * Rule: after 5 failed logins for one client id within 15 minutes, that id is refused with 429 and Retry-After,
     * even with the right secret; other client ids are not affected; the failed-login log names the client id, never
     * the secret.
     */
    @Test
    void fiveFailedLoginsThrottleTheClientIdEvenWithTheRightSecret(CapturedOutput output) {
        Credentials victim = api.newClient("throttled", "REGISTRY", null);
        Credentials bystander = api.newClient("bystander", "REGISTRY", null);
        String wrongSecret = "wrong-" + UUID.randomUUID();
        JsonHttpClient wrong = api.http().withCredentials(victim.clientId(), wrongSecret);

        List<Integer> failedAttempts = new ArrayList<>();
        for (int attempt = 1; attempt <= 5; attempt++) {
            failedAttempts.add(wrong.get("/api/v1/policies").status());
        }
        Response sixth = api.http().withCredentials(victim).get("/api/v1/policies");
        Response other = api.http().withCredentials(bystander).get("/api/v1/policies");

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
        Credentials client = api.newClient("once", "REGISTRY", null);
        String wrongSecret = "wrong-" + UUID.randomUUID();
        JsonHttpClient wrong = api.http().withCredentials(client.clientId(), wrongSecret);
        String line = "Failed login for client " + client.clientId();

        Response first = wrong.get("/api/v1/policies");
        long linesOfOneFailure = output.getAll().lines().filter(l -> l.contains(line)).count();
        List<Integer> threeMore = new ArrayList<>();
        for (int attempt = 2; attempt <= 4; attempt++) {
            threeMore.add(wrong.get("/api/v1/policies").status());
        }
        Response right = api.http().withCredentials(client).get("/api/v1/policies");

        SoftAssertions.assertSoftly(softly -> {
            softly.check(() -> assertProblem(first, ProblemType.UNAUTHORIZED));
            softly.assertThat(linesOfOneFailure).as("log lines '%s' for one failed request", line).isEqualTo(1);
            softly.assertThat(output.getAll()).doesNotContain(wrongSecret);
            softly.assertThat(threeMore).as("statuses of failed attempts 2 to 4").containsExactly(401, 401, 401);
            softly.assertThat(right.status()).as("the right secret after only 4 failures: %s", right).isEqualTo(200);
        });
    }
}
