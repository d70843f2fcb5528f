package org.onestop.settlement.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.onestop.settlement.SettlementApplication;
import org.onestop.settlement.support.JsonHttpClient;
import org.onestop.settlement.support.TestClients;
import org.onestop.settlement.support.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Settlements per second through the whole service: HTTP, authentication, intake, the person-year row lock, the
 * engine, and the settlement, ledger entries and balances committed in PostgreSQL. Starts the service in-process on
 * the database {@link TestDatabase} chooses (bench/http.sh points it at a fresh database on a local server), creates a
 * hospital client and Zibo residents holding 低保, then posts claims from several threads, several claims per person
 * so that a person's claims contend for the ledger lock as at a busy discharge desk. Prints throughput and latency.
 * Arguments: persons, claims per person, client threads (default 200 10 16).
 */
public final class HttpSettlementBenchmark {

    private HttpSettlementBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int persons = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int claimsPerPerson = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 16;
        TestDatabase db = TestDatabase.get();
        ConfigurableApplicationContext app = new SpringApplicationBuilder(SettlementApplication.class).run(
                "--server.port=0", "--spring.datasource.url=" + db.jdbcUrl(),
                "--spring.datasource.username=" + db.username(), "--spring.datasource.password=" + db.password(),
                "--settlement.db.embedded.enabled=false",
                "--settlement.security.admin-password=" + TestClients.BOOTSTRAP_ADMIN_SECRET,
                "--spring.datasource.hikari.maximum-pool-size=" + Math.max(10, threads),
                "--logging.level.root=WARN");
        try {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            String run = Long.toString(System.currentTimeMillis(), 36);
            TestClients.Credentials hospital = TestClients.create(port, TestClients.admin(port), "bench-" + run,
                    "HOSPITAL", "BENCH-" + run);
            JsonHttpClient admin = new JsonHttpClient(port);
            for (int p = 0; p < persons; p++) {
                String id = "bench-" + run + "-" + p;
                expect(admin.send("PUT", "/api/v1/persons/" + id, "application/json", """
                        {"name": "bench", "sex": "FEMALE", "birthDate": "1960-05-01", "region": "ZIBO",
                         "insuranceType": "RESIDENT"}"""), 201);
                expect(admin.post("/api/v1/persons/" + id + "/identities", """
                        {"category": "MIN_LIVING", "validFrom": "2024-01-01", "validTo": "2024-12-31"}"""), 201);
            }
            JsonHttpClient his = JsonHttpClient.as(port, hospital);
            post(his, hospital, run, "warm", Math.min(persons, 50), 4, threads);
            long start = System.nanoTime();
            List<Long> latencies = post(his, hospital, run, "run", persons, claimsPerPerson, threads);
            double seconds = (System.nanoTime() - start) / 1e9;
            Collections.sort(latencies);
            System.out.printf("%d settlements (%d persons × %d claims), %d client threads: %.1f s, %.0f settlements/s;"
                            + " latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    latencies.size(), persons, claimsPerPerson, threads, seconds, latencies.size() / seconds,
                    ms(latencies, 0.50), ms(latencies, 0.95), ms(latencies, 0.99),
                    latencies.get(latencies.size() - 1) / 1e6);
        } finally {
            app.close();
        }
    }

    /** Posts persons × claims distinct claims from {@code threads} threads; returns each request's nanoseconds. */
    private static List<Long> post(JsonHttpClient his, TestClients.Credentials hospital, String run, String phase,
                                   int persons, int claims, int threads) throws Exception {
        int total = persons * claims;
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<Long>>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                List<Long> mine = new ArrayList<>();
                for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    String body = """
                            {"hospitalCode": "%s", "encounterNo": "%s-%s-%d", "personId": "bench-%s-%d",
                             "encounterType": "INPATIENT", "hospitalLevel": 3, "designated": true,
                             "admissionDate": "2024-03-01", "dischargeDate": "2024-03-10", "diagnoses": ["K35.8"],
                             "amounts": {"total": 20000.00, "fullyOwnPay": 1000.00, "overLimit": 0.00,
                                         "preSelfPay": 500.00}}""".formatted(hospital.clientId().replace("bench-",
                            "BENCH-"), phase, run, i, run, i % persons);
                    long t0 = System.nanoTime();
                    expect(his.post("/api/v1/settlements", body), 201);
                    mine.add(System.nanoTime() - t0);
                }
                return mine;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : futures) {
            all.addAll(f.get());
        }
        pool.shutdown();
        return all;
    }

    private static void expect(JsonHttpClient.Response response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException("expected " + status + ", got " + response);
        }
    }

    private static double ms(List<Long> sorted, double quantile) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(quantile * sorted.size()))) / 1e6;
    }
}
