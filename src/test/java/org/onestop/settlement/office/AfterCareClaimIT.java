package org.onestop.settlement.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onestop.settlement.support.ApiFixtures.afterCareClaim;
import static org.onestop.settlement.support.ApiFixtures.assertFieldProblem;
import static org.onestop.settlement.support.ApiFixtures.assertProblem;
import static org.onestop.settlement.support.ApiFixtures.explanation;
import static org.onestop.settlement.support.ApiFixtures.explanationLine;
import static org.onestop.settlement.support.ApiFixtures.inpatientClaim;
import static org.onestop.settlement.support.ApiFixtures.money;
import static org.onestop.settlement.support.ApiFixtures.unique;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onestop.settlement.common.ProblemType;
import org.onestop.settlement.settlement.web.AssistanceClaimExamples;
import org.onestop.settlement.support.IntegrationTest;
import org.onestop.settlement.support.JsonHttpClient;
import org.onestop.settlement.support.JsonHttpClient.Response;
import org.onestop.settlement.support.OfficeClients;
import org.onestop.settlement.support.SettlementApi;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * After-care assistance claims (医后救助): the office enters care the person paid first, with the receipt's insurance
 * amounts; stages 3 and 4 run against the person's ledger and the claim is stored as a settlement of kind
 * AFTER_CARE, once per (office region, applicationNo).
 */
@IntegrationTest
class AfterCareClaimIT {

    private static final String LIAONING_DOC = "辽宁省人民政府办公厅《关于进一步加强和完善医疗救助工作的意见》";

    @Autowired
    SettlementApi api;

    /**
     * The contract's example (AssistanceClaimExamples): a Liaoning 低保 resident's emergency stay at a non-designated
     * hospital (002 二(五)1: 按急诊有关规定办理; 二(五)2: 先由个人支付，治疗结束后，再按规定给予救助). Policy scope
     * 30000.00 − 2000.00 − 1000.00 = 27000.00; receipt: basic 19875.00, major illness 0.00; assistance 70% ×
     * (27000.00 − 19875.00) = 70% × 7125.00 = 4987.50 (BASIC_ASSIST cap 10000); no tilt in Liaoning; personal
     * 30000.00 − 19875.00 − 4987.50 = 5137.50. The preview answers the same and writes nothing; the same request
     * again answers the claim (200), another under the same number is a conflict; reversed, the number is free.
     */
    @Test
    void aLiaoningEmergencyStayAtANonDesignatedHospitalIsAssistedAfterCare() {
        SettlementApi office = api.as(OfficeClients.officeOf(api, "LIAONING"));
        String personId = liaoningMinLiving();
        ObjectNode claim = example(personId);

        Response preview = office.previewAfterCare(claim);
        assertThat(preview.status()).as("%s", preview).isEqualTo(200);
        assertThat(api.counts(personId)).containsOnly(0L);

        Response claimed = office.claimAfterCare(claim);

        assertThat(claimed.status()).as("%s", claimed).isEqualTo(201);
        assertThat(claimed.header("Location")).contains("/api/v1/settlements/"
                + claimed.json().path("settlementId").asString());
        JsonNode answer = claimed.json();
        assertThat(answer.path("kind").asString()).isEqualTo("AFTER_CARE");
        assertThat(money(answer, "basicPay")).isEqualByComparingTo("19875.00");
        assertThat(money(answer, "majorIllnessPay")).isEqualByComparingTo("0.00");
        assertThat(money(answer, "assistancePay")).as(explanation(answer)).isEqualByComparingTo("4987.50");
        assertThat(money(answer, "tiltPay")).isEqualByComparingTo("0.00");
        assertThat(money(answer, "personalPay")).isEqualByComparingTo("5137.50");
        assertThat(answer.path("funds").findValuesAsString("fundCode")).containsExactly("610100");
        assertThat(answer.path("afterCare").path("applicationNo").asString())
                .isEqualTo(claim.path("applicationNo").asString());
        assertThat(money(answer.path("afterCare").path("insurancePaid"), "basic")).isEqualByComparingTo("19875.00");
        List<String> rules = answer.path("explanation").findValuesAsString("rule");
        assertThat(rules).containsSubsequence("after-care", "basic.given", "major-illness.given",
                "assistance.identity", "assistance.basic_assistance", "tilt.none", "summary");
        assertThat(answer.path("explanation").get(0).path("citation").asString())
                .startsWith(LIAONING_DOC + " 二(五)2：「医疗救助对象按规定在非定点医疗机构就医的");
        assertThat(answer.path("explanation").get(1).path("formula").asString())
                .contains("沈阳市医疗保障事务服务中心", "19875.00", "SY2024050031");
        assertThat(withoutIds(preview.json())).isEqualTo(withoutIds(answer));
        assertThat(api.balances(personId, 2024)).containsOnlyKeys("ASSISTANCE_PAID:BASIC_ASSIST")
                .containsEntry("ASSISTANCE_PAID:BASIC_ASSIST", new BigDecimal("4987.50"));

        // The office paid the person itself: its clearing shows the claim on a row of no hospital, the
        // institution's own statement does not.
        String today = "from=" + LocalDate.now() + "&to=" + LocalDate.now();
        JsonNode clearing = office.http().get("/api/v1/clearing?" + today).json();
        assertThat(clearing.path("rows").values()).anySatisfy(row -> {
            assertThat(row.path("hospitalCode").isNull()).isTrue();
            assertThat(row.path("fundCode").asString()).isEqualTo("610100");
        });
        assertThat(api.http().get("/api/v1/clearing?" + today + "&hospitalCode=H21010299").json().path("rows")
                .isEmpty()).isTrue();

        Response again = office.claimAfterCare(claim);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("settlementId").asString()).isEqualTo(answer.path("settlementId").asString());
        ObjectNode changed = claim.deepCopy();
        ((ObjectNode) changed.path("insurancePaid")).put("basic", new BigDecimal("19000.00"));
        assertProblem(office.claimAfterCare(changed), ProblemType.CONFLICT);
        assertThat(office.settlementsOf(personId, 2024).findValuesAsString("kind")).containsExactly("AFTER_CARE");

