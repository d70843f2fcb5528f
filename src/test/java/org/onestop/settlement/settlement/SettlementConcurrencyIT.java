package org.onestop.settlement.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onestop.settlement.support.ApiFixtures.SETTLEMENTS;
import static org.onestop.settlement.support.ApiFixtures.inpatientClaim;
import static org.onestop.settlement.support.ApiFixtures.money;
import static org.onestop.settlement.support.ApiFixtures.text;
import static org.onestop.settlement.support.ApiFixtures.unique;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;
import org.onestop.settlement.SettlementApplication;
import org.onestop.settlement.support.IntegrationTest;
import org.onestop.settlement.support.JsonHttpClient;
import org.onestop.settlement.support.JsonHttpClient.Response;
import org.onestop.settlement.support.SettlementApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * 200 distinct but identical claims of one person, posted by 16 threads at once (then split over two instances of the
 * service on the one database), must settle exactly as the same 200 claims settled one by one: the person-year lock
 * serialises them, no cap is overrun, and the balances equal their entries.
 *
 * <p>The person: Zibo resident holding MIN_LIVING all 2024. Every claim: INPATIENT, level 3, designated, local,
 * 2024-05-01 to 2024-05-05, total 20000.00 and no own-pay parts, so policy scope 20000.00. Since all claims are
 * identical, the k-th claim to be settled gets the same figures whatever the order. Worked by hand (Zibo resident
 * level 3: deductible 800, 60%, BASIC cap 200000; major illness tilted for MIN_LIVING: deductible 5000, 65% to 100000,
 * 70% to 200000, 75% to 300000, 80% above, no cap; assistance 75%, ASSIST cap 30000; re-assistance above 5000, 70%,
 * cap 20000):
 * <pre>
 *  k  basic                          major illness (B0 → B1)                     assistance          tilt (R0 → R1)
 *  1  (20000−800)×60% = 11520.00     base 8480; 65%×(8480−5000) = 2262.00        75%×6218 = 4663.50  R 0→1554.50: 0.00
 *  2  11520.00                       8480→16960: 65%×8480 = 5512.00              75%×2968 = 2226.00  R →2296.50: 0.00
 *  3-5 as 2                                                                                          R →4522.50: 0.00
 *  6  11520.00                       5512.00                                     2226.00             R 4522.50→5264.50:
 *                                                                                                      70%×264.50 = 185.15
 *  7-11 as 6, tilt 70%×742 = 519.40 each (R → 8974.50, B → 93280)
 * 12  11520.00                       93280→101760: 65%×6720+70%×1760 = 5600.00   75%×2880 = 2160.00  70%×720 = 504.00
 *                                    (ASSIST used 4663.50 + 10×2226 + 2160 = 29083.50)
 * 13  11520.00                       101760→110240: 70%×8480 = 5936.00           75%×2544 = 1908 > 916.50 left: 916.50
 *                                                                                                    70%×1627.50 = 1139.25
 * 14-17 basic 11520.00, major 5936.00, assistance 0.00 (ASSIST 30000 reached), tilt 70%×2544 = 1780.80
 * 18  200000 − 17×11520 = 4160.00   base 15840: 70%×15840 = 11088.00             0.00               70%×4752 = 3326.40
 * 19  0.00 (BASIC 200000 reached)    base 20000: 70%×20000 = 14000.00             0.00               70%×6000 = 4200.00
 * 20  0.00                           14000.00                                     0.00               70%×6000 = 4200 >
 *     925.00 left of the tilt cap (185.15 + 5×519.40 + 504 + 1139.25 + 4×1780.80 + 3326.40 + 4200 = 19075.00): 925.00
 * 21-200: basic 0, assistance 0, tilt 0 (cap reached); major illness on base 20000 each.
 * </pre>
 * Each claim's personal payment is 20000 − the four payments (k = 1: 20000 − 11520 − 2262 − 4663.50 − 0 = 1554.50).
 * Totals after 200 claims: basic 200000.00 (the cap); major-illness base B = 17×8480 + 15840 + 182×20000 = 3800000.00,
 * and since no payment is rounded (integer bases × whole-percent rates) major illness totals S(3800000) =
 * 65%×95000 + 70%×100000 + 75%×100000 + 80%×3500000 = 61750 + 70000 + 75000 + 2800000 = 3006750.00; assistance
 * 30000.00 (the cap); tilt 20000.00 (the cap); TILT_BASE = 200×20000 − 200000 − 3006750 − 30000 = 763250.00
 * (every claim qualifies: identity, designated, program matched); personal = 4000000 − 200000 − 3006750 − 30000 −
 * 20000 = 743250.00.
 */
