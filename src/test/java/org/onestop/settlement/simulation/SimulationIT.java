package org.onestop.settlement.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onestop.settlement.support.ApiFixtures.inpatientClaim;
import static org.onestop.settlement.support.ApiFixtures.money;
import static org.onestop.settlement.support.ApiFixtures.unique;
import static org.onestop.settlement.support.Simulations.above;
import static org.onestop.settlement.support.Simulations.alertLine;
import static org.onestop.settlement.support.Simulations.fund;
import static org.onestop.settlement.support.Simulations.request;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onestop.settlement.support.IntegrationTest;
import org.onestop.settlement.support.OfficeClients;
import org.onestop.settlement.support.SettlementApi;
import org.onestop.settlement.support.Simulations;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * What-if simulations over settlements made through the API, each test in a month of 2023 no other test settles in
 * (a simulation takes every settlement of its region and window). Every stay is level 3 at a designated local
 * hospital, diagnosis K35.8 (no major disease). Zibo 低保 (004 四(六), tilted major illness 三(四)): major-illness
 * deductible 10000 × 50% = 5000 at 65%; assistance 75% without threshold, cap 30000; re-assistance 70% above 5000.
 *
 * <p>The Zibo stays, hand-worked:
 * <ul>
 * <li>S6 (policies.md §6): total 60000, own-pay 5000, pre-self-pay 1000, scope 54000. Basic (54000 − 800) × 60% =
 * 31920.00; major base 22080, (22080 − 5000) × 65% = 11102.00; assistance base 54000 − 31920 − 11102 = 10978,
 * × 75% = 8233.50 (× 80% = 8782.40); burden 2744.50 (2195.60) stays under 5000: no re-assistance. Personal
 * 8744.50 (8195.60).</li>
 * <li>L1, the first 100000 stay of a year (scope 100000): basic 59520.00; major base 40480, (40480 − 5000) × 65% =
 * 23062.00; assistance base 17418 × 75% = 13063.50 (× 80% = 13934.40); burden 4354.50 (3483.60) under 5000: tilt
 * 0. Personal 4354.50 (3483.60).</li>
 * <li>L2, the second such stay: basic 59520.00; major base 40480 → 80960, 40480 × 65% = 26312.00; assistance base
 * 14168 × 75% = 10626.00 (× 80% = 11334.40, pool 30000 − 13934.40 left); burden 3542.00 (2833.60), accumulated
 * 7896.50 (6317.20): tilt 70% × 2896.50 = 2027.55 (70% × 1317.20 = 922.04). Personal 1514.45 (1911.56).</li>
 * <li>N, a person without identity: total 3000, scope 3000: basic (3000 − 800) × 60% = 1320.00, personal 1680.00.</li>
 * </ul>
 */
@IntegrationTest
class SimulationIT {

    private static final String ZIBO_RATE = "assistance.schemes[0].programs[0].rate";

    @Autowired
    SettlementApi api;

    private String person(String region, String category, LocalDate applicationDate) {
        String personId = unique("sim");
        api.createPerson(personId, region, "RESIDENT", "FEMALE", "1960-05-01");
        if (category != null) {
            api.addIdentity(personId, category, null, LocalDate.of(2023, 1, 1), null, applicationDate);
        }
        return personId;
    }

    private JsonNode stay(String personId, String admission, String discharge, String total, String ownPay,
                          String preSelfPay) {
        return api.settleCreated(inpatientClaim(unique("H"), unique("ZY"), personId, 3, admission, discharge, total,
                ownPay, "0.00", preSelfPay));
    }

