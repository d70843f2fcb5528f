package org.onestop.settlement.benefit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onestop.settlement.support.ApiFixtures.unique;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.onestop.settlement.support.IntegrationTest;
import org.onestop.settlement.support.JsonHttpClient.Response;
import org.onestop.settlement.support.SettlementApi;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/** The deposit waiver (先诊疗后付费) over HTTP: Zibo 七(十三), and a region without one. */
@IntegrationTest
class DepositWaiverIT {

    @Autowired
    SettlementApi api;

    private String person(String region, String category) {
        String personId = unique("dw");
        api.createPerson(personId, region, "RESIDENT", "MALE", "1970-01-01");
        api.addIdentity(personId, category, null, LocalDate.of(2024, 1, 1), null, null);
        return personId;
    }

    private static JsonNode check(SettlementApi caller, String personId, String hospitalCode, boolean referral) {
        Response r = caller.http().get("/api/v1/persons/" + personId + "/deposit-waiver?on=2024-03-01&hospitalCode="
                + hospitalCode + "&referral=" + referral);
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        return r.json();
    }

    @Test
    void aReferredZiboMinimumLivingPersonIsEligibleAndAHospitalMayAskBeforeAnySettlement() {
        String personId = person("ZIBO", "MIN_LIVING");
        String hospital = unique("H").substring(0, 20);
        SettlementApi his = api.as(api.newClient("dw", "HOSPITAL", hospital));
        JsonNode answer = check(his, personId, hospital, true);
        assertThat(answer.path("eligible").asBoolean()).isTrue();
        assertThat(answer.path("identity").asString()).isEqualTo("MIN_LIVING");
        assertThat(answer.path("citation").asString()).contains("七(十三)");
        assertThat(answer.path("reason").isNull()).isTrue();
        assertThat(his.http().get("/api/v1/persons/" + personId + "/deposit-waiver?on=2024-03-01&hospitalCode=OTHER"
                + "&referral=true").status()).as("another hospital's code").isEqualTo(403);
    }

    @Test
    void withoutAReferralOrAQualifyingIdentityOrARuleTheDepositIsNotWaivedAndTheAnswerSaysWhy() {
        JsonNode notReferred = check(api, person("ZIBO", "MIN_LIVING"), "H1", false);
        assertThat(notReferred.path("eligible").asBoolean()).isFalse();
        assertThat(notReferred.path("reason").asString()).contains("not referred");

        JsonNode marginal = check(api, person("ZIBO", "LOW_INCOME_MARGINAL"), "H1", true);
        assertThat(marginal.path("eligible").asBoolean()).isFalse();
        assertThat(marginal.path("reason").asString()).contains("holds none of").contains("MIN_LIVING");

        JsonNode wuhai = check(api, person("WUHAI", "MIN_LIVING"), "H1", true);
        assertThat(wuhai.path("eligible").asBoolean()).isFalse();
        assertThat(wuhai.path("reason").asString()).contains("has no deposit waiver");
    }
}