        assertThat(office.reverse(answer.path("settlementId").asString()).status()).isEqualTo(200);
        assertThat(api.balances(personId, 2024)).containsEntry("ASSISTANCE_PAID:BASIC_ASSIST", new BigDecimal("0.00"));
        Response anew = office.claimAfterCare(changed);
        assertThat(anew.status()).as("a reversed claim frees its number: %s", anew).isEqualTo(201);
        api.assertBalancesEqualEntries(personId);
    }

    /**
     * 兰政办发〔2022〕139号 第十五条(三): 未在定点医疗机构就医的不予救助, emergency or not. A Lanzhou 低保 resident's emergency
     * stay at a non-designated hospital (policy scope 10000.00; receipt: basic 7125.00) is stored with assistance
     * 0.00 and the reason; the person pays 10000.00 − 7125.00 = 2875.00; no ledger entry.
     */
    @Test
    void aLanzhouStayAtANonDesignatedHospitalGetsNothingAndSaysWhy() {
        SettlementApi office = api.as(OfficeClients.officeOf(api, "LANZHOU"));
        String personId = unique("lz-after");
        api.createPerson(personId, "LANZHOU", "RESIDENT", "FEMALE", "1975-08-08");
        api.addIdentity(personId, "MIN_LIVING", "URBAN_FULL", LocalDate.of(2024, 1, 1), null, null);
        ObjectNode stay = inpatientClaim(unique("H62"), "ZY-9", personId, 2, "2024-07-01", "2024-07-05",
                "10000.00", "0.00", "0.00", "0.00").put("designated", false).put("emergency", true);

        Response claimed = office.claimAfterCare(afterCareClaim(unique("LZ"), stay, "7125.00", "0.00"));

        assertThat(claimed.status()).as("%s", claimed).isEqualTo(201);
        JsonNode answer = claimed.json();
        assertThat(money(answer, "assistancePay")).isEqualByComparingTo("0.00");
        assertThat(money(answer, "tiltPay")).isEqualByComparingTo("0.00");
        assertThat(money(answer, "personalPay")).isEqualByComparingTo("2875.00");
        JsonNode refusal = explanationLine(answer, "assistance.non-designated");
        assertThat(refusal.path("citation").asString())
                .isEqualTo("兰政办发〔2022〕139号 第十五条(三)：「未在定点医疗机构就医的不予救助」");
        assertThat(refusal.path("formula").asString()).contains("非定点医疗机构", "不予救助");
        assertThat(api.countEntries(personId, "SETTLEMENT")).isZero();
    }

    /** 002 二(五)1: 救助对象违规到非定点医院就医的，不给予医疗救助 — no emergency, no registered referral. */
    @Test
    void aLiaoningStayAtANonDesignatedHospitalWithoutExceptionGetsNothing() {
        SettlementApi office = api.as(OfficeClients.officeOf(api, "LIAONING"));
        String personId = liaoningMinLiving();
        ObjectNode stay = inpatientClaim(unique("H21"), "ZY-8", personId, 2, "2024-07-01", "2024-07-05",
                "10000.00", "0.00", "0.00", "0.00").put("designated", false);

        JsonNode answer = office.claimAfterCare(afterCareClaim(unique("LN"), stay, "0.00", "0.00")).json();

        assertThat(money(answer, "assistancePay")).isEqualByComparingTo("0.00");
        assertThat(explanationLine(answer, "assistance.non-designated").path("citation").asString())
                .isEqualTo(LIAONING_DOC + " 二(五)1：「救助对象违规到非定点医院就医的，不给予医疗救助」");
    }

    /** Bad input is named and writes nothing; another region's person is 403; Zibo's document has no 医后救助 (422). */
    @Test
    void badClaimsAreRefusedAndWriteNothing() {
        SettlementApi office = api.as(OfficeClients.officeOf(api, "LIAONING"));
        String personId = liaoningMinLiving();

        // policy scope 27000.00 < 20000.00 + 8000.00
        ObjectNode tooMuch = example(personId);
        ((ObjectNode) tooMuch.path("insurancePaid")).put("majorIllness", new BigDecimal("8000.00"));
        assertFieldProblem(office.claimAfterCare(tooMuch), "insurancePaid");
        ObjectNode unknown = example(unique("nobody"));
        assertFieldProblem(office.claimAfterCare(unknown), "encounter.personId");
        ObjectNode cents = example(personId);
        ((ObjectNode) cents.path("insurancePaid")).put("basic", new BigDecimal("19875.001"));
        assertFieldProblem(office.claimAfterCare(cents), "insurancePaid.basic");
        ObjectNode noNumber = example(personId);
        noNumber.remove("applicationNo");
        assertFieldProblem(office.claimAfterCare(noNumber), "applicationNo");
        assertThat(api.counts(personId)).containsOnly(0L);

        String lanzhou = unique("lz-other");
        api.createPerson(lanzhou, "LANZHOU", "RESIDENT", "MALE", "1960-01-01");
        assertProblem(office.claimAfterCare(example(lanzhou)), ProblemType.FORBIDDEN);
        String zibo = api.newZiboResident("zb-after");
        assertProblem(api.as(OfficeClients.officeOf(api, "ZIBO")).claimAfterCare(example(zibo)),
                ProblemType.UNPROCESSABLE);
        SettlementApi hospital = api.as(api.newClient("hosp", "HOSPITAL", "H21010299"));
        assertProblem(hospital.claimAfterCare(example(personId)), ProblemType.FORBIDDEN);
        for (String person : List.of(personId, lanzhou, zibo)) {
            assertThat(api.counts(person)).as("rows of %s", person).containsOnly(0L);
        }
    }

    private String liaoningMinLiving() {
        String personId = unique("ln-after");
        api.createPerson(personId, "LIAONING", "RESIDENT", "FEMALE", "1965-03-15");
        api.addIdentity(personId, "MIN_LIVING", null, LocalDate.of(2024, 1, 1), null, null);
        return personId;
    }

    /** The contract's example for this test's person, with a unique application number. */
    private static ObjectNode example(String personId) {
        ObjectNode claim = (ObjectNode) JsonHttpClient.JSON.readTree(AssistanceClaimExamples.EMERGENCY
                .replace("210102196503150027", personId));
        return claim.put("applicationNo", claim.path("applicationNo").asString() + "-" + personId);
    }

    /** An answer without what only a stored claim has (id, status, time). */
    private static JsonNode withoutIds(JsonNode answer) {
        ObjectNode copy = (ObjectNode) answer.deepCopy();
        copy.remove(List.of("settlementId", "status", "settledAt"));
        return copy;
    }
}
