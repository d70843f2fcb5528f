package org.onestop.settlement.benefit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onestop.settlement.support.ApiFixtures.unique;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.onestop.settlement.support.ApiFixtures;
import org.onestop.settlement.support.IntegrationTest;
import org.onestop.settlement.support.JsonHttpClient;
import org.onestop.settlement.support.JsonHttpClient.Response;
import org.onestop.settlement.support.OfficeClients;
import org.onestop.settlement.support.SettlementApi;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Wuhai's outpatient cash grant (003 三(二)2(2): class A 800, men 60+ / women 55+ 300, disability grade 1–3 400, the
 * highest only; identity and age on 1 September) and its other-hardship test (003 三(一)3, minimum wage 1980.00 a
 * month, illustrative) over HTTP.
 */
@IntegrationTest
class WuhaiBenefitsIT {

    private static final String GRANTS = "/api/v1/grants/wuhai-outpatient?year=2024";
    private static final String HARDSHIP = "/api/v1/assessments/wuhai-hardship";

    @Autowired
    SettlementApi api;

    private String minLiving(String sex, String birthDate, String subclass, Integer disabilityGrade) {
        String personId = unique("wh");
        ObjectNode person = ApiFixtures.person(personId, "WUHAI", "RESIDENT", sex, birthDate);
        if (disabilityGrade != null) {
            person.put("disabilityGrade", disabilityGrade);
        }
        assertThat(api.putPerson(personId, person).status()).isEqualTo(201);
        api.addIdentity(personId, "MIN_LIVING", subclass, LocalDate.of(2024, 1, 1), null, null);
        return personId;
    }

    private static Optional<JsonNode> grantOf(JsonNode grants, String personId) {
        return grants.valueStream().filter(g -> g.path("personId").asString().equals(personId)).findFirst();
    }

    @Test
    void theGrantIsTheHighestAmountAndASecondRunAnswersTheSameGrants() {
        // woman born 1963-05-01: 61 on 2024-09-01 ≥ 55, no class A, no disability → 300
        String woman61 = minLiving("FEMALE", "1963-05-01", null, null);
        // class A man of 40 with disability grade 2: class A 800 and disability 400 → the highest, 800
        String classA = minLiving("MALE", "1984-01-01", "CLASS_A", 2);
        // woman born 1969-09-02: 54 on 2024-09-01 (55 only the next day) → no grant
        String woman54 = minLiving("FEMALE", "1969-09-02", null, null);
        // man born 1964-09-01: 60 on 2024-09-01, grade 4 disability (not 1–3) → 300
        String man60 = minLiving("MALE", "1964-09-01", null, 4);

        SettlementApi office = api.as(OfficeClients.officeOf(api, "WUHAI"));
        Response first = office.http().post(GRANTS, null);
        assertThat(first.status()).as("%s", first).isEqualTo(200);
        JsonNode grant = grantOf(first.json(), woman61).orElseThrow();
        assertThat(grant.path("amount").decimalValue()).isEqualByComparingTo("300.00");
        assertThat(grant.path("basis").asString()).isEqualTo("ELDERLY");
        assertThat(grant.path("working").asString()).contains("age 61 on 2024-09-01");
        assertThat(grantOf(first.json(), classA).orElseThrow().path("amount").decimalValue())
                .isEqualByComparingTo("800.00");
        assertThat(grantOf(first.json(), classA).orElseThrow().path("basis").asString()).isEqualTo("CLASS_A");
        assertThat(grantOf(first.json(), woman54)).isEmpty();
        assertThat(grantOf(first.json(), man60).orElseThrow().path("amount").decimalValue())
                .isEqualByComparingTo("300.00");

        Response second = office.http().post(GRANTS, null);
        assertThat(second.json()).isEqualTo(first.json());
        assertThat(api.count("SELECT count(*) FROM outpatient_cash_grant WHERE person_id = ?", woman61)).isEqualTo(1);

        Response csv = office.http().get(GRANTS, "Accept", "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        List<String> lines = Arrays.asList(csv.body().split("\r\n"));
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode g : first.json()) {
            sum = sum.add(g.path("amount").decimalValue());
        }
        assertThat(lines).hasSize(first.json().size() + 2);
        assertThat(new BigDecimal(lines.get(lines.size() - 1).split(",")[4])).isEqualByComparingTo(sum);

        assertThat(api.as(OfficeClients.officeOf(api, "ZIBO")).http().post(GRANTS, null).status()).isEqualTo(403);
    }

