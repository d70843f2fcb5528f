package org.onestop.settlement.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.onestop.settlement.support.JsonHttpClient;
import org.onestop.settlement.support.JsonHttpClient.Response;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the settlement ITs share: the API calls they make over real HTTP, a JSON reader that keeps money exact
 * (BigDecimal, never double), unique ids (the ITs share one database and never clean it), and SQL counts restricted to
 * one person's rows.
 */
final class SettlementApi {

    static final String SETTLEMENTS = "/api/v1/settlements";
    static final String PREVIEW = "/api/v1/settlements/preview";
    static final String PROBLEM_JSON = "application/problem+json";

    /** Reads numbers exactly: 8233.50 stays 8233.50. */
    static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    /** The tables holding a person's data, for "nothing written" checks. */
    static final List<String> SETTLEMENT_AND_LEDGER_TABLES =
            List.of("settlement", "ledger_entry", "ledger_balance", "ledger_year");

    final JsonHttpClient http;
    final JdbcClient jdbc;

    SettlementApi(int port, JdbcClient jdbc) {
        this.http = new JsonHttpClient(port);
        this.jdbc = jdbc;
    }

    SettlementApi(JsonHttpClient http, JdbcClient jdbc) {
        this.http = http;
        this.jdbc = jdbc;
    }

    /** A unique id (≤ 64 characters, [A-Za-z0-9_-]) with a readable prefix. */
    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    static JsonNode json(Response response) {
        return JSON.readTree(response.body());
    }

    static BigDecimal money(JsonNode node, String field) {
        JsonNode value = node.path(field);
        assertThat(value.isNumber()).as("%s is a JSON number in %s", field, node).isTrue();
        return value.decimalValue();
    }

    // ---- persons --------------------------------------------------------------------------------------------------

    Response putPerson(String personId, String region, String insuranceType, String sex, String birthDate) {
        ObjectNode body = JSON.createObjectNode();
        body.put("name", "Test " + personId);
        body.put("sex", sex);
        body.put("birthDate", birthDate);
        body.put("region", region);
        body.put("insuranceType", insuranceType);
        body.put("rural", false);
        body.putNull("disabilityGrade");
        return http.send("PUT", "/api/v1/persons/" + personId, "application/json", JSON.writeValueAsString(body));
    }

    /** Creates a person and asserts 201. */
    void createPerson(String personId, String region, String insuranceType, String sex, String birthDate) {
        Response response = putPerson(personId, region, insuranceType, sex, birthDate);
        assertThat(response.status()).as("PUT person %s: %s", personId, response).isEqualTo(201);
    }

    Response postIdentity(String personId, String category, String subclass, LocalDate validFrom, LocalDate validTo,
                          LocalDate applicationDate) {
        ObjectNode body = JSON.createObjectNode();
        body.put("category", category);
        body.put("subclass", subclass);
        body.put("validFrom", validFrom.toString());
        body.put("validTo", validTo == null ? null : validTo.toString());
        body.put("source", "IT");
        body.put("applicationDate", applicationDate == null ? null : applicationDate.toString());
        return http.post("/api/v1/persons/" + personId + "/identities", JSON.writeValueAsString(body));
    }

    /** Records an identity, asserts 201, returns its identityId. */
    String addIdentity(String personId, String category, String subclass, LocalDate validFrom, LocalDate validTo,
                       LocalDate applicationDate) {
        Response response = postIdentity(personId, category, subclass, validFrom, validTo, applicationDate);
        assertThat(response.status()).as("POST identity for %s: %s", personId, response).isEqualTo(201);
        return json(response).path("identityId").asString();
    }

    Response openLedger(String personId, int year, Map<String, BigDecimal> buckets) {
        ObjectNode body = JSON.createObjectNode();
        body.put("year", year);
        ObjectNode b = body.putObject("buckets");
        buckets.forEach(b::put);
        return http.post("/api/v1/persons/" + personId + "/ledger/opening", JSON.writeValueAsString(body));
    }

    /** GET the ledger of a year: bucket name → used. */
    Map<String, BigDecimal> ledgerUsed(String personId, int year) {
        Response response = http.get("/api/v1/persons/" + personId + "/ledger?year=" + year);
        assertThat(response.status()).as("GET ledger %s %s: %s", personId, year, response).isEqualTo(200);
        Map<String, BigDecimal> used = new TreeMap<>();
        for (JsonNode bucket : json(response).path("buckets").values()) {
            used.put(bucket.path("name").asString(), bucket.path("used").decimalValue());
        }
        return used;
    }

    // ---- claims ---------------------------------------------------------------------------------------------------