@IntegrationTest
class SettlementConcurrencyIT {

    private static final int CLAIMS = 200;
    private static final int THREADS = 16;

    private static final BigDecimal BASIC_TOTAL = new BigDecimal("200000.00");
    private static final BigDecimal MAJOR_ILLNESS_BASE_TOTAL = new BigDecimal("3800000.00");
    private static final BigDecimal MAJOR_ILLNESS_TOTAL = new BigDecimal("3006750.00");
    private static final BigDecimal ASSISTANCE_TOTAL = new BigDecimal("30000.00");
    private static final BigDecimal TILT_TOTAL = new BigDecimal("20000.00");
    private static final BigDecimal TILT_BASE_TOTAL = new BigDecimal("763250.00");
    private static final BigDecimal PERSONAL_TOTAL = new BigDecimal("743250.00");

    /** The figures of the k-th settled claim when the 200 are settled one by one (computed once per JVM). */
    private static List<List<BigDecimal>> sequential;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Environment environment;

    @Autowired
    SettlementApi api;

    @Test
    void sixteenThreadsSettleAsIfOneByOne() throws Exception {
        String personId = minLivingResident();
        List<JsonNode> answers = settleConcurrently(personId, List.of(api.http()));

        assertInvariants(personId, answers);
    }

    @Test
    void twoInstancesOnOneDatabaseSettleAsIfOneByOne() throws Exception {
        String url = environment.getRequiredProperty("spring.datasource.url");
        String user = environment.getRequiredProperty("spring.datasource.username");
        String password = environment.getProperty("spring.datasource.password", "");
        ConfigurableApplicationContext second = new SpringApplicationBuilder(SettlementApplication.class)
                .run("--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                        "--spring.datasource.password=" + password, "--settlement.db.embedded.enabled=false",
                        "--spring.main.banner-mode=off");
        try {
            int secondPort = ((WebServerApplicationContext) second).getWebServer().getPort();
            assertThat(secondPort).isNotEqualTo(port);
            String personId = minLivingResident();

            List<JsonNode> answers = settleConcurrently(personId,
                    List.of(api.http(), new JsonHttpClient(secondPort)));

            assertInvariants(personId, answers);
        } finally {
            second.close();
        }
    }

    /**
     * The same claim (same key, same body) posted by 16 threads at once is settled once: one 201, fifteen 200 with
     * the same settlement. It is the table's first claim: deltas BASIC_PAID:BASIC 11520.00, MAJOR_ILLNESS_BASE 8480.00,
     * MAJOR_ILLNESS_PAID 2262.00, ASSISTANCE_PAID:ASSIST 4663.50, TILT_BASE 1554.50 — five entries.
     */
    @Test
    void theSameClaimPostedAtOnceIsSettledOnce() throws Exception {
        String personId = minLivingResident();
        String body = claim(personId, unique("H"), 1);
        List<Response> responses = inParallel(THREADS,
                i -> api.http().post(SETTLEMENTS, body));

        assertThat(responses).extracting(Response::status).containsOnly(200, 201).filteredOn(s -> s == 201)
                .hasSize(1);
        assertThat(responses).extracting(r -> r.json().path("settlementId").asString()).containsOnly(
                responses.get(0).json().path("settlementId").asString());
        assertThat(api.counts(personId)).containsExactly(1L, 5L, 5L, 1L);
        assertThat(api.ledgerUsed(personId, 2024).get("BASIC_PAID:BASIC")).isEqualByComparingTo("11520.00");
    }

