package org.onestop.settlement.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onestop.settlement.support.ApiFixtures.deltasOf;
import static org.onestop.settlement.support.ApiFixtures.explanation;
import static org.onestop.settlement.support.ApiFixtures.money;
import static org.onestop.settlement.support.ApiFixtures.section6Claim;
import static org.onestop.settlement.support.ApiFixtures.unique;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.onestop.settlement.calculation.GoldenCases;
import org.onestop.settlement.calculation.GoldenCases.GoldenCase;
import org.onestop.settlement.calculation.GoldenCases.Step;
import org.onestop.settlement.calculation.Identity;
import org.onestop.settlement.common.Money;
import org.onestop.settlement.support.IntegrationTest;
import org.onestop.settlement.support.JsonHttpClient;
import org.onestop.settlement.support.JsonHttpClient.Response;
import org.onestop.settlement.support.SettlementApi;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Replays every hand-worked golden case (src/test/resources/cases/*.yaml; each case's description holds the working)
 * through the HTTP API against the real database: a fresh person per case, its identities and opening ledger, then
 * each encounter in order; the stage payments, identity and exact ledger deltas of every answer, the ledger view
 * after the case, and the balance rows against the sum of the entries.
 */
@IntegrationTest
class SettlementGoldenCasesIT {

    @Autowired
    SettlementApi api;

    @TestFactory
    Stream<DynamicTest> everyGoldenCaseThroughTheApi() {
        var cases = GoldenCases.all();
        assertThat(cases).as("golden cases of %s", GoldenCases.FILES).hasSizeGreaterThanOrEqualTo(60);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> replay(c)));
    }

    private void replay(GoldenCase c) {
        String personId = unique("gc");
        api.createPerson(personId, c.region().name(), c.patient().insuranceType().name(), c.patient().sex().name(),
                c.patient().birthDate().toString());
        for (Identity identity : c.identities()) {
            api.addIdentity(personId, identity.category().name(), identity.subclass(), identity.validFrom(),
                    identity.validTo(), identity.applicationDate());
        }
        // expected "used" per year and bucket: prior + every expected delta
        Map<Integer, Map<String, BigDecimal>> expectedUsed = new TreeMap<>();
        c.priorLedger().forEach((year, buckets) -> {
            Map<String, BigDecimal> opening = new LinkedHashMap<>();
            buckets.forEach((bucket, amount) -> opening.put(bucket, amount.amount()));
            Response response = api.openLedger(personId, year, opening);
            assertThat(response.status()).as("opening ledger %s of %s: %s", year, c, response).isEqualTo(201);
            Map<String, BigDecimal> used = expectedUsed.computeIfAbsent(year, y -> new TreeMap<>());
            opening.forEach((bucket, amount) -> used.merge(bucket, amount, BigDecimal::add));
        });

        String hospitalCode = unique("H");
        int n = 0;
        for (Step step : c.steps()) {
            n++;
            ObjectNode claim = claimOf(step.encounterJson(), hospitalCode, "E" + n, personId);
            Response response = api.settle(claim);
            String where = c + " / encounter " + n;
            assertThat(response.status()).as("status of %s: %s", where, response).isEqualTo(201);
            JsonNode body = response.json();
            String explained = where + "\n" + explanation(body);
            GoldenCases.Expected x = step.expected();
            assertThat(money(body, "basicPay")).as("basicPay of " + explained)
                    .isEqualByComparingTo(x.basicPay().amount());
            assertThat(money(body, "majorIllnessPay")).as("majorIllnessPay of " + explained)
                    .isEqualByComparingTo(x.majorIllnessPay().amount());
            assertThat(money(body, "assistancePay")).as("assistancePay of " + explained)
                    .isEqualByComparingTo(x.assistancePay().amount());
            assertThat(money(body, "tiltPay")).as("tiltPay of " + explained)
                    .isEqualByComparingTo(x.tiltPay().amount());
            assertThat(money(body, "personalPay")).as("personalPay of " + explained)
                    .isEqualByComparingTo(x.personalPay().amount());
            JsonNode identity = body.path("identity");
            String category = identity.isNull() || identity.isMissingNode() ? null
                    : identity.path("category").asString();
            assertThat(category).as("identity of " + explained)
                    .isEqualTo(x.identity() == null ? null : x.identity().name());
            assertThat(deltasOf(body)).as("ledgerDeltas of " + explained).isEqualTo(plain(x.deltas()));

            Map<String, BigDecimal> used = expectedUsed.computeIfAbsent(step.encounter().ledgerYear(),
                    y -> new TreeMap<>());
            x.deltas().forEach((bucket, amount) -> used.merge(bucket, amount.amount(), BigDecimal::add));
        }

        for (var year : expectedUsed.entrySet()) {
            Map<String, BigDecimal> actual = api.ledgerUsed(personId, year.getKey());
            Map<String, BigDecimal> expected = year.getValue();
            var buckets = new TreeSet<>(actual.keySet());
            buckets.addAll(expected.keySet());
            for (String bucket : buckets) {
                assertThat(actual.getOrDefault(bucket, BigDecimal.ZERO))
                        .as("ledger %s %s after %s (prior + expected deltas)", year.getKey(), bucket, c)
                        .isEqualByComparingTo(expected.getOrDefault(bucket, BigDecimal.ZERO));
            }
        }
        api.assertBalancesEqualEntries(personId);
    }

    /**
     * policies.md §6 (Zibo): a minimum-living resident's first stay of the year at a level-3 hospital. Every figure is
     * §6's table:
     * scope = 60000.00 − 5000.00 − 0.00 − 1000.00 = 54000.00;
     * basic (54000.00 − 800.00) × 60% = 31920.00;
     * major illness, tilted (deductible 10000 × 0.5 = 5000, 60% + 5 points = 65%, no cap): base 54000 − 31920 = 22080,
     * 65% × (22080 − 5000) = 11102.00;
     * assistance 75% × (54000 − 31920 − 11102) = 75% × 10978 = 8233.50;
     * re-assistance: the year's burden 10978 − 8233.50 = 2744.50 is below 5000 → 0.00;
     * personal 60000 − 31920 − 11102 − 8233.50 − 0 = 8744.50.
     * Ledger after: BASIC_PAID:BASIC 31920.00, MAJOR_ILLNESS_BASE 22080.00, MAJOR_ILLNESS_PAID 11102.00,
     * ASSISTANCE_PAID:ASSIST 8233.50, TILT_BASE 2744.50.
     */
    @Test
    void workedExampleOfPolicySection6() {
        String personId = api.newMinLivingZiboResident("s6", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));

        JsonNode body = api.settleCreated(section6Claim(unique("H"), "ZY-1", personId));

        assertThat(body.path("region").asString()).isEqualTo("ZIBO");
        assertThat(body.path("year").asInt()).isEqualTo(2024);
        assertThat(body.path("policyVersion").asString()).isEqualTo("ZIBO-2023-01-01");
        assertThat(body.path("identity").path("category").asString()).isEqualTo("MIN_LIVING");
        assertThat(money(body.path("amounts"), "total")).isEqualByComparingTo("60000.00");
        assertThat(money(body.path("amounts"), "policyScope")).isEqualByComparingTo("54000.00");
        assertThat(money(body, "basicPay")).isEqualByComparingTo("31920.00");
        assertThat(money(body, "majorIllnessPay")).isEqualByComparingTo("11102.00");
        assertThat(money(body, "assistancePay")).isEqualByComparingTo("8233.50");
        assertThat(money(body, "tiltPay")).isEqualByComparingTo("0.00");
        assertThat(money(body, "personalPay")).isEqualByComparingTo("8744.50");
        // fundPay = 31920.00 + 11102.00 + 8233.50 + 0.00 = 51255.50
        assertThat(money(body, "fundPay")).isEqualByComparingTo("51255.50");

        Map<String, BigDecimal> expectedLedger = new TreeMap<>(Map.of(
                "BASIC_PAID:BASIC", new BigDecimal("31920.00"),
                "MAJOR_ILLNESS_BASE", new BigDecimal("22080.00"),
                "MAJOR_ILLNESS_PAID", new BigDecimal("11102.00"),
                "ASSISTANCE_PAID:ASSIST", new BigDecimal("8233.50"),
                "TILT_BASE", new BigDecimal("2744.50")));
        assertThat(deltasOf(body)).isEqualTo(expectedLedger);
        Map<String, BigDecimal> ledger = api.ledgerUsed(personId, 2024);
        expectedLedger.forEach((bucket, used) ->
                assertThat(ledger.get(bucket)).as("ledger %s", bucket).isEqualByComparingTo(used));
        ledger.forEach((bucket, used) -> {
            if (!expectedLedger.containsKey(bucket)) {
                assertThat(used).as("untouched bucket %s", bucket).isEqualByComparingTo("0");
            }
        });
        assertThat(api.balances(personId, 2024)).as("ledger_balance rows").isEqualTo(expectedLedger);
        api.assertBalancesEqualEntries(personId);

        JsonNode lines = body.path("explanation");
        assertThat(lines.isArray() && !lines.isEmpty()).as("explanation of %s", body).isTrue();
        Map<String, JsonNode> byRule = new HashMap<>();
        for (JsonNode line : lines.values()) {
            for (String member : new String[] {"stage", "stageName", "rule", "title", "citation", "formula"}) {
                assertThat(line.path(member).asString()).as("%s of explanation line %s", member, line).isNotBlank();
            }
            assertThat(line.path("citation").asString()).as("citation of %s", line).doesNotContain("policies.md");
            byRule.put(line.path("rule").asString(), line);
        }
        JsonNode basicLine = byRule.get("basic.inpatient.level3");
        assertThat(basicLine).as("the basic line in %s", lines).isNotNull();
        assertThat(basicLine.path("stageName").asString()).isEqualTo("基本医保");
        assertThat(basicLine.path("formula").asString())
                .contains("（政策范围内费用 54000.00 − 起付线 800.00）× 报销比例 60% = 31920.00");
        assertThat(basicLine.path("tags").values()).extracting(JsonNode::asString).containsExactly("示例参数");
        assertThat(money(basicLine, "amount")).isEqualByComparingTo("31920.00");
        // The identity line only informs: its amount is JSON null, not 0.00.
        JsonNode identityLine = byRule.get("assistance.identity");
        assertThat(identityLine.has("amount") && identityLine.get("amount").isNull()).as("%s", identityLine).isTrue();
        // 004 四(六): the assistance line cites Zibo's own document with its clause.
        assertThat(byRule.get("assistance.assistance").path("citation").asString())
                .startsWith("淄政办发〔2022〕11号 四(六)：「");
        // Summary: funds 31,920 + 11,102 + 8,233.50 + 0 = 51,255.50; personal 5,000 + 0 + 1,000 + (54,000 − 51,255.50
        // = 2,744.50) = 8,744.50.
        JsonNode summary = byRule.get("summary");
        assertThat(summary.path("stage").asString()).isEqualTo("SUMMARY");
        assertThat(summary.path("formula").asString()).contains("= 51255.50")
                .contains("政策范围内自付 2744.50 = 8744.50");
        assertThat(money(summary, "amount")).isEqualByComparingTo("8744.50");
    }

    /** The request of a golden encounter: {@code type} → {@code encounterType}, the rest copied, key fields added. */
    private static ObjectNode claimOf(JsonNode encounter, String hospitalCode, String encounterNo, String personId) {
        ObjectNode claim = JsonHttpClient.JSON.createObjectNode();
        claim.put("hospitalCode", hospitalCode);
        claim.put("encounterNo", encounterNo);
        claim.put("personId", personId);
        for (var field : encounter.properties()) {
            claim.set(field.getKey().equals("type") ? "encounterType" : field.getKey(), field.getValue().deepCopy());
        }
        return claim;
    }

    private static Map<String, BigDecimal> plain(Map<String, Money> deltas) {
        Map<String, BigDecimal> plain = new TreeMap<>();
        deltas.forEach((bucket, amount) -> plain.put(bucket, amount.amount().setScale(2)));
        return plain;
    }
}
