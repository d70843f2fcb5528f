package org.onestop.settlement.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onestop.settlement.support.ApiFixtures.assertProblem;
import static org.onestop.settlement.support.ApiFixtures.deltasOf;
import static org.onestop.settlement.support.ApiFixtures.inpatientClaim;
import static org.onestop.settlement.support.ApiFixtures.item;
import static org.onestop.settlement.support.ApiFixtures.money;
import static org.onestop.settlement.support.ApiFixtures.section6Claim;
import static org.onestop.settlement.support.ApiFixtures.settlementIds;
import static org.onestop.settlement.support.ApiFixtures.unique;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.onestop.settlement.common.ProblemType;
import org.onestop.settlement.support.IntegrationTest;
import org.onestop.settlement.support.JsonHttpClient;
import org.onestop.settlement.support.JsonHttpClient.Response;
import org.onestop.settlement.support.SettlementApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A settlement's life over HTTP: idempotent retry, conflict on a reused key, preview, reading and listing, reversal,
 * fee-line claims, and an identity ended before the discharge.
 *
 * <p>Most tests use the policies.md §6 claim for a Zibo minimum-living resident (level-3 stay, total 60000.00, fully
 * own-pay 5000.00, pre-self-pay 1000.00), whose first settlement of the year is §6's table: basic 31920.00, major
 * illness 11102.00, assistance 8233.50, tilt 0.00, personal 8744.50, and five ledger deltas (BASIC_PAID:BASIC 31920.00,
 * MAJOR_ILLNESS_BASE 22080.00, MAJOR_ILLNESS_PAID 11102.00, ASSISTANCE_PAID:ASSIST 8233.50, TILT_BASE 2744.50).
 */
@IntegrationTest
class SettlementLifecycleIT {

    private static final List<String> SECTION_6_BUCKETS = List.of("ASSISTANCE_PAID:ASSIST", "BASIC_PAID:BASIC",
            "MAJOR_ILLNESS_BASE", "MAJOR_ILLNESS_PAID", "TILT_BASE");

    @Autowired
    SettlementApi api;

    @Autowired
    JdbcClient jdbc;

