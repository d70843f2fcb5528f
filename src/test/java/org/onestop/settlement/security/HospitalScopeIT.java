package org.onestop.settlement.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onestop.settlement.support.ApiFixtures.PREVIEW;
import static org.onestop.settlement.support.ApiFixtures.assertProblem;
import static org.onestop.settlement.support.ApiFixtures.inpatientClaim;
import static org.onestop.settlement.support.ApiFixtures.section6Claim;
import static org.onestop.settlement.support.ApiFixtures.settlementIds;
import static org.onestop.settlement.support.ApiFixtures.text;
import static org.onestop.settlement.support.ApiFixtures.unique;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.onestop.settlement.common.ProblemType;
import org.onestop.settlement.support.IntegrationTest;
import org.onestop.settlement.support.JsonHttpClient.Response;
import org.onestop.settlement.support.SettlementApi;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * A HOSPITAL client's scope over real HTTP: it acts only under its own hospital code, sees and reverses only its own
 * settlements, and reads only the persons it settles for. Every client, person and hospital code here is unique.
 */
@IntegrationTest
class HospitalScopeIT {

    @Autowired
    SettlementApi api;

    /** Rule: a HOSPITAL acts only under its own hospital code: settling or previewing under another's is a 403. */
    @Test
    void aHospitalMaySettleAndPreviewOnlyUnderItsOwnCode() {
        String codeA = unique("SEC-HA");
        String codeB = unique("SEC-HB");
        SettlementApi asA = api.as(api.newClient("hosp-a", "HOSPITAL", codeA));
        String personId = api.newZiboResident("sec-p");

        Response underB = asA.settle(section6Claim(codeB, "ZY-1", personId));
        JsonNode problem = assertProblem(underB, ProblemType.FORBIDDEN);
        assertThat(problem.path("detail").asString()).contains(codeB);
        assertThat(api.counts(personId)).as("rows of %s in %s after the 403", personId,
                SettlementApi.SETTLEMENT_AND_LEDGER_TABLES).containsOnly(0L);
        assertThat(api.count("SELECT count(*) FROM settlement WHERE hospital_code = ?", codeB)).isZero();

        assertProblem(asA.http().post(PREVIEW, text(section6Claim(codeB, "ZY-1", personId))), ProblemType.FORBIDDEN);

        Response preview = asA.preview(section6Claim(codeA, "ZY-1", personId));
        assertThat(preview.status()).as("%s", preview).isEqualTo(200);
        assertThat(api.counts(personId)).as("a preview writes nothing").containsOnly(0L);

        Response own = asA.settle(section6Claim(codeA, "ZY-1", personId));
        assertThat(own.status()).as("%s", own).isEqualTo(201);
        assertThat(own.json().path("hospitalCode").asString()).isEqualTo(codeA);
        assertThat(api.counts(personId).get(0)).as("settlement rows").isEqualTo(1L);
    }

    /**
     * Rule: a HOSPITAL sees only its own settlements: another hospital's is "not found" to read and to reverse (and
     * stays SETTLED), and a person's list shows only its own.
     */
    @Test
    void aHospitalSeesAndReversesOnlyItsOwnSettlements() {
        String codeA = unique("SEC-HA");
        String codeB = unique("SEC-HB");
        SettlementApi asA = api.as(api.newClient("hosp-a", "HOSPITAL", codeA));
        SettlementApi asB = api.as(api.newClient("hosp-b", "HOSPITAL", codeB));
        String personId = api.newZiboResident("sec-p");
        String settlementOfA = asA.settleCreated(section6Claim(codeA, "ZY-A1", personId)).path("settlementId")
                .asString();
        String settlementOfB = asB.settleCreated(section6Claim(codeB, "ZY-B1", personId)).path("settlementId")
                .asString();

        assertProblem(asA.get(settlementOfB), ProblemType.NOT_FOUND);
        assertProblem(asA.reverse(settlementOfB), ProblemType.NOT_FOUND);
        assertThat(api.count("SELECT count(*) FROM settlement WHERE settlement_id = ? AND status = 'SETTLED'",
                UUID.fromString(settlementOfB))).as("B's settlement after A's reversal attempt is SETTLED")
                .isEqualTo(1);
        assertThat(api.count("SELECT count(*) FROM ledger_entry WHERE settlement_id = ? AND kind = 'REVERSAL'",
                UUID.fromString(settlementOfB))).isZero();
        Response bReadsIt = asB.get(settlementOfB);
        assertThat(bReadsIt.status()).as("%s", bReadsIt).isEqualTo(200);
        assertThat(bReadsIt.json().path("status").asString()).isEqualTo("SETTLED");

        Response own = asA.get(settlementOfA);
        assertThat(own.status()).as("%s", own).isEqualTo(200);
        assertThat(own.json().path("settlementId").asString()).isEqualTo(settlementOfA);

        Response listOfA = asA.http().get("/api/v1/persons/" + personId + "/settlements");
        assertThat(listOfA.status()).as("%s", listOfA).isEqualTo(200);
        assertThat(settlementIds(listOfA.json())).containsExactly(settlementOfA);
        Response listOfAdmin = api.http().get("/api/v1/persons/" + personId + "/settlements");
        assertThat(settlementIds(listOfAdmin.json())).containsExactlyInAnyOrder(settlementOfA, settlementOfB);
    }