    private static ObjectNode family(String on, String expenses, String... incomes) {
        ObjectNode body = JsonHttpClient.JSON.createObjectNode();
        body.put("on", on);
        var members = body.putArray("members");
        for (String income : incomes) {
            ObjectNode member = members.addObject();
            if (income.equals("none")) {
                member.putNull("monthlyIncome");
            } else {
                member.put("monthlyIncome", new BigDecimal(income));
            }
        }
        body.put("medicalExpenses", new BigDecimal(expenses));
        return body;
    }

    @ParameterizedTest(name = "income {0}, expenses {1}: ordinary income {2}, major income {3}, expense {4}")
    @CsvSource({
        // per head below 1980.00 × 1 passes the ordinary income test, 1980.00 itself does not
        "1979.99, 99999.00, true,  true,  true",
        "1980.00, 99999.00, false, true,  true",
        // below 1980.00 × 1.5 = 2970.00 passes the major-disease income test, 2970.00 itself does not
        "2969.99, 99999.00, false, true,  true",
        "2970.00, 99999.00, false, false, true",
        // expense limit 1980.00 × 12 = 23760.00 × 70% = 16632.00: more passes, equal does not
        "1980.00, 16632.01, false, true,  true",
        "1980.00, 16632.00, false, true,  false"})
    void eachLimitOfTheHardshipTestOnBothSides(String income, String expenses, boolean ordinaryIncome,
                                              boolean majorIncome, boolean expense) {
        Response r = api.http().post(HARDSHIP, ApiFixtures.text(family("2024-06-01", expenses, income)));
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        JsonNode a = r.json();
        assertThat(a.path("ordinaryIncome").path("passes").asBoolean()).isEqualTo(ordinaryIncome);
        assertThat(a.path("majorIncome").path("passes").asBoolean()).isEqualTo(majorIncome);
        assertThat(a.path("expense").path("passes").asBoolean()).isEqualTo(expense);
        assertThat(a.path("ordinaryAssistance").asBoolean()).isEqualTo(ordinaryIncome && expense);
        assertThat(a.path("majorAssistance").asBoolean()).isEqualTo(majorIncome && expense);
        assertThat(a.path("assessmentId").isNull()).isTrue();
    }

    @Test
    void aMemberWithoutFixedIncomeCountsAtTheMinimumWageAndARecordedAssessmentIsStored() {
        String personId = unique("hs");
        ObjectNode body = family("2024-06-01", "50000.00", "1000.00", "none");
        body.put("personId", personId);
        body.put("record", true);
        Response r = api.as(OfficeClients.officeOf(api, "WUHAI")).http().post(HARDSHIP, ApiFixtures.text(body));
        assertThat(r.status()).as("%s", r).isEqualTo(201);
        JsonNode a = r.json();
        // 1000.00 + 1980.00 = 2980.00 a month; ÷ 2 = 1490.00 a head < 1980.00; yearly 35760.00 × 70% = 25032.00 < 50000.00
        assertThat(a.path("familyMonthlyIncome").decimalValue()).isEqualByComparingTo("2980.00");
        assertThat(a.path("monthlyIncomePerHead").decimalValue()).isEqualByComparingTo("1490.00");
        assertThat(a.path("expense").path("limit").decimalValue()).isEqualByComparingTo("25032.00");
        assertThat(a.path("ordinaryAssistance").asBoolean()).isTrue();
        assertThat(a.path("minimumWageIllustrative").asBoolean()).isTrue();
        assertThat(api.count("SELECT count(*) FROM hardship_assessment WHERE assessment_id = ?::uuid AND person_id = ?",
                a.path("assessmentId").asString(), personId)).isEqualTo(1);

        String unrecorded = unique("hs");
        ObjectNode again = family("2024-06-01", "50000.00", "1000.00");
        again.put("personId", unrecorded);
        assertThat(api.http().post(HARDSHIP, ApiFixtures.text(again)).status()).isEqualTo(200);
        assertThat(api.count("SELECT count(*) FROM hardship_assessment WHERE person_id = ?", unrecorded)).isZero();
    }

    @Test
    void badInputIsA400NamingTheFieldAndAnotherRegionsOfficeIsRefused() {
        ObjectNode noMembers = family("2024-06-01", "100.00");
        ApiFixtures.assertFieldProblem(api.http().post(HARDSHIP, ApiFixtures.text(noMembers)), "members");
        ObjectNode negative = family("2024-06-01", "-1.00", "1000.00");
        ApiFixtures.assertFieldProblem(api.http().post(HARDSHIP, ApiFixtures.text(negative)), "medicalExpenses");
        assertThat(api.as(OfficeClients.officeOf(api, "ZIBO")).http()
                .post(HARDSHIP, ApiFixtures.text(family("2024-06-01", "100.00", "1000.00"))).status()).isEqualTo(403);
    }
}
