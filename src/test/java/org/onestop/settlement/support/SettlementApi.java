package org.onestop.settlement.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onestop.settlement.support.ApiFixtures.PREVIEW;
import static org.onestop.settlement.support.ApiFixtures.SETTLEMENTS;
import static org.onestop.settlement.support.ApiFixtures.identity;
import static org.onestop.settlement.support.ApiFixtures.text;
import static org.onestop.settlement.support.ApiFixtures.unique;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.onestop.settlement.support.JsonHttpClient.Response;
import org.onestop.settlement.support.TestClients.Credentials;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The service as an integration test drives it: the API calls over real HTTP (as the tests' ADMIN client, or as the
 * client given), and SQL counts restricted to one person's rows. An {@link IntegrationTest} gets one with
 * {@code @Autowired SettlementApi api}.
 */
public final class SettlementApi {

    /** The tables holding a person's settlement data, for "nothing written" checks. */
    public static final List<String> SETTLEMENT_AND_LEDGER_TABLES =
            List.of("settlement", "ledger_entry", "ledger_balance", "ledger_year");

    private final JsonHttpClient http;
    private final JdbcClient jdbc;

    public SettlementApi(JsonHttpClient http, JdbcClient jdbc) {
        this.http = http;
        this.jdbc = jdbc;
    }

    /** The HTTP client these calls go through. */
    public JsonHttpClient http() {
        return http;
    }

    /** The same calls made as another client. */
    public SettlementApi as(Credentials caller) {
        return new SettlementApi(http.withCredentials(caller), jdbc);
    }

    /** A new client of {@code role} with a unique id, created by the tests' ADMIN client. */
    public Credentials newClient(String prefix, String role, String hospitalCode) {
        return TestClients.newClient(http.port(), prefix, role, hospitalCode);
    }

    // ---- persons --------------------------------------------------------------------------------------------------

    public Response putPerson(String personId, ObjectNode person, String... headers) {
        return http.put("/api/v1/persons/" + personId, text(person), headers);
    }

    /** Creates a person and asserts 201. */
    public void createPerson(String personId, String region, String insuranceType, String sex, String birthDate) {
        Response response = putPerson(personId,
                ApiFixtures.person(personId, region, insuranceType, sex, birthDate));
        assertThat(response.status()).as("PUT person %s: %s", personId, response).isEqualTo(201);
    }

    /** A new Zibo resident ({@link ApiFixtures#ziboResident}) with a unique id; returns the id. */
    public String newZiboResident(String prefix) {
        String personId = unique(prefix);
        Response response = putPerson(personId, ApiFixtures.ziboResident(personId));
        assertThat(response.status()).as("PUT person %s: %s", personId, response).isEqualTo(201);
        return personId;
    }

    /** A new Zibo resident holding MIN_LIVING (低保) from {@code validFrom} to {@code validTo}; returns the id. */
    public String newMinLivingZiboResident(String prefix, LocalDate validFrom, LocalDate validTo) {
        String personId = newZiboResident(prefix);
        addIdentity(personId, "MIN_LIVING", null, validFrom, validTo, null);
        return personId;
    }

    public Response postIdentity(String personId, ObjectNode identity, String... headers) {
        return http.post(identitiesPath(personId), text(identity), headers);
    }

    public Response postIdentity(String personId, String category, String subclass, LocalDate validFrom,
                                 LocalDate validTo, LocalDate applicationDate) {
        return postIdentity(personId, identity(category, subclass, validFrom, validTo, applicationDate));
    }

    /** Records an identity, asserts 201, returns its identityId. */
    public String addIdentity(String personId, String category, String subclass, LocalDate validFrom,
                              LocalDate validTo, LocalDate applicationDate) {
        Response response = postIdentity(personId, category, subclass, validFrom, validTo, applicationDate);
        assertThat(response.status()).as("POST identity for %s: %s", personId, response).isEqualTo(201);
        return response.json().path("identityId").asString();
    }

    /** {@code POST …/identities/preview}: what recording the identity would answer, nothing written. */
    public Response previewIdentity(String personId, ObjectNode identity) {
        return http.post(identitiesPath(personId) + "/preview", text(identity));
    }

    public static String identitiesPath(String personId) {
        return "/api/v1/persons/" + personId + "/identities";
    }

    public Response openLedger(String personId, int year, Map<String, BigDecimal> buckets) {
        ObjectNode body = JsonHttpClient.JSON.createObjectNode();
        body.put("year", year);
        ObjectNode b = body.putObject("buckets");
        buckets.forEach(b::put);
        return http.post("/api/v1/persons/" + personId + "/ledger/opening", text(body));
    }

