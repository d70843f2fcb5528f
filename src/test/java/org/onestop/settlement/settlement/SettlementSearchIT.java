package org.onestop.settlement.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onestop.settlement.support.ApiFixtures.assertFieldProblem;
import static org.onestop.settlement.support.ApiFixtures.section6Claim;
import static org.onestop.settlement.support.ApiFixtures.unique;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onestop.settlement.support.IntegrationTest;
import org.onestop.settlement.support.JsonHttpClient.Response;
import org.onestop.settlement.support.SettlementApi;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * Finding settlements for the daily reconciliation (日对账) and by encounter number. One hospital settles the
 * policies.md §6 stay for three 低保 residents as ZY-1, ZY-2, ZY-3, in that order, today; ZY-2 is reversed. Another
 * hospital settles one stay under the same encounter number ZY-1.
 */
@IntegrationTest
class SettlementSearchIT {

    @Autowired
    SettlementApi api;

    String hospitalCode;
    SettlementApi hospital;
    String[] ids = new String[3];

    @BeforeEach
    void settleThreeAndReverseTheSecond() {
        hospitalCode = unique("SR");
        hospital = api.as(api.newClient("sr", "HOSPITAL", hospitalCode));
        for (int i = 0; i < 3; i++) {
            String personId = api.newMinLivingZiboResident("sr", LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31));
            ids[i] = hospital.settleCreated(section6Claim(hospitalCode, "ZY-" + (i + 1), personId))
                    .path("settlementId").asString();
        }
        assertThat(hospital.http().post(SettlementApi.reversalPath(ids[1]), "{\"reason\": \"退费\"}").status())
                .isEqualTo(200);
        String otherHospital = unique("SR");
        api.settleCreated(section6Claim(otherHospital, "ZY-1",
                api.newMinLivingZiboResident("sr", LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31))));
    }

    @Test
    void aHospitalPagesThroughItsOwnSettlementsOldestFirst() {
        JsonNode first = ok(hospital.http().get("/api/v1/settlements?limit=2"));
        assertThat(idsOf(first)).containsExactly(ids[0], ids[1]);
        String next = first.path("next").asString();
        assertThat(next).isNotBlank();

        JsonNode second = ok(hospital.http().get("/api/v1/settlements?limit=2&cursor=" + next));
        assertThat(idsOf(second)).as("the rest, after the cursor").containsExactly(ids[2]);
        assertThat(second.path("next").isNull()).as("last page").isTrue();

        JsonNode all = ok(hospital.http().get("/api/v1/settlements"));
        assertThat(idsOf(all)).as("default limit 50 holds all three").containsExactly(ids[0], ids[1], ids[2]);
        assertThat(all.path("items").get(1).path("status").asString()).isEqualTo("REVERSED");
        assertThat(all.path("items").get(1).path("reversal").path("reason").asString()).isEqualTo("退费");
    }

    @Test
    void filtersByEncounterStatusDayAndKind() {
        String own = "/api/v1/settlements?hospitalCode=" + hospitalCode;
        assertThat(idsOf(ok(hospital.http().get(own + "&encounterNo=ZY-2")))).containsExactly(ids[1]);
        assertThat(idsOf(ok(hospital.http().get(own + "&status=SETTLED")))).containsExactly(ids[0], ids[2]);
        assertThat(idsOf(ok(hospital.http().get(own + "&status=REVERSED")))).containsExactly(ids[1]);
        String today = LocalDate.now().toString();
        assertThat(idsOf(ok(hospital.http().get(own + "&from=" + today + "&to=" + today))))
                .as("settled today (the service's zone is the JVM's)").containsExactly(ids[0], ids[1], ids[2]);
        assertThat(idsOf(ok(hospital.http().get(own + "&from=" + LocalDate.now().plusDays(1))))).isEmpty();
        assertThat(idsOf(ok(hospital.http().get(own + "&kind=DISCHARGE")))).hasSize(3);
        // ADMIN sees every hospital: ZY-1 exists at two
        assertThat(idsOf(ok(api.http().get("/api/v1/settlements?encounterNo=ZY-1&hospitalCode=" + hospitalCode))))
                .containsExactly(ids[0]);
    }

    @Test
    void anotherHospitalsCodeIsForbiddenAndBadParametersAreNamed() {
        Response foreign = hospital.http().get("/api/v1/settlements?hospitalCode=" + unique("SR"));
        assertThat(foreign.status()).as("%s", foreign).isEqualTo(403);

        assertFieldProblem(hospital.http().get("/api/v1/settlements?limit=0"), "limit");
        assertFieldProblem(hospital.http().get("/api/v1/settlements?limit=501"), "limit");
        assertFieldProblem(hospital.http().get("/api/v1/settlements?status=PAID&kind=REFUND"), "status", "kind");
        assertFieldProblem(hospital.http().get("/api/v1/settlements?cursor=not-a-cursor"), "cursor");
        assertFieldProblem(hospital.http().get("/api/v1/settlements?from=2024-03-10&to=2024-03-01"), "to");
        Response badDate = hospital.http().get("/api/v1/settlements?from=yesterday");
        assertThat(badDate.status()).as("%s", badDate).isEqualTo(400);
        assertThat(badDate.body()).contains("from");
    }

    private static JsonNode ok(Response response) {
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        return response.json();
    }

    private static List<String> idsOf(JsonNode page) {
        return page.path("items").values().stream().map(s -> s.path("settlementId").asString()).toList();
    }
}