    /** A fresh Zibo resident holding MIN_LIVING for all of 2024 and 2025. */
    private String minLivingZiboResident() {
        return api.newMinLivingZiboResident("lc", LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31));
    }

    private static void assertSection6Figures(JsonNode body) {
        assertThat(money(body, "basicPay")).isEqualByComparingTo("31920.00");
        assertThat(money(body, "majorIllnessPay")).isEqualByComparingTo("11102.00");
        assertThat(money(body, "assistancePay")).isEqualByComparingTo("8233.50");
        assertThat(money(body, "tiltPay")).isEqualByComparingTo("0.00");
        assertThat(money(body, "personalPay")).isEqualByComparingTo("8744.50");
        assertThat(deltasOf(body)).containsOnlyKeys(SECTION_6_BUCKETS);
    }

    // ---- idempotency ----------------------------------------------------------------------------------------------

    @Test
    void theSameRequestAgainAnswers200WithTheOriginalSettlementAndWritesNothing() {
        String personId = minLivingZiboResident();
        ObjectNode claim = section6Claim(unique("H"), "ZY-1", personId);
        Response first = api.settle(claim);
        assertThat(first.status()).as("%s", first).isEqualTo(201);
        JsonNode original = first.json();
        assertSection6Figures(original);
        List<Long> countsAfterFirst = api.counts(personId);
        // one settlement, five entries and five balances (the five §6 deltas), one ledger year
        assertThat(countsAfterFirst).containsExactly(1L, 5L, 5L, 1L);

        Response retry = api.settle(claim);

        assertThat(retry.status()).as("%s", retry).isEqualTo(200);
        JsonNode replayed = retry.json();
        assertThat(replayed.path("settlementId").asString()).isEqualTo(original.path("settlementId").asString());
        assertThat(replayed).as("the replayed body").isEqualTo(original);
        assertThat(api.counts(personId)).isEqualTo(countsAfterFirst);

        // The same claim written differently (keys reordered, 60000 for 60000.00, null members left out) is the same.
        ObjectNode reformatted = JsonHttpClient.JSON.createObjectNode();
        List.of("specialDrug", "amounts", "personId", "encounterNo", "hospitalCode", "encounterType",
                "hospitalLevel", "designated", "emergency", "referral", "careLocation", "admissionDate",
                "dischargeDate", "diagnoses").forEach(f -> reformatted.set(f, claim.get(f).deepCopy()));
        ObjectNode amounts = (ObjectNode) reformatted.get("amounts");
        amounts.put("total", new BigDecimal("60000"));
        amounts.put("overLimit", new BigDecimal("0"));
        Response reformattedRetry = api.settle(reformatted);
        assertThat(reformattedRetry.status()).as("%s", reformattedRetry).isEqualTo(200);
        assertThat(reformattedRetry.json().path("settlementId").asString())
                .isEqualTo(original.path("settlementId").asString());
        assertThat(api.counts(personId)).isEqualTo(countsAfterFirst);
    }

    @Test
    void aDifferentRequestUnderTheSameKeyIsA409ThatNamesTheKeyAndWritesNothing() {
        String personId = minLivingZiboResident();
        String hospitalCode = unique("H");
        ObjectNode claim = section6Claim(hospitalCode, "ZY-1", personId);
        String settlementId = api.settleCreated(claim).path("settlementId").asString();
        List<Long> before = api.counts(personId);

        ObjectNode changed = claim.deepCopy();
        ((ObjectNode) changed.get("amounts")).put("total", new BigDecimal("60000.01"));
        Response conflict = api.settle(changed);

        JsonNode problem = assertProblem(conflict, 409);
        assertThat(problem.path("detail").asString()).contains(hospitalCode + "/ZY-1").contains(settlementId)
                .contains("reverse that settlement first");
        assertThat(problem.path("settlementId").asString()).isEqualTo(settlementId);
        assertThat(problem.path("differences").valueStream().map(JsonNode::asString).toList())
                .containsExactly("amounts.total");
        assertThat(api.counts(personId)).isEqualTo(before);

        // a claim for someone else under the same key: a conflict too, and nothing of theirs is written
        String other = minLivingZiboResident();
        ObjectNode otherPersons = claim.deepCopy();
        otherPersons.put("personId", other);
        otherPersons.put("emergency", true);
        JsonNode otherProblem = assertProblem(api.settle(otherPersons), 409);
        assertThat(otherProblem.path("differences").valueStream().map(JsonNode::asString).toList())
                .containsExactly("personId", "emergency");
        assertThat(api.counts(other)).containsExactly(0L, 0L, 0L, 0L);
        assertThat(api.counts(personId)).isEqualTo(before);
    }

    // ---- preview --------------------------------------------------------------------------------------------------

    /**
     * Preview writes nothing and answers what the settlement then answers. Second stay (same claim, new key) against
     * the ledger the first left (BASIC 31920.00, MAJOR_ILLNESS_BASE 22080.00, ASSIST 8233.50, TILT_BASE 2744.50):
     * basic (54000 − 800) × 60% = 31920.00 (BASIC 200000 − 31920 left);
     * major illness, tilted 65% from 5000: base 22080, B0 22080 → B1 44160: 65% × 22080 = 14352.00;
     * assistance 75% × (54000 − 31920 − 14352) = 75% × 7728 = 5796.00 (ASSIST 30000 − 8233.50 = 21766.50 left);
     * re-assistance: burden 7728 − 5796 = 1932.00, R 2744.50 → 4676.50, still below 5000 → 0.00;
     * personal 60000 − 31920 − 14352 − 5796 = 7932.00.
     */
    @Test
    void previewWritesNothingAndEqualsTheSettlementThatFollows() {
        String personId = minLivingZiboResident();
        String hospitalCode = unique("H");
        ObjectNode claim = section6Claim(hospitalCode, "ZY-1", personId);
        assertThat(api.counts(personId)).containsExactly(0L, 0L, 0L, 0L);

        Response previewResponse = api.preview(claim);

        assertThat(previewResponse.status()).as("%s", previewResponse).isEqualTo(200);
        JsonNode preview = previewResponse.json();
        assertThat(preview.path("status").asString()).isEqualTo("PREVIEW");
        assertThat(preview.path("settlementId").isNull()).as("settlementId of a preview").isTrue();
        assertSection6Figures(preview);
        assertThat(api.counts(personId)).as("rows after a preview").containsExactly(0L, 0L, 0L, 0L);
        assertThat(api.rowsOf("assistance_identity", personId)).isEqualTo(1);

        JsonNode settled = api.settleCreated(claim);
        assertSameFigures(settled, preview);

        // the second stay: previewed against the ledger the first left, then settled
        ObjectNode second = section6Claim(hospitalCode, "ZY-2", personId);
        List<Long> before = api.counts(personId);
        JsonNode secondPreview = api.preview(second).json();
        assertThat(api.counts(personId)).isEqualTo(before);
        assertThat(money(secondPreview, "basicPay")).isEqualByComparingTo("31920.00");
        assertThat(money(secondPreview, "majorIllnessPay")).isEqualByComparingTo("14352.00");
        assertThat(money(secondPreview, "assistancePay")).isEqualByComparingTo("5796.00");
        assertThat(money(secondPreview, "tiltPay")).isEqualByComparingTo("0.00");
        assertThat(money(secondPreview, "personalPay")).isEqualByComparingTo("7932.00");
        JsonNode secondSettled = api.settleCreated(second);
        assertSameFigures(secondSettled, secondPreview);
        // TILT_BASE: 2744.50 + 1932.00 = 4676.50
        assertThat(api.ledgerUsed(personId, 2024).get("TILT_BASE")).isEqualByComparingTo("4676.50");
    }

    private static void assertSameFigures(JsonNode settled, JsonNode preview) {
        for (String field : List.of("basicPay", "majorIllnessPay", "assistancePay", "tiltPay", "fundPay",
                "personalPay")) {
            assertThat(money(settled, field)).as(field).isEqualByComparingTo(money(preview, field));
        }
        for (String field : List.of("identity", "scheme", "policyVersion", "amounts", "funds", "explanation",
                "majorDisease", "year", "region", "personId", "hospitalCode", "encounterNo")) {
            assertThat(settled.path(field)).as(field).isEqualTo(preview.path(field));
        }
        assertThat(deltasOf(settled)).isEqualTo(deltasOf(preview));
    }

    // ---- reversal -------------------------------------------------------------------------------------------------

    @Test
    void reversalOffsetsTheLedgerAndRepeatingItChangesNothing() {
        String personId = minLivingZiboResident();
        String hospitalCode = unique("H");
        JsonNode settled = api.settleCreated(section6Claim(hospitalCode, "ZY-1", personId));
        String settlementId = settled.path("settlementId").asString();
        Map<String, BigDecimal> deltas = deltasOf(settled);

        Response reversal = api.reverse(settlementId);

        assertThat(reversal.status()).as("%s", reversal).isEqualTo(200);
        JsonNode reversed = reversal.json();
        assertThat(reversed.path("settlementId").asString()).isEqualTo(settlementId);
        assertThat(reversed.path("status").asString()).isEqualTo("REVERSED");
        assertThat(reversed.path("reversedAt").asString()).isNotBlank();
        assertSection6Figures(reversed); // the answer keeps what was paid; only the status changes

        // every bucket the settlement touched is back to 0.00, in the balance rows and in the ledger view
        Map<String, BigDecimal> balances = api.balances(personId, 2024);
        assertThat(balances).containsOnlyKeys(deltas.keySet());
        balances.forEach((bucket, used) -> assertThat(used).as(bucket).isEqualByComparingTo("0"));
        api.ledgerUsed(personId, 2024).forEach((bucket, used) ->
                assertThat(used).as("ledger view %s", bucket).isEqualByComparingTo("0"));
        api.assertBalancesEqualEntries(personId);
        // one offsetting REVERSAL entry per delta, of the opposite amount
        assertThat(api.countEntries(personId, "SETTLEMENT")).isEqualTo(5);
        assertThat(api.countEntries(personId, "REVERSAL")).isEqualTo(5);
        deltas.forEach((bucket, delta) -> assertThat(jdbc.sql("""
                SELECT amount FROM ledger_entry WHERE person_id = ? AND kind = 'REVERSAL' AND bucket = ?
                  AND settlement_id = ?::uuid""").params(personId, bucket, settlementId)
                .query(BigDecimal.class).single()).as("REVERSAL entry of %s", bucket)
                .isEqualByComparingTo(delta.negate()));

        Response again = api.reverse(settlementId);

        assertThat(again.status()).as("%s", again).isEqualTo(200);
        JsonNode againBody = again.json();
        assertThat(againBody.path("status").asString()).isEqualTo("REVERSED");
        assertThat(againBody.path("reversedAt").asString()).isNotBlank(); // exact equality: reversedAtNeverChanges
        assertThat(api.countEntries(personId, "REVERSAL")).as("REVERSAL entries after a second reversal")
                .isEqualTo(5);
        assertThat(api.counts(personId)).containsExactly(1L, 10L, 5L, 1L);

        JsonNode read = api.get(settlementId).json();
        assertThat(read.path("status").asString()).isEqualTo("REVERSED");

        // the ledger really is back at zero: the same stay under a new key gets §6's first-of-year figures again
        assertSection6Figures(api.settleCreated(section6Claim(hospitalCode, "ZY-2", personId)));
    }

    /**
     * After 冲正 the HIS re-settles the corrected claim under the same encounter number: a reversed settlement frees
     * its key. Corrected claim: pre-self-pay 2000.00 instead of 1000.00, on a ledger back at zero.
     * scope = 60000.00 − 5000.00 − 0.00 − 2000.00 = 53000.00; basic (53000.00 − 800.00) × 60% = 31320.00;
     * major illness (tilted, B0 0.00): base 53000.00 − 31320.00 = 21680.00, 65% × (21680.00 − 5000.00) = 10842.00;
     * assistance 75% × (53000.00 − 31320.00 − 10842.00 = 10838.00) = 8128.50;
     * tilt: R 0.00 → 2709.50, below 5000 → 0.00; personal 60000.00 − 31320.00 − 10842.00 − 8128.50 = 9709.50.
     */
    @Test
    void aReversedEncounterIsSettledAgainUnderItsKey() {
        String personId = minLivingZiboResident();
        String hospitalCode = unique("H");
        ObjectNode original = section6Claim(hospitalCode, "ZY-1", personId);
        String firstId = api.settleCreated(original).path("settlementId").asString();
        assertThat(api.reverse(firstId).status()).isEqualTo(200);

        ObjectNode corrected = section6Claim(hospitalCode, "ZY-1", personId);
        ((ObjectNode) corrected.get("amounts")).put("preSelfPay", new BigDecimal("2000.00"));
        JsonNode again = api.settleCreated(corrected);
        String secondId = again.path("settlementId").asString();
        assertThat(secondId).isNotEqualTo(firstId);
        assertThat(money(again, "basicPay")).isEqualByComparingTo("31320.00");
        assertThat(money(again, "majorIllnessPay")).isEqualByComparingTo("10842.00");
        assertThat(money(again, "assistancePay")).isEqualByComparingTo("8128.50");
        assertThat(money(again, "tiltPay")).isEqualByComparingTo("0.00");
        assertThat(money(again, "personalPay")).isEqualByComparingTo("9709.50");

        // the key now belongs to the new settlement: its retry is a replay, the old body a conflict
        Response retry = api.settle(corrected);
        assertThat(retry.status()).as("%s", retry).isEqualTo(200);
        assertThat(retry.json().path("settlementId").asString()).isEqualTo(secondId);
        assertThat(api.settle(original).status()).isEqualTo(409);
        // 2 settlements; 5 SETTLEMENT + 5 REVERSAL + 5 SETTLEMENT entries; 5 balances; 1 ledger year
        assertThat(api.counts(personId)).containsExactly(2L, 15L, 5L, 1L);
        assertThat(api.ledgerUsed(personId, 2024)).containsEntry("BASIC_PAID:BASIC", new BigDecimal("31320.00"));
        api.assertBalancesEqualEntries(personId);
    }

    /**
     * The reversal time is one instant: the reversal's answer, a repeated reversal and a later read all say the same.
     */
    @Test
    void reversedAtNeverChanges() {
        String personId = minLivingZiboResident();
        JsonNode settled = api.settleCreated(section6Claim(unique("H"), "ZY-1", personId));
        String settlementId = settled.path("settlementId").asString();

        String first = api.reverse(settlementId).json().path("reversedAt").asString();
        String again = api.reverse(settlementId).json().path("reversedAt").asString();
        String read = api.get(settlementId).json().path("reversedAt").asString();

        assertThat(first).isNotBlank();
        assertThat(again).as("reversedAt of the repeated reversal").isEqualTo(first);
        assertThat(read).as("reversedAt of a later GET").isEqualTo(first);
    }

    @Test
    void openingBalancesOnlyForAYearWithoutEntries() {
        String personId = minLivingZiboResident();
        // BASIC_PAID:BASIC 12000.00 carried over from another system
        Response opened = api.openLedger(personId, 2024, Map.of("BASIC_PAID:BASIC", new BigDecimal("12000.00")));
        assertThat(opened.status()).as("%s", opened).isEqualTo(201);
        assertThat(api.countEntries(personId, "OPENING")).isEqualTo(1);
        assertThat(api.ledgerUsed(personId, 2024).get("BASIC_PAID:BASIC")).isEqualByComparingTo("12000.00");

        Response again = api.openLedger(personId, 2024, Map.of("BASIC_PAID:BASIC", new BigDecimal("1.00")));

        assertProblem(again, 409);
        assertThat(api.countEntries(personId, "OPENING")).isEqualTo(1);
        assertThat(api.ledgerUsed(personId, 2024).get("BASIC_PAID:BASIC")).isEqualByComparingTo("12000.00");
        // the first stay then sees 12000.00 used: basic (54000 − 800) × 60% = 31920.00, BASIC 200000 − 12000 left
        assertThat(money(api.settleCreated(section6Claim(unique("H"), "ZY-1", personId)), "basicPay"))
                .isEqualByComparingTo("31920.00");
        assertThat(api.ledgerUsed(personId, 2024).get("BASIC_PAID:BASIC")).isEqualByComparingTo("43920.00");
    }

    @Test
    void reversalOfAnUnknownSettlementIs404() {
        assertProblem(api.reverse(UUID.randomUUID().toString()), ProblemType.NOT_FOUND);
        assertProblem(api.get(UUID.randomUUID().toString()), ProblemType.NOT_FOUND);
    }

    // ---- reading --------------------------------------------------------------------------------------------------

    @Test
    void readByIdAndListByPersonAndYear() {
        String personId = minLivingZiboResident();
        String hospitalCode = unique("H");
        JsonNode march = api.settleCreated(section6Claim(hospitalCode, "ZY-1", personId));
        ObjectNode juneClaim = section6Claim(hospitalCode, "ZY-2", personId);
        juneClaim.put("admissionDate", "2024-06-01");
        juneClaim.put("dischargeDate", "2024-06-05");
        JsonNode june = api.settleCreated(juneClaim);
        ObjectNode nextYearClaim = section6Claim(hospitalCode, "ZY-3", personId);
        nextYearClaim.put("admissionDate", "2025-02-01");
        nextYearClaim.put("dischargeDate", "2025-02-03");
        JsonNode nextYear = api.settleCreated(nextYearClaim);
        assertThat(nextYear.path("year").asInt()).isEqualTo(2025);
        // first stay of 2025: a new ledger year, so §6's figures again
        assertSection6Figures(nextYear);

        Response byId = api.get(march.path("settlementId").asString());
        assertThat(byId.status()).as("%s", byId).isEqualTo(200);
        assertThat(byId.json()).isEqualTo(march);

        assertThat(listed(personId, "?year=2024")).containsExactly(march.path("settlementId").asString(),
                june.path("settlementId").asString());
        assertThat(listed(personId, "?year=2025")).containsExactly(nextYear.path("settlementId").asString());
        assertThat(listed(personId, "")).containsExactly(march.path("settlementId").asString(),
                june.path("settlementId").asString(), nextYear.path("settlementId").asString());
        assertThat(listed(personId, "?year=2023")).isEmpty();
    }

    private List<String> listed(String personId, String query) {
        Response response = api.http().get("/api/v1/persons/" + personId + "/settlements" + query);
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        return settlementIds(response.json());
    }

    // ---- fee lines ------------------------------------------------------------------------------------------------

    /**
     * A claim given as fee lines (policies.md §1), for a Zibo resident with no identity, level-1 stay:
     * <ul>
     *   <li>class A: 12.50 × 24 = 300.00, wholly in scope;
     *   <li>class B, selfPayRatio 0.1, unit price 250.00 above its limit 200.00, × 4 = 1000.00: over-limit
     *       (250.00 − 200.00) × 4 = 200.00 first; pre-self-pay (1000.00 − 200.00) × 0.1 = 80.00; in scope 720.00;
     *   <li>class C: 50.00 × 2 = 100.00, fully own-pay.
     * </ul>
     * total = 300 + 1000 + 100 = 1400.00; fullyOwnPay 100.00; overLimit 200.00; preSelfPay 80.00;
     * policy scope = 1400 − 100 − 200 − 80 = 1020.00 (= 300 + 720).
     * basic (RESIDENT INPATIENT level 1: deductible 200, 85%): (1020.00 − 200.00) × 85% = 697.00;
     * major illness: base 1020 − 697 = 323.00, below the deductible 10000 → 0.00; no identity → no assistance;
     * personal = 1400.00 − 697.00 = 703.00.
     */
    @Test
    void feeLinesAreSplitIntoTheFourAmounts() {
        String personId = unique("lc");
        api.createPerson(personId, "ZIBO", "RESIDENT", "MALE", "1970-01-01");
        ObjectNode claim = inpatientClaim(unique("H"), "ZY-1", personId, 1, "2024-04-01", "2024-04-03",
                "0", "0", "0", "0");
        claim.remove("amounts");
        var items = claim.putArray("items");
        items.add(item("A1", "A", null, "12.50", null, "24", "300.00"));
        items.add(item("B1", "B", "0.1", "250.00", "200.00", "4", "1000.00"));
        items.add(item("C1", "C", null, "50.00", null, "2", "100.00"));

        JsonNode body = api.settleCreated(claim);

        JsonNode amounts = body.path("amounts");
        assertThat(money(amounts, "total")).isEqualByComparingTo("1400.00");
        assertThat(money(amounts, "fullyOwnPay")).isEqualByComparingTo("100.00");
        assertThat(money(amounts, "overLimit")).isEqualByComparingTo("200.00");
        assertThat(money(amounts, "preSelfPay")).isEqualByComparingTo("80.00");
        assertThat(money(amounts, "policyScope")).isEqualByComparingTo("1020.00");
        assertThat(money(body, "basicPay")).isEqualByComparingTo("697.00");
        assertThat(money(body, "majorIllnessPay")).isEqualByComparingTo("0.00");
        assertThat(money(body, "assistancePay")).isEqualByComparingTo("0.00");
        assertThat(money(body, "personalPay")).isEqualByComparingTo("703.00");
        assertThat(body.path("identity").isNull()).isTrue();
        // BASIC_PAID:BASIC 697.00 and MAJOR_ILLNESS_BASE 323.00 are the only deltas
        assertThat(deltasOf(body)).isEqualTo(Map.of("BASIC_PAID:BASIC", new BigDecimal("697.00"),
                "MAJOR_ILLNESS_BASE", new BigDecimal("323.00")));
    }

    // ---- identities -----------------------------------------------------------------------------------------------

    /**
     * An identity ended today is valid up to yesterday (inclusive) and kept in history. Small level-1 stay, Zibo
     * resident: total 1000.00, all in scope; basic (1000 − 200) × 85% = 680.00; major illness: base 320 is below even
     * the tilted deductible 5000 → 0.00.
     * Discharged yesterday (identity valid): assistance 75% × (1000 − 680 − 0) = 240.00; burden 80.00 below 5000 → no
     * re-assistance; personal 1000 − 680 − 240 = 80.00.
     * Discharged today (identity ended): no identity, no assistance; personal 1000 − 680 = 320.00.
     */
    @Test
    void anEndedIdentityIsNotUsedAfterItsEndAndStaysInHistory() {
        LocalDate today = LocalDate.now();
        LocalDate yesterday = today.minusDays(1);
        String personId = api.newZiboResident("lc");
        String identityId = api.addIdentity(personId, "MIN_LIVING", null, today.minusDays(30), null, null);

        Response ended = api.http().delete(SettlementApi.identitiesPath(personId) + "/" + identityId);

        assertThat(ended.status()).as("%s", ended).isEqualTo(200);
        assertThat(ended.json().path("validTo").asString()).isEqualTo(yesterday.toString());
        assertThat(ended.json().path("endedAt").asString()).isNotBlank();

        Response person = api.http().get("/api/v1/persons/" + personId);
        assertThat(person.status()).isEqualTo(200);
        JsonNode identities = person.json().path("identities");
        assertThat(identities.size()).isEqualTo(1);
        assertThat(identities.get(0).path("identityId").asString()).isEqualTo(identityId);
        assertThat(identities.get(0).path("validTo").asString()).isEqualTo(yesterday.toString());
        assertThat(identities.get(0).path("endedAt").asString()).isNotBlank();

        String hospitalCode = unique("H");
        JsonNode beforeEnd = api.settleCreated(inpatientClaim(hospitalCode, "ZY-1", personId, 1,
                yesterday.minusDays(2).toString(), yesterday.toString(), "1000.00", "0", "0", "0"));
        assertThat(beforeEnd.path("identity").path("category").asString()).isEqualTo("MIN_LIVING");
        assertThat(money(beforeEnd, "basicPay")).isEqualByComparingTo("680.00");
        assertThat(money(beforeEnd, "assistancePay")).isEqualByComparingTo("240.00");
        assertThat(money(beforeEnd, "personalPay")).isEqualByComparingTo("80.00");

        JsonNode afterEnd = api.settleCreated(inpatientClaim(hospitalCode, "ZY-2", personId, 1,
                yesterday.minusDays(2).toString(), today.toString(), "1000.00", "0", "0", "0"));
        assertThat(afterEnd.path("identity").isNull()).as("identity of %s", afterEnd).isTrue();
        assertThat(money(afterEnd, "basicPay")).isEqualByComparingTo("680.00");
        assertThat(money(afterEnd, "majorIllnessPay")).isEqualByComparingTo("0.00");
        assertThat(money(afterEnd, "assistancePay")).isEqualByComparingTo("0.00");
        assertThat(money(afterEnd, "tiltPay")).isEqualByComparingTo("0.00");
        assertThat(money(afterEnd, "personalPay")).isEqualByComparingTo("320.00");
    }
}