    @Test
    void aChangeThatChangesNothingReproducesEveryStoredSettlementToTheCent() {
        String s6 = person("ZIBO", "MIN_LIVING", null);
        String large = person("ZIBO", "MIN_LIVING", null);
        String none = person("ZIBO", null, null);
        String reversed = person("ZIBO", null, null);
        List<JsonNode> stored = List.of(
                stay(s6, "2023-03-01", "2023-03-10", "60000.00", "5000.00", "1000.00"),
                stay(none, "2023-03-12", "2023-03-15", "3000.00", "0.00", "0.00"));
        // L1 before the window: replayed for the ledger, not counted; L2 in it
        stay(large, "2023-02-10", "2023-02-20", "100000.00", "0.00", "0.00");
        JsonNode l2 = stay(large, "2023-03-12", "2023-03-20", "100000.00", "0.00", "0.00");
        String gone = stay(reversed, "2023-03-16", "2023-03-18", "3000.00", "0.00", "0.00").path("settlementId")
                .asString();
        assertThat(api.reverse(gone).status()).isEqualTo(200);
        assertThat(money(l2, "tiltPay")).as("L2 as hand-worked").isEqualByComparingTo("2027.55");

        // the rate as it is (75%): a change that changes nothing
        JsonNode result = Simulations.run(api, request("ZIBO", "2023-03-01", "2023-03-31", ZIBO_RATE,
                new BigDecimal("0.75")));

        JsonNode coverage = result.path("settlements");
        assertThat(coverage.path("inWindow").asLong()).isEqualTo(3);
        assertThat(coverage.path("simulated").asLong()).isEqualTo(3);
        assertThat(coverage.path("reversedLeftOut").asLong()).isEqualTo(1);
        assertThat(coverage.path("notSimulated").isEmpty()).isTrue();
        JsonNode baseline = result.path("totals").path("baseline");
        // S6 + L2 + N: basic 31920.00 + 59520.00 + 1320.00; major 11102.00 + 26312.00; assistance 8233.50 + 10626.00;
        // tilt 2027.55; personal 8744.50 + 1514.45 + 1680.00
        assertThat(money(baseline, "basic")).isEqualByComparingTo("92760.00");
        assertThat(money(baseline, "majorIllness")).isEqualByComparingTo("37414.00");
        assertThat(money(baseline, "assistance")).isEqualByComparingTo("18859.50");
        assertThat(money(baseline, "tilt")).isEqualByComparingTo("2027.55");
        assertThat(money(baseline, "personal")).isEqualByComparingTo("11938.95");
        // ... which are the stored answers' sums, to the cent
        for (String field : List.of("basicPay", "majorIllnessPay", "assistancePay", "tiltPay", "personalPay")) {
            BigDecimal sum = money(stored.get(0), field).add(money(stored.get(1), field)).add(money(l2, field));
            String total = field.equals("majorIllnessPay") ? "majorIllness" : field.replace("Pay", "");
            assertThat(money(baseline, total)).as(field).isEqualByComparingTo(sum);
        }
        assertThat(result.path("totals").path("patched")).isEqualTo(baseline);
        for (String field : List.of("basic", "majorIllness", "assistance", "tilt", "fund", "personal")) {
            assertThat(money(result.path("totals").path("difference"), field)).as(field).isZero();
        }
        result.path("funds").values().forEach(line -> assertThat(money(line, "difference")).isZero());
        assertThat(result.path("persons").path("simulated").asLong()).isEqualTo(3);
        assertThat(result.path("persons").path("affected").asLong()).isZero();
        assertThat(result.path("largestChanges").isEmpty()).isTrue();
        JsonNode check = result.path("baselineCheck");
        assertThat(check.path("compared").asLong()).isEqualTo(3);
        assertThat(check.path("reproduced").asLong()).isEqualTo(3);
        assertThat(check.path("notReproducedCount").asLong()).isZero();
        assertThat(result.path("policyVersions").get(0).asString()).isEqualTo("ZIBO-2023-01-01");
    }

