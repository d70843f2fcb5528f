package org.onestop.settlement.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onestop.settlement.support.ApiFixtures.REQUEST_ID;
import static org.onestop.settlement.support.ApiFixtures.afterCareClaim;
import static org.onestop.settlement.support.ApiFixtures.assertProblem;
import static org.onestop.settlement.support.ApiFixtures.identity;
import static org.onestop.settlement.support.ApiFixtures.inpatientClaim;
import static org.onestop.settlement.support.ApiFixtures.requestId;
import static org.onestop.settlement.support.ApiFixtures.section6Claim;
import static org.onestop.settlement.support.ApiFixtures.unique;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.onestop.settlement.common.ProblemType;
import org.onestop.settlement.support.IntegrationTest;
import org.onestop.settlement.support.JsonHttpClient.Response;
import org.onestop.settlement.support.OfficeClients;
import org.onestop.settlement.support.SettlementApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * What an ASSISTANCE_OFFICE client may do, over real HTTP: read every person, ledger and settlement of its region
 * (another region's is 404), record and end identities there, never settle a discharge claim (403); and that its
 * writes are audited in their own transaction, and its settlements printed with their banner.
 */
@IntegrationTest
class OfficeAccessIT {

    @Autowired
    SettlementApi api;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theOfficeReadsAndActsForItsOwnRegionAndSettlesNothing() {
        SettlementApi office = api.as(OfficeClients.officeOf(api, "ZIBO"));
        String own = api.newMinLivingZiboResident("off-own", LocalDate.of(2024, 1, 1), null);
        String hospital = unique("H37");
        JsonNode stay = api.settleCreated(section6Claim(hospital, "ZY-1", own));
        String other = unique("off-other");
        api.createPerson(other, "LANZHOU", "RESIDENT", "MALE", "1960-01-01");

        assertThat(office.http().get("/api/v1/persons/" + own).status()).isEqualTo(200);
        assertThat(office.ledgerUsed(own, 2024)).isNotEmpty();
        assertThat(office.settlementsOf(own, 2024).size()).isEqualTo(1);
        assertThat(office.get(stay.path("settlementId").asString()).status()).isEqualTo(200);
        String search = "/api/v1/settlements?kind=DISCHARGE&hospitalCode=" + hospital;
        assertThat(office.http().get(search).json().path("items").findValuesAsString("settlementId"))
                .containsExactly(stay.path("settlementId").asString());
        SettlementApi lanzhou = api.as(OfficeClients.officeOf(api, "LANZHOU"));
        assertThat(lanzhou.http().get(search).json().path("items").isEmpty()).as("another region's").isTrue();
        assertProblem(lanzhou.get(stay.path("settlementId").asString()), ProblemType.NOT_FOUND);

        assertProblem(office.http().get("/api/v1/persons/" + other), ProblemType.NOT_FOUND);
        assertProblem(office.http().get("/api/v1/persons/" + other + "/ledger?year=2024"), ProblemType.NOT_FOUND);
        assertProblem(office.http().get("/api/v1/persons/" + other + "/settlements"), ProblemType.NOT_FOUND);

        String code = unique("H37");
        assertProblem(office.settle(section6Claim(code, "ZY-2", own)), ProblemType.FORBIDDEN);
        assertProblem(office.preview(section6Claim(code, "ZY-2", own)), ProblemType.FORBIDDEN);
        assertThat(api.count("SELECT count(*) FROM settlement WHERE hospital_code = ?", code)).isZero();

        String identityId = office.addIdentity(own, "MONITORED_AT_RISK", null, LocalDate.of(2024, 1, 1), null,
                null);
        Response ended = office.http().delete(SettlementApi.identitiesPath(own) + "/" + identityId);
        assertThat(ended.status()).as("%s", ended).isEqualTo(200);
        assertThat(ended.json().path("endedAt").isNull()).isFalse();
    }

    /**
     * An approval that supplements, and an after-care claim, write their audit row (201) in the transaction of the
     * settlements they store. The Lanzhou stay and approval are RetroactiveSupplementIT's first (its supplement pays
     * 3307.20 + 361.44); the supplement's slip carries the banner 补充结算, the claim's 医后救助.
     */
    @Test
    void approvalsAndClaimsAreAuditedInTheirTransactionAndPrintedWithTheirBanner() {
        SettlementApi office = api.as(OfficeClients.officeOf(api, "LANZHOU"));
        String personId = unique("off-audit");
        api.createPerson(personId, "LANZHOU", "RESIDENT", "MALE", "1968-03-02");
        api.settleCreated(inpatientClaim(unique("H62"), "ZY-1", personId, 3, "2024-02-01", "2024-02-10",
                "30000.00", "2000.00", "0.00", "1000.00"));
        LocalDate applied = LocalDate.of(2024, 6, 10);

        String approvalRequest = requestId("approval");
        Response approval = office.postIdentity(personId, identity("ILLNESS_IMPOVERISHED", null, applied,
                LocalDate.of(2025, 6, 9), applied), REQUEST_ID, approvalRequest);
        String supplement = approval.json().path("retroactiveSupplements").get(0).path("settlementId").asString();
        assertAuditedWith(approvalRequest, 201, supplement);

        var stay = inpatientClaim(unique("H62"), "ZY-2", personId, 3, "2024-07-01", "2024-07-05", "20000.00",
                "0.00", "0.00", "0.00");
        String claimRequest = requestId("after-care");
        Response claim = office.claimAfterCare(afterCareClaim(unique("LZ"), stay, "12000.00", "0.00"), REQUEST_ID,
                claimRequest);
        assertAuditedWith(claimRequest, 201, claim.json().path("settlementId").asString());

        assertThat(slip(office, supplement)).contains("补充结算");
        assertThat(slip(office, claim.json().path("settlementId").asString())).contains("医后救助");
    }

    private void assertAuditedWith(String requestId, int status, String settlementId) {
        List<Map<String, Object>> rows = jdbc.sql("SELECT status, xmin::text AS tx FROM audit_event "
                + "WHERE request_id = ?").param(requestId).query().listOfRows();
        assertThat(rows).as("audit rows of %s", requestId).hasSize(1);
        assertThat(rows.get(0)).containsEntry("status", status);
        assertThat(rows.get(0).get("tx")).as("audited in the transaction of settlement %s", settlementId)
                .isEqualTo(jdbc.sql("SELECT xmin::text FROM settlement WHERE settlement_id = ?::uuid")
                        .param(settlementId).query(String.class).single());
    }

    private static String slip(SettlementApi client, String settlementId) {
        Response slip = client.http().get("/api/v1/settlements/" + settlementId + "/slip", "Accept", "text/html");
        assertThat(slip.status()).as("%s", slip).isEqualTo(200);
        return slip.body();
    }
}
