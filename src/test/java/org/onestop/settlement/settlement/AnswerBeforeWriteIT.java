package org.onestop.settlement.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onestop.settlement.support.JsonHttpClient.JSON;
import static org.onestop.settlement.support.ApiFixtures.assertProblem;
import static org.onestop.settlement.support.ApiFixtures.inpatientClaim;
import static org.onestop.settlement.support.ApiFixtures.unique;

import org.junit.jupiter.api.Test;
import org.onestop.settlement.support.JsonHttpClient.Response;
import org.onestop.settlement.support.ApiFixtures;
import org.onestop.settlement.support.IntegrationTest;
import org.onestop.settlement.support.SettlementApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/** The answer's media type is decided before a write runs: an unacceptable Accept is 406 and nothing is settled. */
@IntegrationTest
class AnswerBeforeWriteIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SettlementApi api;

    @Test
    void anXmlOnlyAcceptIs406AndSettlesNothingUntilAJsonAnswerIsAccepted() {
        String personId = unique("accept");
        api.createPerson(personId, "ZIBO", "RESIDENT", "FEMALE", "1960-05-01");
        String claim = JSON.writeValueAsString(inpatientClaim(unique("H"), "ZY-1", personId, 3, "2024-03-01",
                "2024-03-10", "60000.00", "5000.00", "0.00", "1000.00"));

        Response xml = api.http().post(ApiFixtures.SETTLEMENTS, claim, "Accept", "application/xml");

        JsonNode problem = assertProblem(xml, 406);
        assertThat(problem.path("type").asString()).endsWith("/problems/not-acceptable");
        assertThat(api.rowsOf("settlement", personId)).isZero();
        assertThat(api.rowsOf("ledger_entry", personId)).isZero();

        // the same claim, answerable now, is settled for the first time (201, not the 200 of a replay)
        Response json = api.http().post(ApiFixtures.SETTLEMENTS, claim, "Accept", "application/json");
        assertThat(json.status()).as("%s", json).isEqualTo(201);
        assertThat(api.rowsOf("settlement", personId)).isEqualTo(1);
    }

    @Test
    void aWildcardOrProblemJsonAcceptIsAnswerable() {
        String personId = unique("accept");
        api.createPerson(personId, "ZIBO", "RESIDENT", "FEMALE", "1960-05-01");

        for (String accept : new String[] {"*/*", "application/*", "application/problem+json"}) {
            Response response = api.http().post(ApiFixtures.PREVIEW, JSON.writeValueAsString(inpatientClaim(
                    unique("H"), "ZY-1", personId, 3, "2024-03-01", "2024-03-10", "60000.00", "5000.00", "0.00",
                    "1000.00")), "Accept", accept);
            assertThat(response.status()).as("%s with Accept %s", response, accept).isEqualTo(200);
        }
    }
}
