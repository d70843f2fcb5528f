package org.onestop.settlement.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.onestop.settlement.common.ProblemType;
import org.onestop.settlement.support.JsonHttpClient.Response;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What every integration test builds and checks the same way: unique ids (the ITs share one database and never clean
 * it), request bodies (persons, identities, clients, claims), exact money from an answer, RFC 9457 problem assertions
 * that name the offending field, and an explanation rendered for assertion messages.
 */
public final class ApiFixtures {

    public static final String SETTLEMENTS = "/api/v1/settlements";
    public static final String PREVIEW = SETTLEMENTS + "/preview";
    public static final String CLIENTS = "/api/v1/clients";
    public static final String ASSISTANCE_CLAIMS = "/api/v1/assistance-claims";
    public static final String PROBLEM_JSON = "application/problem+json";
    public static final String REQUEST_ID = "X-Request-Id";

    private ApiFixtures() {
    }

    // ---- ids ------------------------------------------------------------------------------------------------------

    /** A unique id (≤ 64 characters, [A-Za-z0-9_-]) with a readable prefix. */
    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    /** A unique request id for {@value #REQUEST_ID}, saying what the request does. */
    public static String requestId(String what) {
        return unique("it-" + what);
    }

    // ---- request bodies -------------------------------------------------------------------------------------------

    /** A person of {@code region} for {@code PUT /api/v1/persons/{id}}: urban, no disability grade. */
    public static ObjectNode person(String personId, String region, String insuranceType, String sex,
                                    String birthDate) {
        ObjectNode body = JsonHttpClient.JSON.createObjectNode();
        body.put("name", "Test " + personId);
        body.put("sex", sex);
        body.put("birthDate", birthDate);
        body.put("region", region);
        body.put("insuranceType", insuranceType);
        body.put("rural", false);
        body.putNull("disabilityGrade");
        return body;
    }

    /** A Zibo resident, female, born 1960-05-01: the person of policies.md §6. */
    public static ObjectNode ziboResident(String personId) {
        return person(personId, "ZIBO", "RESIDENT", "FEMALE", "1960-05-01");
    }

    /** An assistance identity for {@code POST /api/v1/persons/{id}/identities}; null dates are left null. */
    public static ObjectNode identity(String category, String subclass, LocalDate validFrom, LocalDate validTo,
                                      LocalDate applicationDate) {
        ObjectNode body = JsonHttpClient.JSON.createObjectNode();
        body.put("category", category);
        body.put("subclass", subclass);
        body.put("validFrom", validFrom.toString());
        body.put("validTo", validTo == null ? null : validTo.toString());
        body.put("source", "IT");
        body.put("applicationDate", applicationDate == null ? null : applicationDate.toString());
        return body;
    }

    /** A client for {@code POST /api/v1/clients}; {@code hospitalCode} null leaves it out. */
    public static ObjectNode client(String clientId, String role, String hospitalCode) {
        ObjectNode body = JsonHttpClient.JSON.createObjectNode();
        body.put("clientId", clientId);
        body.put("role", role);
        if (hospitalCode != null) {
            body.put("hospitalCode", hospitalCode);
        }
        return body;
    }

