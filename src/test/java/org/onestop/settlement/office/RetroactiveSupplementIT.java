package org.onestop.settlement.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onestop.settlement.support.ApiFixtures.assertProblem;
import static org.onestop.settlement.support.ApiFixtures.explanation;
import static org.onestop.settlement.support.ApiFixtures.explanationLine;
import static org.onestop.settlement.support.ApiFixtures.identity;
import static org.onestop.settlement.support.ApiFixtures.inpatientClaim;
import static org.onestop.settlement.support.ApiFixtures.money;
import static org.onestop.settlement.support.ApiFixtures.unique;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
 * Retroactive supplements in Lanzhou (兰政办发〔2022〕139号 第十四条(二)): a resident with no identity is settled for
 * three stays, then approved as 因病致贫重病患者 on application 2024-06-10 (valid 2024-06-10 to 2025-06-09, so
 * reaching back to 2023-06-10). Worked by hand (Lanzhou resident, illustrative basic and major-illness parameters:
 * level 3 deductible 800 at 60%, level 2 500 at 75%; major illness from 10000 at 60%; 因病致贫: threshold 5000 a
 * year, 60% (一般疾病, pools TOTAL 80000 and GENERAL 50000); tilt 第十四条(三): 30% above 6000 of the year's burden):
 * <pre>
 * stay 0  discharged 2023-05-20, before 2023-06-10: not covered, no supplement (its 2023 ledger untouched)
 * stay 1  level 3, 2024-02-01..2024-02-10, total 30000.00, own-pay 2000.00, pre-self-pay 1000.00: scope 27000.00
 *         basic (27000 − 800) × 60% = 15720.00; major illness base 11280.00, 60% × (11280 − 10000) = 768.00
 *         without identity: assistance 0, tilt 0, personal 30000 − 15720 − 768 = 13512.00
 *         supplement: base 27000 − 15720 − 768 = 10512.00; threshold 5000.00; 60% × 5512.00 = 3307.20;
 *                     tilt burden 10512 − 3307.20 = 7204.80, R 0 → 7204.80: 30% × 1204.80 = 361.44;
 *                     personal 13512.00 − 3668.64 = 9843.36
 * stay 2  level 2, 2024-04-15..2024-04-20, total 12000.00, own-pay 500.00, pre-self-pay 500.00: scope 11000.00
 *         basic (11000 − 500) × 75% = 7875.00; major illness base 3125.00, B 11280 → 14405: 60% × 3125 = 1875.00
 *         without identity: personal 12000 − 7875 − 1875 = 2250.00
 *         supplement: base 1250.00, threshold used up; 60% × 1250 = 750.00; tilt burden 500.00,
 *                     R 7204.80 → 7704.80: 30% × 500 = 150.00; personal 2250.00 − 900.00 = 1350.00
 * ledger 2024 after: BASIC_PAID:BASIC 23595.00, MAJOR_ILLNESS_BASE 14405.00, MAJOR_ILLNESS_PAID 2643.00,
 *         ASSISTANCE_THRESHOLD 5000.00, ASSISTANCE_PAID:TOTAL and :GENERAL 4057.20, TILT_BASE 7704.80, TILT_PAID 511.44
 * </pre>
 * Settling both stays for a person who held the identity from the start pays exactly the same.
 */
@IntegrationTest
class RetroactiveSupplementIT {

    private static final LocalDate APPLIED = LocalDate.of(2024, 6, 10);

    @Autowired
    SettlementApi api;

    /** The person and the ids of stays 0, 1 and 2, settled without identity by {@code hospital}. */
    private record Stays(String personId, String hospital, String old, String first, String second) {
    }

    @Test
    void theSupplementsPayWhatHoldingTheIdentityFromTheStartWouldHavePaid() {
        SettlementApi office = api.as(OfficeClients.officeOf(api, "LANZHOU"));
        Stays stays = settledWithoutIdentity();
        Map<String, BigDecimal> balances2023 = api.balances(stays.personId(), 2023);

        Response approval = office.postIdentity(stays.personId(), approval());

        assertThat(approval.status()).as("%s", approval).isEqualTo(201);
        JsonNode supplements = approval.json().path("retroactiveSupplements");
        assertThat(supplements.size()).as("stays 1 and 2 in discharge order; stay 0 is before the window")
                .isEqualTo(2);
        assertSupplement(supplements.get(0), stays.first(), "3307.20", "361.44", "9843.36");
        assertSupplement(supplements.get(1), stays.second(), "750.00", "150.00", "1350.00");

        JsonNode first = office.get(supplements.get(0).path("settlementId").asString()).json();
        assertThat(first.path("kind").asString()).isEqualTo("SUPPLEMENT");
        assertThat(first.path("supplementOf").asString()).isEqualTo(stays.first());
        assertThat(first.path("encounterNo").asString()).isEqualTo("ZY-1");
        assertThat(money(first, "basicPay")).isEqualByComparingTo("0.00");
        assertThat(money(first, "majorIllnessPay")).isEqualByComparingTo("0.00");
        assertThat(money(first, "fundPay")).isEqualByComparingTo("3668.64");
        assertThat(first.path("funds").findValuesAsString("fundCode")).containsOnly("610100");
        assertThat(first.path("funds").findValues("amount")).extracting(JsonNode::decimalValue)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("3307.20"), new BigDecimal("361.44"));
        List<String> rules = first.path("explanation").findValuesAsString("rule");
        assertThat(rules).as(explanation(first)).containsSubsequence("supplement.retroactive", "basic.given",
                "major-illness.given", "assistance.identity", "assistance.threshold", "assistance.general",
                "tilt.paid", "supplement.assistance", "supplement.tilt", "supplement.summary");
        assertThat(explanationLine(first, "supplement.retroactive").path("citation").asString())
                .startsWith("兰政办发〔2022〕139号 第十四条(二)：「").contains("可追溯至申请之日前12个月内");
        assertThat(explanationLine(first, "supplement.retroactive").path("formula").asString())
                .contains("申请日 2024-06-10", "追溯至 2023-06-10", stays.first());
        assertThat(explanationLine(first, "basic.given").path("formula").asString())
                .contains("15720.00", stays.first());
        assertThat(money(explanationLine(first, "supplement.summary"), "amount")).isEqualByComparingTo("9843.36");

        JsonNode original = office.get(stays.first()).json();
        assertThat(original.path("supplements").findValuesAsString("settlementId"))
                .containsExactly(first.path("settlementId").asString());
        assertThat(office.get(stays.old()).json().path("supplements").isEmpty()).isTrue();
        assertThat(office.settlementsOf(stays.personId(), 2024).findValuesAsString("kind"))
                .containsExactly("DISCHARGE", "DISCHARGE", "SUPPLEMENT", "SUPPLEMENT");

        Map<String, BigDecimal> ledger = office.ledgerUsed(stays.personId(), 2024);
        assertThat(ledger).containsEntry("ASSISTANCE_THRESHOLD", new BigDecimal("5000.00"))
                .containsEntry("ASSISTANCE_PAID:TOTAL", new BigDecimal("4057.20"))
                .containsEntry("ASSISTANCE_PAID:GENERAL", new BigDecimal("4057.20"))
                .containsEntry("TILT_BASE", new BigDecimal("7704.80"))
                .containsEntry("TILT_PAID", new BigDecimal("511.44"))
                .containsEntry("BASIC_PAID:BASIC", new BigDecimal("23595.00"))
                .containsEntry("MAJOR_ILLNESS_PAID", new BigDecimal("2643.00"));
        assertThat(api.balances(stays.personId(), 2023)).as("stay 0's year").isEqualTo(balances2023);
        api.assertBalancesEqualEntries(stays.personId());

        // The same stays for a person who held the identity from the start.
        String holder = newLanzhouResident();
        assertThat(api.postIdentity(holder, approval()).status()).isEqualTo(201);
        JsonNode stay1 = api.settleCreated(firstStay(unique("H62"), holder));
        JsonNode stay2 = api.settleCreated(secondStay(unique("H62"), holder));
        assertThat(money(stay1, "assistancePay")).isEqualByComparingTo(money(supplements.get(0), "assistancePay"));
        assertThat(money(stay1, "tiltPay")).isEqualByComparingTo(money(supplements.get(0), "tiltPay"));
        assertThat(money(stay2, "assistancePay")).isEqualByComparingTo(money(supplements.get(1), "assistancePay"));
        assertThat(money(stay2, "tiltPay")).isEqualByComparingTo(money(supplements.get(1), "tiltPay"));
        assertThat(money(stay1, "personalPay")).isEqualByComparingTo("9843.36");
        assertThat(api.ledgerUsed(holder, 2024)).isEqualTo(ledger);
    }

    @Test
    void thePreviewAnswersWhatTheApprovalDoesAndWritesNothing() {
        SettlementApi office = api.as(OfficeClients.officeOf(api, "LANZHOU"));
        Stays stays = settledWithoutIdentity();
        List<Long> before = api.countsWithIdentities(stays.personId());

        Response preview = office.previewIdentity(stays.personId(), approval());

        assertThat(preview.status()).as("%s", preview).isEqualTo(200);
        assertThat(api.countsWithIdentities(stays.personId())).as("rows after the preview").isEqualTo(before);
        JsonNode previewed = preview.json();
        assertThat(previewed.path("identityId").isNull()).isTrue();
        assertThat(previewed.path("retroactiveSupplements").findValuesAsString("status"))
                .containsExactly("PREVIEW", "PREVIEW");
        assertThat(previewed.path("retroactiveSupplements").get(0).path("settlementId").isNull()).isTrue();

        JsonNode recorded = office.postIdentity(stays.personId(), approval()).json();
        assertThat(comparable(previewed)).isEqualTo(comparable(recorded));
        assertThat(money(recorded.path("retroactiveSupplements").get(0), "assistancePay"))
                .isEqualByComparingTo("3307.20");
    }

    @Test
    void theSameApprovalAgainPaysNothingTwice() {
        SettlementApi office = api.as(OfficeClients.officeOf(api, "LANZHOU"));
        Stays stays = settledWithoutIdentity();
        JsonNode first = office.postIdentity(stays.personId(), approval()).json();
        List<Long> after = api.countsWithIdentities(stays.personId());
        Map<String, BigDecimal> ledger = api.ledgerUsed(stays.personId(), 2024);

        Response again = office.postIdentity(stays.personId(), approval());

        assertThat(again.status()).as("%s", again).isEqualTo(200);
        assertThat(again.json().path("identityId").asString()).isEqualTo(first.path("identityId").asString());
        assertThat(again.json().path("retroactiveSupplements").findValuesAsString("settlementId"))
                .isEqualTo(first.path("retroactiveSupplements").findValuesAsString("settlementId"));
        assertThat(api.countsWithIdentities(stays.personId())).isEqualTo(after);
        assertThat(api.ledgerUsed(stays.personId(), 2024)).isEqualTo(ledger);
    }

    /**
     * Reversing stay 1 reverses its supplement first, in the same transaction: the 2024 ledger keeps only stay 2 and
     * its supplement (basic 7875.00, major illness base 3125.00 and paid 1875.00, threshold 0 — stay 2's supplement
     * consumed none —, assistance 750.00, tilt base 500.00 and paid 150.00). The office then reverses stay 2's
     * supplement alone; stay 2 stands. A hospital may not reverse a supplement alone, nor the office a discharge
     * settlement (403).
     */
    @Test
    void reversingAnOriginalReversesItsSupplementsAndASupplementMayBeReversedAlone() {
        SettlementApi office = api.as(OfficeClients.officeOf(api, "LANZHOU"));
        Stays stays = settledWithoutIdentity();
        JsonNode supplements = office.postIdentity(stays.personId(), approval()).json().path("retroactiveSupplements");
        String firstSupplement = supplements.get(0).path("settlementId").asString();
        String secondSupplement = supplements.get(1).path("settlementId").asString();
        SettlementApi hospital = api.as(api.newClient("hosp", "HOSPITAL", stays.hospital()));

        assertProblem(hospital.reverse(secondSupplement), ProblemType.FORBIDDEN);
        assertProblem(office.reverse(stays.first()), ProblemType.FORBIDDEN);

        Response reversed = hospital.reverse(stays.first());
        assertThat(reversed.status()).as("%s", reversed).isEqualTo(200);
        assertThat(reversed.json().path("supplements").findValuesAsString("status")).containsExactly("REVERSED");
        assertThat(office.get(firstSupplement).json().path("status").asString()).isEqualTo("REVERSED");
        assertThat(api.ledgerUsed(stays.personId(), 2024)).containsEntry("BASIC_PAID:BASIC", new BigDecimal("7875.00"))
                .containsEntry("MAJOR_ILLNESS_PAID", new BigDecimal("1875.00"))
                .containsEntry("ASSISTANCE_THRESHOLD", new BigDecimal("0.00"))
                .containsEntry("ASSISTANCE_PAID:TOTAL", new BigDecimal("750.00"))
                .containsEntry("TILT_BASE", new BigDecimal("500.00"))
                .containsEntry("TILT_PAID", new BigDecimal("150.00"));

        Response alone = office.reverse(secondSupplement);
        assertThat(alone.status()).as("%s", alone).isEqualTo(200);
        assertThat(office.get(stays.second()).json().path("status").asString()).isEqualTo("SETTLED");
        assertThat(api.ledgerUsed(stays.personId(), 2024))
                .containsEntry("ASSISTANCE_PAID:TOTAL", new BigDecimal("0.00"))
                .containsEntry("TILT_PAID", new BigDecimal("0.00"))
                .containsEntry("MAJOR_ILLNESS_PAID", new BigDecimal("1875.00"));
        api.assertBalancesEqualEntries(stays.personId());
    }

    /** Another region's office does not reach the person (404) nor read the supplements; nothing is written. */
    @Test
    void anotherRegionsOfficeNeitherApprovesNorReads() {
        Stays stays = settledWithoutIdentity();
        SettlementApi zibo = api.as(OfficeClients.officeOf(api, "ZIBO"));
        List<Long> before = api.countsWithIdentities(stays.personId());

        assertProblem(zibo.postIdentity(stays.personId(), approval()), ProblemType.NOT_FOUND);
        assertProblem(zibo.previewIdentity(stays.personId(), approval()), ProblemType.NOT_FOUND);
        assertProblem(zibo.get(stays.first()), ProblemType.NOT_FOUND);
        assertThat(api.countsWithIdentities(stays.personId())).isEqualTo(before);
    }

    private Stays settledWithoutIdentity() {
        String personId = newLanzhouResident();
        String hospital = unique("H62");
        JsonNode old = api.settleCreated(inpatientClaim(hospital, "ZY-0", personId, 3, "2023-05-15", "2023-05-20",
                "10000.00", "0.00", "0.00", "0.00"));
        JsonNode first = api.settleCreated(firstStay(hospital, personId));
        assertThat(money(first, "personalPay")).isEqualByComparingTo("13512.00");
        JsonNode second = api.settleCreated(secondStay(hospital, personId));
        assertThat(money(second, "personalPay")).isEqualByComparingTo("2250.00");
        return new Stays(personId, hospital, old.path("settlementId").asString(),
                first.path("settlementId").asString(), second.path("settlementId").asString());
    }

    private String newLanzhouResident() {
        String personId = unique("lz-retro");
        api.createPerson(personId, "LANZHOU", "RESIDENT", "MALE", "1968-03-02");
        return personId;
    }

    private static ObjectNode firstStay(String hospital, String personId) {
        return inpatientClaim(hospital, "ZY-1", personId, 3, "2024-02-01", "2024-02-10", "30000.00", "2000.00",
                "0.00", "1000.00");
    }

    private static ObjectNode secondStay(String hospital, String personId) {
        return inpatientClaim(hospital, "ZY-2", personId, 2, "2024-04-15", "2024-04-20", "12000.00", "500.00",
                "0.00", "500.00");
    }

    private static ObjectNode approval() {
        return identity("ILLNESS_IMPOVERISHED", null, APPLIED, LocalDate.of(2025, 6, 9), APPLIED);
    }

    private static void assertSupplement(JsonNode supplement, String original, String assistance, String tilt,
                                         String personal) {
        assertThat(supplement.path("supplementOf").asString()).isEqualTo(original);
        assertThat(supplement.path("status").asString()).isEqualTo("SETTLED");
        assertThat(money(supplement, "assistancePay")).isEqualByComparingTo(assistance);
        assertThat(money(supplement, "tiltPay")).isEqualByComparingTo(tilt);
        assertThat(money(supplement, "personalPay")).isEqualByComparingTo(personal);
    }

    /** What a preview and the approval must agree on: per supplement, its original, pays and explanation. */
    private static List<String> comparable(JsonNode answer) {
        List<String> values = new ArrayList<>();
        for (JsonNode s : answer.path("retroactiveSupplements").values()) {
            values.add(s.path("supplementOf").asString() + " " + s.path("assistancePay").decimalValue()
                    + " " + s.path("tiltPay").decimalValue() + " " + s.path("personalPay").decimalValue());
            s.path("explanation").values().forEach(line -> values.add(line.path("rule").asString() + " "
                    + line.path("formula").asString() + " " + line.path("amount")));
        }
        return values;
    }
}