    /** GET the ledger of a year: bucket name → used. */
    public Map<String, BigDecimal> ledgerUsed(String personId, int year) {
        Response response = http.get("/api/v1/persons/" + personId + "/ledger?year=" + year);
        assertThat(response.status()).as("GET ledger %s %s: %s", personId, year, response).isEqualTo(200);
        Map<String, BigDecimal> used = new TreeMap<>();
        for (JsonNode bucket : response.json().path("buckets").values()) {
            used.put(bucket.path("name").asString(), bucket.path("used").decimalValue());
        }
        return used;
    }

    // ---- settlements ----------------------------------------------------------------------------------------------

    public Response settle(JsonNode claim, String... headers) {
        return http.post(SETTLEMENTS, text(claim), headers);
    }

    public Response preview(JsonNode claim) {
        return http.post(PREVIEW, text(claim));
    }

    /** Settles and asserts 201 SETTLED; returns the body. */
    public JsonNode settleCreated(JsonNode claim) {
        Response response = settle(claim);
        assertThat(response.status()).as("settle %s: %s", claim, response).isEqualTo(201);
        JsonNode body = response.json();
        assertThat(body.path("status").asString()).isEqualTo("SETTLED");
        assertThat(response.header("Location")).as("a 201 names the new settlement")
                .contains("/api/v1/settlements/" + body.path("settlementId").asString());
        return body;
    }

    public Response claimAfterCare(JsonNode claim, String... headers) {
        return http.post(ApiFixtures.ASSISTANCE_CLAIMS, text(claim), headers);
    }

    public Response previewAfterCare(JsonNode claim) {
        return http.post(ApiFixtures.ASSISTANCE_CLAIMS + "/preview", text(claim));
    }

    /** GET a person's settlements of a year, asserting 200. */
    public JsonNode settlementsOf(String personId, int year) {
        Response response = http.get("/api/v1/persons/" + personId + "/settlements?year=" + year);
        assertThat(response.status()).as("GET settlements of %s: %s", personId, response).isEqualTo(200);
        return response.json();
    }

    public Response get(String settlementId) {
        return http.get(SETTLEMENTS + "/" + settlementId);
    }

    public Response reverse(String settlementId, String... headers) {
        return http.post(reversalPath(settlementId), null, headers);
    }

    public static String reversalPath(String settlementId) {
        return SETTLEMENTS + "/" + settlementId + "/reversal";
    }

    // ---- SQL ------------------------------------------------------------------------------------------------------

    /** {@code SELECT count(*)} with positional parameters. */
    public long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    /** Rows of one person in a table with a {@code person_id} column. */
    public long rowsOf(String table, String personId) {
        return count("SELECT count(*) FROM " + table + " WHERE person_id = ?", personId);
    }

    public long countEntries(String personId, String kind) {
        return count("SELECT count(*) FROM ledger_entry WHERE person_id = ? AND kind = ?", personId, kind);
    }

    /** Row counts of every settlement/ledger table for one person, in {@link #SETTLEMENT_AND_LEDGER_TABLES} order. */
    public List<Long> counts(String personId) {
        List<Long> counts = new ArrayList<>();
        SETTLEMENT_AND_LEDGER_TABLES.forEach(table -> counts.add(rowsOf(table, personId)));
        return counts;
    }

    /** {@link #counts}, then the person's identities: what an approval writes. */
    public List<Long> countsWithIdentities(String personId) {
        List<Long> counts = counts(personId);
        counts.add(rowsOf("assistance_identity", personId));
        return counts;
    }

    /** ledger_balance.used by bucket, for a person-year. */
    public Map<String, BigDecimal> balances(String personId, int year) {
        Map<String, BigDecimal> balances = new TreeMap<>();
        jdbc.sql("SELECT bucket, used FROM ledger_balance WHERE person_id = ? AND ledger_year = ?")
                .params(personId, year)
                .query((rs, n) -> balances.put(rs.getString(1), rs.getBigDecimal(2))).list();
        return balances;
    }

    /** Asserts that every balance row of the person equals the sum of its entries (and no entry lacks a balance). */
    public void assertBalancesEqualEntries(String personId) {
        List<Map<String, Object>> mismatches = jdbc.sql("""
                SELECT coalesce(b.ledger_year, e.ledger_year) AS year, coalesce(b.bucket, e.bucket) AS bucket,
                       b.used, e.total
                FROM (SELECT * FROM ledger_balance WHERE person_id = :p) b
                FULL OUTER JOIN (SELECT ledger_year, bucket, sum(amount) AS total FROM ledger_entry
                                 WHERE person_id = :p GROUP BY ledger_year, bucket) e
                  ON b.ledger_year = e.ledger_year AND b.bucket = e.bucket
                WHERE b.used IS DISTINCT FROM e.total""")
                .param("p", personId).query().listOfRows();
        assertThat(mismatches).as("ledger_balance rows of %s that differ from the sum of their entries", personId)
                .isEmpty();
    }
}