    /**
     * A valid inpatient claim with amounts; callers change fields as each test needs.
     */
    static ObjectNode inpatientClaim(String hospitalCode, String encounterNo, String personId, int level,
                                     String admission, String discharge, String total, String fullyOwnPay,
                                     String overLimit, String preSelfPay) {
        ObjectNode claim = JSON.createObjectNode();
        claim.put("hospitalCode", hospitalCode);
        claim.put("encounterNo", encounterNo);
        claim.put("personId", personId);
        claim.put("encounterType", "INPATIENT");
        claim.put("hospitalLevel", level);
        claim.put("designated", true);
        claim.put("emergency", false);
        claim.put("referral", false);
        claim.put("careLocation", "LOCAL");
        claim.put("admissionDate", admission);
        claim.put("dischargeDate", discharge);
        claim.putArray("diagnoses").add("K35.8");
        claim.putNull("majorDiseaseCode");
        claim.put("specialDrug", false);
        ObjectNode amounts = claim.putObject("amounts");
        amounts.put("total", new BigDecimal(total));
        amounts.put("fullyOwnPay", new BigDecimal(fullyOwnPay));
        amounts.put("overLimit", new BigDecimal(overLimit));
        amounts.put("preSelfPay", new BigDecimal(preSelfPay));
        return claim;
    }

    Response settle(JsonNode claim) {
        return http.post(SETTLEMENTS, JSON.writeValueAsString(claim));
    }

    Response preview(JsonNode claim) {
        return http.post(PREVIEW, JSON.writeValueAsString(claim));
    }

    /** Settles and asserts 201 SETTLED; returns the body. */
    JsonNode settleCreated(JsonNode claim) {
        Response response = settle(claim);
        assertThat(response.status()).as("settle %s: %s", claim, response).isEqualTo(201);
        JsonNode body = json(response);
        assertThat(body.path("status").asString()).isEqualTo("SETTLED");
        return body;
    }

    // ---- SQL ------------------------------------------------------------------------------------------------------

    long count(String table, String personId) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE person_id = ?").param(personId)
                .query(Long.class).single();
    }

    long countEntries(String personId, String kind) {
        return jdbc.sql("SELECT count(*) FROM ledger_entry WHERE person_id = ? AND kind = ?").params(personId, kind)
                .query(Long.class).single();
    }

    /** Row counts of every settlement/ledger table for one person, in {@link #SETTLEMENT_AND_LEDGER_TABLES} order. */
    List<Long> counts(String personId) {
        List<Long> counts = new ArrayList<>();
        SETTLEMENT_AND_LEDGER_TABLES.forEach(table -> counts.add(count(table, personId)));
        return counts;
    }

    /** ledger_balance.used by bucket, for a person-year. */
    Map<String, BigDecimal> balances(String personId, int year) {
        Map<String, BigDecimal> balances = new TreeMap<>();
        jdbc.sql("SELECT bucket, used FROM ledger_balance WHERE person_id = ? AND ledger_year = ?")
                .params(personId, year)
                .query((rs, n) -> balances.put(rs.getString(1), rs.getBigDecimal(2))).list();
        return balances;
    }

    /** SUM(ledger_entry.amount) by bucket, for a person-year. */
    Map<String, BigDecimal> entrySums(String personId, int year) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        jdbc.sql("""
                SELECT bucket, sum(amount) FROM ledger_entry WHERE person_id = ? AND ledger_year = ?
                GROUP BY bucket""")
                .params(personId, year)
                .query((rs, n) -> sums.put(rs.getString(1), rs.getBigDecimal(2))).list();
        return sums;
    }

    /** Asserts that every balance row of the person equals the sum of its entries (and no entry lacks a balance). */
    void assertBalancesEqualEntries(String personId) {
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

    // ---- problems -------------------------------------------------------------------------------------------------

    /** Asserts status and problem+json with the RFC 9457 members; returns the problem. */
    static JsonNode assertProblem(Response response, int status) {
        assertThat(response.status()).as("status of %s", response).isEqualTo(status);
        assertThat(response.mediaType()).as("content type of %s", response).isEqualTo(PROBLEM_JSON);
        JsonNode problem = json(response);
        assertThat(problem.path("type").asString()).as("type of %s", response).isNotBlank();
        assertThat(problem.path("title").asString()).as("title of %s", response).isNotBlank();
        assertThat(problem.path("status").asInt()).as("status member of %s", response).isEqualTo(status);
        assertThat(problem.path("detail").asString()).as("detail of %s", response).isNotBlank();
        assertThat(problem.path("instance").asString()).as("instance of %s", response).isNotBlank();
        return problem;
    }

    /** The {@code errors[].field} values of a validation problem. */
    static List<String> errorFields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").values().forEach(e -> fields.add(e.path("field").asString()));
        return fields;
    }
}