    /** 16 reversals of one settlement at once: all answer REVERSED, and the ledger is offset exactly once. */
    @Test
    void concurrentReversalsOffsetOnce() throws Exception {
        String personId = minLivingResident();
        JsonNode settled = api.settleCreated(JsonHttpClient.JSON.readTree(claim(personId, unique("H"), 1)));
        String settlementId = settled.path("settlementId").asString();

        List<Response> responses = inParallel(THREADS, i -> api.reverse(settlementId));

        for (Response response : responses) {
            assertThat(response.status()).as("%s", response).isEqualTo(200);
            assertThat(response.json().path("status").asString()).isEqualTo("REVERSED");
        }
        assertThat(api.countEntries(personId, "REVERSAL")).as("REVERSAL entries").isEqualTo(5);
        api.balances(personId, 2024).forEach((bucket, used) ->
                assertThat(used).as("balance %s after reversal", bucket).isEqualByComparingTo("0"));
        api.assertBalancesEqualEntries(personId);
    }

    private static List<Response> inParallel(int n, IntFunction<Response> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.apply(index);
                }));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> future : futures) {
                responses.add(future.get(60, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    private String minLivingResident() {
        return api.newMinLivingZiboResident("cc", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
    }

    private static String claim(String personId, String hospitalCode, int n) {
        return text(inpatientClaim(hospitalCode, "ZY-" + n, personId, 3,
                "2024-05-01", "2024-05-05", "20000.00", "0.00", "0.00", "0.00"));
    }

    /** Posts the 200 claims from 16 threads, claim i through client i mod clients; all must answer 201. */
    private List<JsonNode> settleConcurrently(String personId, List<JsonHttpClient> clients) throws Exception {
        String hospitalCode = unique("H");
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < CLAIMS; i++) {
                JsonHttpClient client = clients.get(i % clients.size());
                String body = claim(personId, hospitalCode, i);
                futures.add(pool.submit(() -> client.post(SETTLEMENTS, body)));
            }
            List<JsonNode> answers = new ArrayList<>();
            for (Future<Response> future : futures) {
                Response response = future.get(60, TimeUnit.SECONDS);
                assertThat(response.status()).as("%s", response).isEqualTo(201);
                answers.add(response.json());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private List<List<BigDecimal>> sequentialFigures() {
        synchronized (SettlementConcurrencyIT.class) {
            if (sequential == null) {
                String personId = minLivingResident();
                String hospitalCode = unique("H");
                List<List<BigDecimal>> figures = new ArrayList<>();
                for (int i = 0; i < CLAIMS; i++) {
                    Response response = api.http().post(SETTLEMENTS, claim(personId, hospitalCode, i));
                    assertThat(response.status()).as("%s", response).isEqualTo(201);
                    figures.add(figures(response.json()));
                }
                // rows of the hand-worked table (class comment): basic, major illness, assistance, tilt, personal
                assertRow(figures, 1, "11520.00", "2262.00", "4663.50", "0.00", "1554.50");
                assertRow(figures, 2, "11520.00", "5512.00", "2226.00", "0.00", "742.00");
                assertRow(figures, 6, "11520.00", "5512.00", "2226.00", "185.15", "556.85");
                assertRow(figures, 7, "11520.00", "5512.00", "2226.00", "519.40", "222.60");
                assertRow(figures, 12, "11520.00", "5600.00", "2160.00", "504.00", "216.00");
                assertRow(figures, 13, "11520.00", "5936.00", "916.50", "1139.25", "488.25");
                assertRow(figures, 17, "11520.00", "5936.00", "0.00", "1780.80", "763.20");
                assertRow(figures, 18, "4160.00", "11088.00", "0.00", "3326.40", "1425.60");
                assertRow(figures, 19, "0.00", "14000.00", "0.00", "4200.00", "1800.00");
                assertRow(figures, 20, "0.00", "14000.00", "0.00", "925.00", "5075.00");
                // B 3780000 → 3800000 lies in the 80% segment: 80% × 20000 = 16000.00; personal 4000.00
                assertRow(figures, 200, "0.00", "16000.00", "0.00", "0.00", "4000.00");
                sequential = figures;
            }
            return sequential;
        }
    }

    private static void assertRow(List<List<BigDecimal>> figures, int k, String... expected) {
        List<BigDecimal> row = figures.get(k - 1);
        for (int f = 0; f < expected.length; f++) {
            assertThat(row.get(f)).as("figure %s of sequential claim %s: %s", f, k, row)
                    .isEqualByComparingTo(expected[f]);
        }
    }

    private static List<BigDecimal> figures(JsonNode answer) {
        return List.of(money(answer, "basicPay"), money(answer, "majorIllnessPay"), money(answer, "assistancePay"),
                money(answer, "tiltPay"), money(answer, "personalPay"));
    }

    private void assertInvariants(String personId, List<JsonNode> answers) {
        assertThat(answers).hasSize(CLAIMS);
        BigDecimal basic = BigDecimal.ZERO;
        BigDecimal major = BigDecimal.ZERO;
        BigDecimal assistance = BigDecimal.ZERO;
        BigDecimal tilt = BigDecimal.ZERO;
        BigDecimal personal = BigDecimal.ZERO;
        Map<String, List<BigDecimal>> bySettlement = new HashMap<>();
        for (JsonNode answer : answers) {
            basic = basic.add(money(answer, "basicPay"));
            major = major.add(money(answer, "majorIllnessPay"));
            assistance = assistance.add(money(answer, "assistancePay"));
            tilt = tilt.add(money(answer, "tiltPay"));
            personal = personal.add(money(answer, "personalPay"));
            bySettlement.put(answer.path("settlementId").asString(), figures(answer));
        }
        assertThat(bySettlement).as("distinct settlements").hasSize(CLAIMS);

        // caps never overrun, and the hand-worked totals of the class comment
        assertThat(basic).isLessThanOrEqualTo(new BigDecimal("200000")).isEqualByComparingTo(BASIC_TOTAL);
        assertThat(assistance).isLessThanOrEqualTo(new BigDecimal("30000")).isEqualByComparingTo(ASSISTANCE_TOTAL);
        assertThat(tilt).isLessThanOrEqualTo(new BigDecimal("20000")).isEqualByComparingTo(TILT_TOTAL);
        assertThat(major).isEqualByComparingTo(MAJOR_ILLNESS_TOTAL);
        assertThat(personal).isEqualByComparingTo(PERSONAL_TOTAL);

        // the ledger holds exactly what the answers paid
        Map<String, BigDecimal> ledger = api.ledgerUsed(personId, 2024);
        assertThat(ledger.get("BASIC_PAID:BASIC")).isEqualByComparingTo(basic);
        assertThat(ledger.get("ASSISTANCE_PAID:ASSIST")).isEqualByComparingTo(assistance);
        assertThat(ledger.get("TILT_PAID")).isEqualByComparingTo(tilt);
        assertThat(ledger.get("MAJOR_ILLNESS_PAID")).isEqualByComparingTo(major);
        assertThat(ledger.get("MAJOR_ILLNESS_BASE")).isEqualByComparingTo(MAJOR_ILLNESS_BASE_TOTAL);
        assertThat(ledger.get("TILT_BASE")).isEqualByComparingTo(TILT_BASE_TOTAL);
        api.assertBalancesEqualEntries(personId);
        assertThat(api.rowsOf("settlement", personId)).isEqualTo(CLAIMS);

        // settled in some order, one at a time: the k-th (by ledger entry order) got the k-th sequential figures
        List<String> order = jdbc.sql("""
                SELECT settlement_id::text FROM ledger_entry WHERE person_id = ? AND kind = 'SETTLEMENT'
                GROUP BY settlement_id ORDER BY min(entry_id)""").param(personId).query(String.class).list();
        assertThat(order).hasSize(CLAIMS);
        List<List<BigDecimal>> expected = sequentialFigures();
        for (int k = 0; k < CLAIMS; k++) {
            List<BigDecimal> actual = bySettlement.get(order.get(k));
            for (int f = 0; f < actual.size(); f++) {
                assertThat(actual.get(f)).as("figure %s of the %s-th settled claim %s", f, k + 1, order.get(k))
                        .isEqualByComparingTo(expected.get(k).get(f));
            }
        }
    }
}
