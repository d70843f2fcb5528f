package org.onestop.settlement.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onestop.settlement.support.ApiFixtures.CLIENTS;
import static org.onestop.settlement.support.ApiFixtures.assertProblem;
import static org.onestop.settlement.support.ApiFixtures.client;
import static org.onestop.settlement.support.ApiFixtures.section6Claim;
import static org.onestop.settlement.support.ApiFixtures.text;
import static org.onestop.settlement.support.ApiFixtures.unique;
import static org.onestop.settlement.support.ApiFixtures.ziboResident;
import static org.onestop.settlement.support.TestClients.newClientId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onestop.settlement.common.ProblemType;
import org.onestop.settlement.support.IntegrationTest;
import org.onestop.settlement.support.JsonHttpClient;
import org.onestop.settlement.support.JsonHttpClient.Response;
import org.onestop.settlement.support.SettlementApi;
import org.onestop.settlement.support.TestClients.Credentials;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * What each role may do, over real HTTP: REGISTRY (and ADMIN) write persons and identities, HOSPITAL settles, only
 * ADMIN manages clients and reads the audit; a refusal is a 403 naming the client, method and path, and writes nothing.
 */
@IntegrationTest
class RoleAccessIT {

    @Autowired
    SettlementApi api;

    /** Rule: persons and identities are written by REGISTRY (and ADMIN) only; a HOSPITAL gets 403. */
    @Test
    void onlyTheRegistryAndAdminWritePersonsAndIdentities() {
        SettlementApi asHospital = api.as(api.newClient("hosp", "HOSPITAL", unique("SEC-H")));
        SettlementApi asRegistry = api.as(api.newClient("reg", "REGISTRY", null));
        String personId = unique("sec-p");

        assertProblem(asHospital.putPerson(personId, ziboResident(personId)), ProblemType.FORBIDDEN);
        assertThat(api.rowsOf("person", personId)).isZero();

        Response created = asRegistry.putPerson(personId, ziboResident(personId));
        assertThat(created.status()).as("%s", created).isEqualTo(201);

        LocalDate from = LocalDate.of(2024, 1, 1);
        LocalDate to = LocalDate.of(2025, 12, 31);
        assertProblem(asHospital.postIdentity(personId, "MIN_LIVING", null, from, to, null), ProblemType.FORBIDDEN);
        assertThat(api.rowsOf("assistance_identity", personId)).isZero();

        Response identity = asRegistry.postIdentity(personId, "MIN_LIVING", null, from, to, null);
        assertThat(identity.status()).as("%s", identity).isEqualTo(201);
        assertThat(api.rowsOf("assistance_identity", personId)).isEqualTo(1);
    }

    /**
     * Rule: the 403 of the access rules names the client id, the method and the path ("client X may not PUT /p").
     * A separate method from the rule above, as it checks the wording of the detail only.
     */
    @Test
    void aForbiddenAnswerNamesTheClientIdMethodAndPath() {
        Credentials hospital = api.newClient("hosp", "HOSPITAL", unique("SEC-H"));
        String path = "/api/v1/persons/" + unique("sec-p");

        JsonNode problem = assertProblem(api.http().withCredentials(hospital).put(path, text(ziboResident("x"))),
                ProblemType.FORBIDDEN);

        assertThat(problem.path("detail").asString())
                .isEqualTo("client " + hospital.clientId() + " may not PUT " + path);
    }

    /** Rule: the REGISTRY does not settle: its settlement POST is a 403 and writes nothing. */
    @Test
    void theRegistryMayNotSettle() {
        SettlementApi asRegistry = api.as(api.newClient("reg", "REGISTRY", null));
        String personId = api.newZiboResident("sec-p");
        String code = unique("SEC-H");

        assertProblem(asRegistry.settle(section6Claim(code, "ZY-1", personId)), ProblemType.FORBIDDEN);

        assertThat(api.counts(personId)).as("rows of %s in %s", personId,
                SettlementApi.SETTLEMENT_AND_LEDGER_TABLES).containsOnly(0L);
        assertThat(api.count("SELECT count(*) FROM settlement WHERE hospital_code = ?", code)).isZero();
    }

    /** Rule: clients and the audit are ADMIN only: REGISTRY and HOSPITAL get 403. */
    @Test
    void onlyAdminManagesClientsAndReadsTheAudit() {
        JsonHttpClient asRegistry = api.http().withCredentials(api.newClient("reg", "REGISTRY", null));
        JsonHttpClient asHospital = api.http().withCredentials(api.newClient("hosp", "HOSPITAL", unique("SEC-H")));

        for (JsonHttpClient caller : List.of(asRegistry, asHospital)) {
            String clientId = newClientId("sneaky");
            assertProblem(caller.post(CLIENTS, text(client(clientId, "ADMIN", null))), ProblemType.FORBIDDEN);
            assertThat(api.count("SELECT count(*) FROM api_client WHERE client_id = ?", clientId)).isZero();
            assertProblem(caller.get(CLIENTS), ProblemType.FORBIDDEN);
            assertProblem(caller.get("/api/v1/audit?from=" + Instant.now().minusSeconds(60)), ProblemType.FORBIDDEN);
        }
    }
}
