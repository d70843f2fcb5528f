package org.onestop.settlement.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onestop.settlement.support.ApiFixtures.afterCareClaim;
import static org.onestop.settlement.support.ApiFixtures.identity;
import static org.onestop.settlement.support.ApiFixtures.inpatientClaim;
import static org.onestop.settlement.support.ApiFixtures.money;
import static org.onestop.settlement.support.ApiFixtures.unique;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.onestop.settlement.support.IntegrationTest;
import org.onestop.settlement.support.JsonHttpClient.Response;
import org.onestop.settlement.support.OfficeClients;
import org.onestop.settlement.support.SettlementApi;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * Two office requests for the same person at once: the person-year lock serialises them, so every pool stays within
 * its cap whichever commits first, and the balances equal their entries.
 */
@IntegrationTest
class OfficeConcurrencyIT {

    private static final int ROUNDS = 4;

    @Autowired
    SettlementApi api;

    /**
     * A Liaoning 低保 resident (basic assistance 70%, BASIC_ASSIST cap 10000.00, no threshold). Two after-care claims
     * of 2024, each policy scope 20000.00 with the receipt's basic insurance 10000.00: base 10000.00, 70% = 7000.00.
     * Whichever is assessed first pays 7000.00; the second finds 10000.00 − 7000.00 = 3000.00 left and pays 3000.00;
     * together exactly the cap, never 14000.00.
     */
    @Test
    void twoAfterCareClaimsAtOnceShareTheCap() throws Exception {
        SettlementApi office = api.as(OfficeClients.officeOf(api, "LIAONING"));
        for (int round = 0; round < ROUNDS; round++) {
            String personId = unique("ln-race");
            api.createPerson(personId, "LIAONING", "RESIDENT", "FEMALE", "1965-03-15");
            api.addIdentity(personId, "MIN_LIVING", null, LocalDate.of(2024, 1, 1), null, null);
            List<Callable<Response>> requests = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                var stay = inpatientClaim(unique("H21"), "ZY-" + i, personId, 2, "2024-08-01", "2024-08-05",
                        "20000.00", "0.00", "0.00", "0.00");
                var claim = afterCareClaim(unique("LN"), stay, "10000.00", "0.00");
                requests.add(() -> office.claimAfterCare(claim));
            }

            List<Response> answers = atOnce(requests);

            List<BigDecimal> paid = new ArrayList<>();
            for (Response answer : answers) {
                assertThat(answer.status()).as("%s", answer).isEqualTo(201);
                paid.add(money(answer.json(), "assistancePay"));
            }
            assertThat(paid).usingElementComparator(BigDecimal::compareTo)
                    .containsExactlyInAnyOrder(new BigDecimal("7000.00"), new BigDecimal("3000.00"));
            assertThat(api.balances(personId, 2024).get("ASSISTANCE_PAID:BASIC_ASSIST"))
                    .isEqualByComparingTo("10000.00");
            api.assertBalancesEqualEntries(personId);
        }
    }

    /**
     * An approval and an after-care claim of one Lanzhou resident at once. A stay of 2024-03 (level 3, scope 27000.00,
     * basic 15720.00, major illness 768.00) was settled without identity; the approval of 因病致贫 (application
     * 2024-06-10, threshold 5000 a year) covers it and the claim's stay of 2024-07 (scope 20000.00, receipt basic
     * 12000.00). Assessed before the approval commits, the claim pays 0.00 and the approval then supplements it after
     * the first stay; assessed after, it holds the identity and finds the threshold used by the first stay's
     * supplement (10512.00 ≥ 5000.00). Either way the threshold is consumed once, 5000.00, and the assistance paid
     * in all is what the ledger holds.
     */
    @Test
    void anApprovalAndAClaimAtOnceConsumeTheThresholdOnce() throws Exception {
        SettlementApi office = api.as(OfficeClients.officeOf(api, "LANZHOU"));
        for (int round = 0; round < ROUNDS; round++) {
            String personId = unique("lz-race");
            api.createPerson(personId, "LANZHOU", "RESIDENT", "MALE", "1968-03-02");
            api.settleCreated(inpatientClaim(unique("H62"), "ZY-1", personId, 3, "2024-03-01", "2024-03-10",
                    "30000.00", "2000.00", "0.00", "1000.00"));
            LocalDate applied = LocalDate.of(2024, 6, 10);
            var approval = identity("ILLNESS_IMPOVERISHED", null, applied, LocalDate.of(2025, 6, 9), applied);
            var stay = inpatientClaim(unique("H62"), "ZY-2", personId, 3, "2024-07-01", "2024-07-05", "20000.00",
                    "0.00", "0.00", "0.00");
            var claim = afterCareClaim(unique("LZ"), stay, "12000.00", "0.00");

            List<Response> answers = atOnce(List.of(() -> office.postIdentity(personId, approval),
                    () -> office.claimAfterCare(claim)));

            assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as("%s", answer).isEqualTo(201));
            var balances = api.balances(personId, 2024);
            assertThat(balances.get("ASSISTANCE_THRESHOLD")).isEqualByComparingTo("5000.00");
            BigDecimal assistancePaid = BigDecimal.ZERO;
            for (JsonNode settlement : office.settlementsOf(personId, 2024).values()) {
                assistancePaid = assistancePaid.add(money(settlement, "assistancePay"));
            }
            assertThat(balances.get("ASSISTANCE_PAID:TOTAL")).isEqualByComparingTo(assistancePaid);
            api.assertBalancesEqualEntries(personId);
        }
    }

    /** Runs the requests on their own threads, released together; their answers in order. */
    private static List<Response> atOnce(List<Callable<Response>> requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (Callable<Response> request : requests) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<Response> answers = new ArrayList<>();
            for (Future<Response> future : futures) {
                answers.add(future.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