    /** Rule: a HOSPITAL reads only the persons it settles for; any other person is "not found" to it. */
    @Test
    void aHospitalReadsOnlyPersonsItSettlesFor() {
        String codeA = unique("SEC-HA");
        String codeB = unique("SEC-HB");
        SettlementApi asA = api.as(api.newClient("hosp-a", "HOSPITAL", codeA));
        SettlementApi asB = api.as(api.newClient("hosp-b", "HOSPITAL", codeB));
        String neverSettled = api.newZiboResident("sec-p");
        String settledByB = api.newZiboResident("sec-p");
        asB.settleCreated(section6Claim(codeB, "ZY-B1", settledByB));

        JsonNode problem = assertProblem(asA.http().get("/api/v1/persons/" + neverSettled), ProblemType.NOT_FOUND);
        assertThat(problem.path("detail").asString()).contains(neverSettled);
        assertProblem(asA.http().get("/api/v1/persons/" + settledByB), ProblemType.NOT_FOUND);
        assertProblem(asA.http().get("/api/v1/persons/" + settledByB + "/ledger?year=2024"), ProblemType.NOT_FOUND);
        assertProblem(asA.http().get("/api/v1/persons/" + settledByB + "/settlements"), ProblemType.NOT_FOUND);

        asA.settleCreated(section6Claim(codeA, "ZY-A1", neverSettled));
        Response afterSettling = asA.http().get("/api/v1/persons/" + neverSettled);
        assertThat(afterSettling.status()).as("%s", afterSettling).isEqualTo(200);
        assertThat(afterSettling.json().path("personId").asString()).isEqualTo(neverSettled);
    }

    /**
     * Rule: only a settlement that is not reversed lets a hospital read a person. A settles a 0.01 claim (2024-03-01
     * to 2024-03-10) and reads the person; once it reverses that claim the person, the ledger and the settlement
     * list are "not found" again. A second standing settlement keeps access while another one is reversed.
     */
    @Test
    void aReversedSettlementGivesNoLastingReadAccess() {
        String code = unique("SEC-HR");
        SettlementApi asA = api.as(api.newClient("hosp-r", "HOSPITAL", code));
        String personId = api.newZiboResident("sec-p");
        String token = asA.settleCreated(inpatientClaim(code, "ZY-T1", personId, 3, "2024-03-01", "2024-03-10",
                "0.01", "0.00", "0.00", "0.00")).path("settlementId").asString();
        Response whileSettled = asA.http().get("/api/v1/persons/" + personId);
        assertThat(whileSettled.status()).as("%s", whileSettled).isEqualTo(200);

        assertThat(asA.reverse(token).status()).isEqualTo(200);
        assertProblem(asA.http().get("/api/v1/persons/" + personId), ProblemType.NOT_FOUND);
        assertProblem(asA.http().get("/api/v1/persons/" + personId + "/ledger?year=2024"), ProblemType.NOT_FOUND);
        assertProblem(asA.http().get("/api/v1/persons/" + personId + "/settlements"), ProblemType.NOT_FOUND);

        asA.settleCreated(section6Claim(code, "ZY-S1", personId));
        String second = asA.settleCreated(section6Claim(code, "ZY-S2", personId)).path("settlementId").asString();
        assertThat(asA.reverse(second).status()).isEqualTo(200);
        Response withOneStanding = asA.http().get("/api/v1/persons/" + personId + "/settlements");
        assertThat(withOneStanding.status()).as("%s", withOneStanding).isEqualTo(200);
        assertThat(settlementIds(withOneStanding.json())).hasSize(3);
    }
}