    /** A valid, designated, local, non-emergency inpatient claim with the four amounts; change fields as needed. */
    public static ObjectNode inpatientClaim(String hospitalCode, String encounterNo, String personId, int level,
                                           String admission, String discharge, String total, String fullyOwnPay,
                                           String overLimit, String preSelfPay) {
        ObjectNode claim = JsonHttpClient.JSON.createObjectNode();
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

    /**
     * The claim of policies.md §6: level-3 stay 2024-03-01 to 2024-03-10, total 60000.00, fully own-pay 5000.00,
     * over-limit 0.00, pre-self-pay 1000.00, so policy scope 54000.00.
     */
    public static ObjectNode section6Claim(String hospitalCode, String encounterNo, String personId) {
        return inpatientClaim(hospitalCode, encounterNo, personId, 3, "2024-03-01", "2024-03-10",
                "60000.00", "5000.00", "0.00", "1000.00");
    }

    /**
     * An after-care claim for {@code POST /api/v1/assistance-claims}: the office's application number, the
     * institution's name, the encounter (a claim as {@link #inpatientClaim} builds it) and the receipt's insurance
     * amounts.
     */
    public static ObjectNode afterCareClaim(String applicationNo, ObjectNode encounter, String basic,
                                            String majorIllness) {
        ObjectNode claim = JsonHttpClient.JSON.createObjectNode();
        claim.put("applicationNo", applicationNo);
        claim.put("institutionName", "Institution " + encounter.path("hospitalCode").asString());
        claim.set("encounter", encounter);
        ObjectNode paid = claim.putObject("insurancePaid");
        paid.put("basic", new BigDecimal(basic));
        paid.put("majorIllness", new BigDecimal(majorIllness));
        paid.put("settledBy", "IT insurer");
        paid.put("settlementRef", "REF-" + applicationNo);
        return claim;
    }

    /** One fee line of a claim given as {@code items}; null ratio and limit are sent as null. */
    public static ObjectNode item(String code, String feeClass, String selfPayRatio, String unitPrice,
                                  String priceLimit, String quantity, String amount) {
        ObjectNode item = JsonHttpClient.JSON.createObjectNode();
        item.put("code", code);
        item.put("name", "item " + code);
        item.put("feeClass", feeClass);
        item.put("selfPayRatio", selfPayRatio == null ? null : new BigDecimal(selfPayRatio));
        item.put("unitPrice", new BigDecimal(unitPrice));
        item.put("priceLimit", priceLimit == null ? null : new BigDecimal(priceLimit));
        item.put("quantity", new BigDecimal(quantity));
        item.put("amount", new BigDecimal(amount));
        return item;
    }

    /** A JSON tree as request text. */
    public static String text(JsonNode body) {
        return JsonHttpClient.JSON.writeValueAsString(body);
    }

    // ---- answers --------------------------------------------------------------------------------------------------

    /** A money member of an answer, asserted to be a JSON number, read exactly. */
    public static BigDecimal money(JsonNode node, String field) {
        JsonNode value = node.path(field);
        assertThat(value.isNumber()).as("%s is a JSON number in %s", field, node).isTrue();
        return value.decimalValue();
    }

    /** The ledgerDeltas of a settlement answer, normalised to scale 2. */
    public static Map<String, BigDecimal> deltasOf(JsonNode answer) {
        Map<String, BigDecimal> deltas = new TreeMap<>();
        for (var delta : answer.path("ledgerDeltas").properties()) {
            deltas.put(delta.getKey(), delta.getValue().decimalValue().setScale(2));
        }
        return deltas;
    }

    /** The settlementId of every settlement in a list answer, in its order. */
    public static List<String> settlementIds(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.values().forEach(s -> ids.add(s.path("settlementId").asString()));
        return ids;
    }

    /** The explanation lines of a settlement answer, one per line, for assertion messages. */
    public static String explanation(JsonNode answer) {
        StringBuilder text = new StringBuilder();
        for (JsonNode line : answer.path("explanation").values()) {
            text.append(Explanations.line(line.path("stage").asString(), line.path("rule").asString(),
                    line.path("formula").asString(), line.path("amount")));
        }
        return text.toString();
    }

    /** The first explanation line of {@code rule} in a settlement answer; fails naming the lines when there is none. */
    public static JsonNode explanationLine(JsonNode answer, String rule) {
        for (JsonNode line : answer.path("explanation").values()) {
            if (line.path("rule").asString().equals(rule)) {
                return line;
            }
        }
        throw new AssertionError("no line " + rule + " in\n" + explanation(answer));
    }

    // ---- problems -------------------------------------------------------------------------------------------------

    /**
     * Asserts an RFC 9457 problem of {@code type}: its status, {@value #PROBLEM_JSON}, the type URI, title, status
     * member and a detail; returns the problem.
     */
    public static JsonNode assertProblem(Response response, ProblemType type) {
        JsonNode problem = assertProblem(response, type.status());
        assertThat(problem.path("type").asString()).as("type of %s", response).isEqualTo(type.uri().toString());
        assertThat(problem.path("title").asString()).as("title of %s", response).isEqualTo(type.title());
        return problem;
    }

    /** {@link #assertProblem(Response, ProblemType)}, and the {@code instance} is the request's path. */
    public static JsonNode assertProblem(Response response, ProblemType type, String instance) {
        JsonNode problem = assertProblem(response, type);
        assertThat(problem.path("instance").asString()).as("instance of %s", response).isEqualTo(instance);
        return problem;
    }

    /** Asserts status and problem+json with the RFC 9457 members (type, title, status, detail, instance); returns it. */
    public static JsonNode assertProblem(Response response, int status) {
        assertThat(response.status()).as("status of %s", response).isEqualTo(status);
        assertThat(response.mediaType()).as("content type of %s", response).isEqualTo(PROBLEM_JSON);
        JsonNode problem = response.json();
        assertThat(problem.path("type").asString()).as("type of %s", response).isNotBlank();
        assertThat(problem.path("title").asString()).as("title of %s", response).isNotBlank();
        assertThat(problem.path("status").asInt()).as("status member of %s", response).isEqualTo(status);
        assertThat(problem.path("detail").asString()).as("detail of %s", response).isNotBlank();
        assertThat(problem.path("instance").asString()).as("instance of %s", response).isNotBlank();
        return problem;
    }

    /**
     * Asserts a 400 validation problem whose {@code errors[].field} include {@code fields}, each error with a
     * message; returns the problem.
     */
    public static JsonNode assertFieldProblem(Response response, String... fields) {
        JsonNode problem = assertProblem(response, ProblemType.VALIDATION);
        assertThat(errorFields(problem)).as("errors[].field of %s", response).contains(fields);
        problem.path("errors").values().forEach(e -> assertThat(e.path("message").asString())
                .as("message of %s", e).isNotBlank());
        return problem;
    }

    /** The {@code errors[].field} values of a validation problem. */
    public static List<String> errorFields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").values().forEach(e -> fields.add(e.path("field").asString()));
        return fields;
    }
}