    @Test
    void raisingZibosMinimumLivingRateRaisesTheAssistanceFundByTheHandWorkedAmountAndNothingElse() {
        String s6 = person("ZIBO", "MIN_LIVING", null);
        String large = person("ZIBO", "MIN_LIVING", null);
        String none = person("ZIBO", null, null);
        stay(s6, "2023-04-01", "2023-04-10", "60000.00", "5000.00", "1000.00");
        stay(large, "2023-04-01", "2023-04-05", "100000.00", "0.00", "0.00");
        stay(large, "2023-04-12", "2023-04-20", "100000.00", "0.00", "0.00");
        stay(none, "2023-04-12", "2023-04-15", "3000.00", "0.00", "0.00");

        SettlementApi office = api.as(OfficeClients.officeOf(api, "ZIBO"));
        String id = Simulations.start(office, request("ZIBO", "2023-04-01", "2023-04-30", ZIBO_RATE,
                new BigDecimal("0.80")));
        JsonNode result = Simulations.awaitDone(office, id).path("result");

        // assistance: S6 +548.90 (8782.40 − 8233.50), L1 +870.90 (13934.40 − 13063.50), L2 +708.40 (11334.40 −
        // 10626.00) = +2128.20; re-assistance of L2 922.04 − 2027.55 = −1105.51: the assistance fund 610100 +1022.69
        JsonNode assistance = fund(result, "ASSISTANCE", "610100");
        assertThat(money(assistance, "baseline")).isEqualByComparingTo("31923.00"); // 8233.50 + 13063.50 + 10626.00
        assertThat(money(assistance, "patched")).isEqualByComparingTo("34051.20"); // 8782.40 + 13934.40 + 11334.40
        assertThat(money(assistance, "difference")).isEqualByComparingTo("2128.20");
        assertThat(money(fund(result, "TILT", "610100"), "difference")).isEqualByComparingTo("-1105.51");
        JsonNode difference = result.path("totals").path("difference");
        assertThat(money(difference, "assistance").add(money(difference, "tilt"))).isEqualByComparingTo("1022.69");
        assertThat(money(difference, "personal")).isEqualByComparingTo("-1022.69");
        // basic and major illness unchanged: 31920.00 + 2 × 59520.00 + 1320.00 and 11102.00 + 23062.00 + 26312.00
        assertThat(money(fund(result, "BASIC", "390100"), "patched")).isEqualByComparingTo("152280.00");
        assertThat(money(fund(result, "BASIC", "390100"), "difference")).isZero();
        assertThat(money(fund(result, "MAJOR_ILLNESS", "390200"), "patched")).isEqualByComparingTo("60476.00");
        assertThat(money(fund(result, "MAJOR_ILLNESS", "390200"), "difference")).isZero();

        JsonNode minLiving = result.path("identityCategories").valueStream()
                .filter(c -> c.path("category").asString().equals("MIN_LIVING")).findFirst().orElseThrow();
        assertThat(minLiving.path("baseline").path("settlements").asLong()).isEqualTo(3);
        assertThat(money(minLiving.path("difference"), "assistance")).isEqualByComparingTo("2128.20");
        assertThat(result.path("persons").path("affected").asLong()).isEqualTo(2);
        // S6's person −548.90, then L's −473.79 (−870.90 − 708.40 + 1105.51)
        JsonNode largest = result.path("largestChanges");
        assertThat(largest.size()).isEqualTo(2);
        assertThat(largest.get(0).path("personId").asString()).isEqualTo(s6);
        assertThat(money(largest.get(0), "difference")).isEqualByComparingTo("-548.90");
        assertThat(largest.get(1).path("personId").asString()).isEqualTo(large);
        assertThat(money(largest.get(1), "difference")).isEqualByComparingTo("-473.79");
        // burden per stay, nearest rank of 4: baseline 1514.45, 1680.00, 4354.50, 8744.50; patched 1680.00,
        // 1911.56, 3483.60, 8195.60; p50 is the 2nd, p90 the 4th
        JsonNode burden = result.path("burden");
        assertThat(burden.path("stays").asLong()).isEqualTo(4);
        assertThat(money(burden.path("baseline"), "p50")).isEqualByComparingTo("1680.00");
        assertThat(money(burden.path("baseline"), "p90")).isEqualByComparingTo("8744.50");
        assertThat(money(burden.path("patched"), "p50")).isEqualByComparingTo("1911.56");
        assertThat(money(burden.path("patched"), "p99")).isEqualByComparingTo("8195.60");
        // Zibo's yearly line for everyone else (150% × 40000 = 60000) is far; its monitored line (50% × 40000 =
        // 20000) applied to everyone: L's year after insurance 17418 + 14168 = 31586 > 20000 after L2, in both runs
        JsonNode monitored = alertLine(result, "MONITORED_YEAR");
        assertThat(money(monitored, "baselineThreshold")).isEqualByComparingTo("20000.00");
        assertThat(above(monitored, "everyone", "baseline")).containsExactly(1L, 1L);
        assertThat(above(monitored, "everyone", "patched")).containsExactly(1L, 1L);
        assertThat(above(alertLine(result, "OTHER_INSURED_YEAR"), "watched", "baseline")).containsExactly(0L, 0L);
        assertThat(result.path("baselineCheck").path("reproduced").asLong()).isEqualTo(4);

        var csv = office.http().get(Simulations.SIMULATIONS + "/" + id, "Accept", "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.mediaType()).isEqualTo("text/csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("personId,settlements,baselineBasic,patchedBasic");
        assertThat(lines).contains(s6 + ",1,31920.00,31920.00,11102.00,11102.00,8233.50,8782.40,0.00,0.00,"
                + "8744.50,8195.60,-548.90,0,0");
    }

    @Test
    void loweringLanzhousIllnessImpoverishedThresholdMovesAPersonBelowTheAlertLine() {
        // 因病致贫 (001 第十四条(二)): threshold 5000, 60%. A stay of 16000.00, own-pay 1000.00, scope 15000: basic
        // (15000 − 800) × 60% = 8520.00; major base 6480 under 10000; assistance (6480 − 5000) × 60% = 888.00, burden
        // 5592 under the tilt's 6000; personal 16000 − 8520 − 888 = 6592.00 > 6000, the line of 第十六条(二) for a
        // stay after every stage. With threshold 3000: (6480 − 3000) × 60% = 2088.00, personal 5392.00 ≤ 6000.
        String impoverished = person("LANZHOU", "ILLNESS_IMPOVERISHED", LocalDate.of(2023, 1, 1));
        stay(impoverished, "2023-10-01", "2023-10-10", "16000.00", "1000.00", "0.00");
        // 低保边缘, watched by that line: 10000.00 with own-pay 7000.00, basic (3000 − 800) × 60% = 1320.00, the
        // 2000 threshold takes the remaining 1680 whole: personal 8680.00 in both runs
        String marginal = person("LANZHOU", "LOW_INCOME_MARGINAL", LocalDate.of(2023, 1, 1));
        stay(marginal, "2023-10-01", "2023-10-10", "10000.00", "7000.00", "0.00");

        String id = Simulations.start(api, request("LANZHOU", "2023-10-01", "2023-10-31",
                "assistance.schemes[6].threshold", new BigDecimal("3000")));
        JsonNode result = Simulations.awaitDone(api, id).path("result");

        assertThat(money(result.path("totals").path("difference"), "assistance")).isEqualByComparingTo("1200.00");
        JsonNode line = alertLine(result, "MONITORED_STAY");
        assertThat(money(line, "baselineThreshold")).isEqualByComparingTo("6000.00");
        assertThat(money(line, "patchedThreshold")).isEqualByComparingTo("6000.00");
        // every stay: 6592.00 and 8680.00 above 6000 before; 5392.00 no longer after
        assertThat(above(line, "everyone", "baseline")).containsExactly(2L, 2L);
        assertThat(above(line, "everyone", "patched")).containsExactly(1L, 1L);
        // the persons the rule watches (低保边缘 and monitored): the marginal person, in both runs
        assertThat(above(line, "watched", "baseline")).containsExactly(1L, 1L);
        assertThat(above(line, "watched", "patched")).containsExactly(1L, 1L);
        // after insurance 16000 − 8520 = 7480 and 8680: under the 10000 of other rural residents, in both runs
        assertThat(above(alertLine(result, "OTHER_RURAL_STAY"), "everyone", "baseline")).containsExactly(0L, 0L);
        assertThat(money(result.path("burden").path("baseline"), "p50")).isEqualByComparingTo("6592.00");
        assertThat(money(result.path("burden").path("patched"), "p50")).isEqualByComparingTo("5392.00");
        assertThat(result.path("largestChanges").get(0).path("personId").asString()).isEqualTo(impoverished);

        var chart = api.http().get(Simulations.SIMULATIONS + "/" + id + "/chart", "Accept", "image/svg+xml");
        assertThat(chart.status()).isEqualTo(200);
        assertThat(chart.mediaType()).isEqualTo("image/svg+xml");
        assertThat(chart.body()).startsWith("<svg").contains("<polyline").contains("p50 6592.00")
                .contains("p50 5392.00");
        assertThat(chart.body().split("<polyline", -1)).hasSize(3);
    }
}
