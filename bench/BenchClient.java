import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP side of bench/run.sh, run with the JDK's source launcher ({@code java bench/BenchClient.java …}), so the
 * benchmark needs nothing beyond the JDK, curl, wrk and the PostgreSQL client tools.
 *
 * <pre>
 * seed  PORT ADMIN_SECRET PERSONS YEAR   creates a HOSPITAL and a REGISTRY client, then the persons bp0…bpN-1 with
 *                                        their identities, in parallel through the registry client; prints
 *                                        HOSPITAL_CODE=…, HOSPITAL_AUTH=… (the Basic header value) on stdout
 * caps  PORT ADMIN_SECRET YEAR IDS…      reads each person's ledger as admin and fails when a bucket's used
 *                                        amount exceeds its cap
 * </pre>
 */
public final class BenchClient {

    static final String[] REGIONS = {"LANZHOU", "ZIBO", "WUHAI", "LIAONING"};
    /** Identity categories each region's policy names besides MIN_LIVING and EXTREME_POVERTY. */
    static final String[][] REGION_CATEGORIES = {
        {"MONITORED_AT_RISK", "LIFTED_OUT_TRANSITION", "LOW_INCOME_MARGINAL", "POVERTY_RELAPSE", "ORPHAN"},
        {"MONITORED_AT_RISK", "POVERTY_RELAPSE", "LOW_INCOME_MARGINAL", "ILLNESS_IMPOVERISHED"},
        {"ORPHAN", "LIFTED_OUT_TRANSITION", "LOW_INCOME_FAMILY", "SANMIN"},
        {"LOW_INCOME_MARGINAL", "OTHER_HARDSHIP"}};
    static final String[] LANZHOU_MIN_LIVING = {"URBAN_FULL", "URBAN_PARTIAL", "RURAL_1", "RURAL_2", "RURAL_3",
        "RURAL_4"};
    static final int HOT_PERSONS = 10;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    private BenchClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public static void main(String[] args) throws Exception {
        BenchClient client = new BenchClient(Integer.parseInt(args[1]));
        String admin = basic("admin", args[2]);
        switch (args[0]) {
            case "seed" -> client.seed(admin, Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            case "caps" -> client.caps(admin, Integer.parseInt(args[3]), List.of(args).subList(4, args.length));
            default -> throw new IllegalArgumentException("seed or caps, not " + args[0]);
        }
    }

    private void seed(String admin, int persons, int year) throws Exception {
        String hospitalCode = "H" + (37030001 + new Random().nextInt(1000));
        String hospital = createClient(admin, "bench-his", "HOSPITAL", hospitalCode);
        String registry = createClient(admin, "bench-registry", "REGISTRY", null);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger identities = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int w = 0; w < 8; w++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < persons; i = next.getAndIncrement()) {
                    identities.addAndGet(seedPerson(registry, i, year));
                }
                return null;
            }));
        }
        for (Future<?> f : workers) {
            f.get();
        }
        pool.shutdown();
        System.err.printf("seeded %d persons with %d identities in %.1f s%n", persons, identities.get(),
                (System.nanoTime() - start) / 1e9);
        System.out.println("HOSPITAL_CODE=" + hospitalCode);
        System.out.println("HOSPITAL_AUTH='" + hospital + "'");
    }

    /**
     * Person {@code bp<i>} in region i mod 4; the identity mix is drawn from a seed of i: 60% none, 15% 低保
     * (Lanzhou with its subclass), 5% 特困, 20% one of the region's other categories. The hot persons hold 低保.
     */
    private int seedPerson(String registry, int i, int year) throws Exception {
        Random r = new Random(i * 7919L);
        int region = i % REGIONS.length;
        double draw = i < HOT_PERSONS ? 0.70 : r.nextDouble();
        String category = draw < 0.60 ? null : draw < 0.75 ? "MIN_LIVING" : draw < 0.80 ? "EXTREME_POVERTY"
                : REGION_CATEGORIES[region][r.nextInt(REGION_CATEGORIES[region].length)];
        String subclass = "MIN_LIVING".equals(category) && region == 0
                ? LANZHOU_MIN_LIVING[r.nextInt(LANZHOU_MIN_LIVING.length)] : null;
        boolean rural = subclass != null ? subclass.startsWith("RURAL") : r.nextBoolean();
        String person = """
                {"name": "bench %d", "sex": "%s", "birthDate": "%d-%02d-%02d", "region": "%s",
                 "insuranceType": "%s", "rural": %b}""".formatted(i, r.nextBoolean() ? "FEMALE" : "MALE",
                1940 + r.nextInt(75), 1 + r.nextInt(12), 1 + r.nextInt(28), REGIONS[region],
                r.nextDouble() < 0.8 ? "RESIDENT" : "EMPLOYEE", rural);
        expect(send("PUT", "/api/v1/persons/bp" + i, registry, person), 201);
        if (category == null) {
            return 0;
        }
        String identity = """
                {"category": "%s", "subclass": %s, "validFrom": "%d-01-01", "source": "bench"}""".formatted(
                category, subclass == null ? "null" : '"' + subclass + '"', year);
        expect(send("POST", "/api/v1/persons/bp" + i + "/identities", registry, identity), 201);
        return 1;
    }

    private static final Pattern OBJECT = Pattern.compile("\\{[^{}]*\\}");

    private void caps(String admin, int year, List<String> ids) throws Exception {
        int overdrawn = 0;
        int capped = 0;
        int full = 0;
        for (String id : ids) {
            HttpResponse<String> answer = send("GET", "/api/v1/persons/" + id + "/ledger?year=" + year, admin, null);
            expect(answer, 200);
            Matcher m = OBJECT.matcher(answer.body());
            while (m.find()) {
                String bucket = m.group();
                String name = field(bucket, "\"name\":\"([^\"]*)\"");
                String used = field(bucket, "\"used\":(-?[0-9.]+)");
                String cap = field(bucket, "\"cap\":(-?[0-9.]+)");
                if (name == null || used == null || cap == null) {
                    continue;
                }
                capped++;
                int cmp = new java.math.BigDecimal(used).compareTo(new java.math.BigDecimal(cap));
                if (cmp > 0) {
                    overdrawn++;
                    System.out.printf("OVERDRAWN %s %s used %s cap %s%n", id, name, used, cap);
                } else if (cmp == 0) {
                    full++;
                }
            }
        }
        System.out.printf("caps: %d persons, %d capped buckets, %d at their cap, %d overdrawn%n", ids.size(), capped,
                full, overdrawn);
        if (overdrawn > 0) {
            System.exit(1);
        }
    }

    private static String field(String object, String regex) {
        Matcher m = Pattern.compile(regex).matcher(object);
        return m.find() ? m.group(1) : null;
    }

    private String createClient(String admin, String id, String role, String hospitalCode) throws Exception {
        String body = """
                {"clientId": "%s", "role": "%s", "hospitalCode": %s}""".formatted(id, role,
                hospitalCode == null ? "null" : '"' + hospitalCode + '"');
        HttpResponse<String> answer = send("POST", "/api/v1/clients", admin, body);
        expect(answer, 201);
        String secret = field(answer.body(), "\"secret\":\"([^\"]+)\"");
        return basic(id, secret);
    }

    private HttpResponse<String> send(String method, String path, String auth, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", auth);
        if (json == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void expect(HttpResponse<String> answer, int status) {
        if (answer.statusCode() != status) {
            throw new IllegalStateException(answer.request().method() + " " + answer.uri() + ": expected " + status
                    + ", got " + answer.statusCode() + " " + answer.body());
        }
    }

    private static String basic(String id, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }
}
