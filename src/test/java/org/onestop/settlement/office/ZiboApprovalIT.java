package org.onestop.settlement.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onestop.settlement.support.ApiFixtures.assertProblem;
import static org.onestop.settlement.support.ApiFixtures.explanation;
import static org.onestop.settlement.support.ApiFixtures.identity;
import static org.onestop.settlement.support.ApiFixtures.inpatientClaim;
import static org.onestop.settlement.support.ApiFixtures.money;
import static org.onestop.settlement.support.ApiFixtures.unique;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onestop.settlement.common.ProblemType;
import org.onestop.settlement.support.IntegrationTest;
import org.onestop.settlement.support.JsonHttpClient.Response;
import org.onestop.settlement.support.OfficeClients;
import org.onestop.settlement.support.SettlementApi;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Zibo's 因病致贫重病患者 on application (淄政办发〔2022〕11号 四(七)): 个人负担费用可追溯至自申请之月前 12 个月, and one
 * approval per medical year. A Zibo resident without identity is settled for two level-3 stays of 2023 on either side
 * of the edge, then approved on application 2024-06-15, so covered from 2023-06-01 (the first day of the month twelve
 * months before the application month). Worked by hand (Zibo resident: level 3 deductible 800 at 60%; major illness
 * 60% above 10000; 因病致贫: threshold 25% × 45000 = 11250 a year, 60%, ASSIST cap 20000, no re-assistance):
 * <pre>
 * stay A  2023-05-25..2023-05-31, total 40000.00: basic (40000 − 800) × 60% = 23520.00; major illness base 16480.00,
 *         60% × 6480 = 3888.00; personal 12592.00. Discharged the day before the window: no supplement.
 * stay B  2023-05-28..2023-06-01, total 80000.00: basic (80000 − 800) × 60% = 47520.00; major illness base 32480.00,
 *         B 16480 → 48960: 60% × 32480 = 19488.00; personal 12992.00. Discharged on the window's first day:
 *         supplement base 80000 − 47520 − 19488 = 12992.00, threshold 11250.00, 60% × 1742.00 = 1045.20;
 *         personal 12992.00 − 1045.20 = 11946.80.
 * </pre>
 */
@IntegrationTest
class ZiboApprovalIT {

    private static final LocalDate APPLIED = LocalDate.of(2024, 6, 15);

    @Autowired
    SettlementApi api;

    @Test
    void theWindowStartsOnTheFirstDayOfTheMonthTwelveMonthsBefore() {
        SettlementApi office = api.as(OfficeClients.officeOf(api, "ZIBO"));
        String personId = api.newZiboResident("zb-retro");
        String hospital = unique("H37");
        JsonNode stayA = api.settleCreated(inpatientClaim(hospital, "ZY-A", personId, 3, "2023-05-25", "2023-05-31",
                "40000.00", "0.00", "0.00", "0.00"));
        assertThat(money(stayA, "personalPay")).isEqualByComparingTo("12592.00");
        JsonNode stayB = api.settleCreated(inpatientClaim(hospital, "ZY-B", personId, 3, "2023-05-28", "2023-06-01",
                "80000.00", "0.00", "0.00", "0.00"));
        assertThat(money(stayB, "personalPay")).isEqualByComparingTo("12992.00");

        Response approval = office.postIdentity(personId, approval(APPLIED));

        assertThat(approval.status()).as("%s", approval).isEqualTo(201);
        JsonNode supplements = approval.json().path("retroactiveSupplements");
        assertThat(supplements.findValuesAsString("supplementOf")).as("only stay B, discharged 2023-06-01")
                .containsExactly(stayB.path("settlementId").asString());
        assertThat(money(supplements.get(0), "assistancePay")).isEqualByComparingTo("1045.20");
        assertThat(money(supplements.get(0), "tiltPay")).isEqualByComparingTo("0.00");
        assertThat(money(supplements.get(0), "personalPay")).isEqualByComparingTo("11946.80");
        JsonNode supplement = office.get(supplements.get(0).path("settlementId").asString()).json();
        assertThat(supplement.path("explanation").findValuesAsString("rule")).as(explanation(supplement))
                .contains("supplement.retroactive", "assistance.threshold", "tilt.none");
        assertThat(supplement.path("explanation").get(0).path("citation").asString())
                .startsWith("淄政办发〔2022〕11号 四(七)：「个人负担费用可追溯至自申请之月前 12 个月");
        assertThat(supplement.path("explanation").get(0).path("formula").asString()).contains("追溯至 2023-06-01");
        assertThat(api.balances(personId, 2023)).containsEntry("ASSISTANCE_THRESHOLD", new BigDecimal("11250.00"))
                .containsEntry("ASSISTANCE_PAID:ASSIST", new BigDecimal("1045.20"));
        assertThat(office.get(stayA.path("settlementId").asString()).json().path("supplements").isEmpty()).isTrue();
    }

    /**
     * 一次身份认定享受一个医疗年度救助待遇和救助限额，一个年度内不得重复申请: a second approval applied for in 2024 is a
     * conflict (409) and writes nothing, its preview too; one applied for in 2025 is recorded (it covers from
     * 2024-03-01, so stay B of 2023 gets nothing more).
     */
    @Test
    void aSecondApprovalInOneMedicalYearIsRefused() {
        SettlementApi office = api.as(OfficeClients.officeOf(api, "ZIBO"));
        String personId = api.newZiboResident("zb-twice");
        api.settleCreated(inpatientClaim(unique("H37"), "ZY-B", personId, 3, "2023-05-28", "2023-06-01",
                "80000.00", "0.00", "0.00", "0.00"));
        assertThat(office.postIdentity(personId, approval(APPLIED)).status()).isEqualTo(201);
        List<Long> before = api.countsWithIdentities(personId);

        LocalDate again = LocalDate.of(2024, 11, 20);
        JsonNode problem = assertProblem(office.postIdentity(personId, approval(again)), ProblemType.CONFLICT);
        assertThat(problem.path("detail").asString()).contains("2024", "四(七)");
        assertProblem(office.previewIdentity(personId, approval(again)), ProblemType.CONFLICT);
        assertThat(api.countsWithIdentities(personId)).isEqualTo(before);

        Response nextYear = office.postIdentity(personId, approval(LocalDate.of(2025, 3, 1)));
        assertThat(nextYear.status()).as("%s", nextYear).isEqualTo(201);
        assertThat(nextYear.json().path("retroactiveSupplements").isEmpty()).isTrue();
    }

    private static ObjectNode approval(LocalDate applied) {
        return identity("ILLNESS_IMPOVERISHED", null, applied, applied.plusYears(1).minusDays(1), applied);
    }
}
