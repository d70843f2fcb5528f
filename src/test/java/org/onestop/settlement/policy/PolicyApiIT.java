package org.onestop.settlement.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onestop.settlement.support.IntegrationTest;
import org.onestop.settlement.support.JsonHttpClient;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** The policy catalogue over HTTP: versions, the cited tree in force on a day, and disease matching. */
@IntegrationTest
class PolicyApiIT {

    @LocalServerPort
    int port;

    private JsonHttpClient http;

    @BeforeEach
    void client() {
        http = new JsonHttpClient(port);
    }

    @Test
    void listsEveryRegionWithItsVersions() {
        var response = http.get("/api/v1/policies");
        assertThat(response.status()).isEqualTo(200);
        JsonNode regions = response.json();
        assertThat(regions.size()).isEqualTo(4);
        JsonNode lanzhou = find(regions, "LANZHOU");
        JsonNode version = lanzhou.get("versions").get(0);
        // 兰政办发〔2022〕139号, in force 2022-09-01 for five years.
        assertThat(version.get("effectiveFrom").asString()).isEqualTo("2022-09-01");
        assertThat(version.get("effectiveTo").asString()).isEqualTo("2027-08-31");
        assertThat(version.get("document").get("number").asString()).isEqualTo("兰政办发〔2022〕139号");
        assertThat(version.get("sha256").asString()).hasSize(64);
    }

    @Test
    void theTreeInForceHasACitationOnEveryLeaf() {
        var response = http.get("/api/v1/policies/zibo?on=2024-06-01");
        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("version").asString()).isEqualTo("ZIBO-2023-01-01");
        // 004 四(六): the first scheme's rate is 75%, cited to 四(六), not illustrative.
        JsonNode rate = body.at("/parameters/assistance/schemes/0/programs/0/rate");
        assertThat(rate.get("value").decimalValue()).isEqualByComparingTo("0.75");
        assertThat(rate.get("citation").asString()).contains("四(六)");
        assertThat(rate.get("illustrative").booleanValue()).isFalse();
        // policies.md §2 stage 1: resident level-3 deductible 800, illustrative.
        JsonNode deductible = body.at("/parameters/basicInsurance/insuranceTypes/RESIDENT/encounters/INPATIENT/levels/3/deductible");
        assertThat(deductible.get("value").decimalValue()).isEqualByComparingTo("800");
        assertThat(deductible.get("illustrative").booleanValue()).isTrue();
        assertThat(countLeavesWithoutCitation(body.get("parameters"))).isZero();
    }

    @Test
    void unknownRegionIsA404Problem() {
        var response = http.get("/api/v1/policies/atlantis");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.mediaType()).isEqualTo("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains("atlantis");
    }

    @Test
    void aDayWithNoVersionInForceIsA404NamingTheVersions() {
        var response = http.get("/api/v1/policies/ZIBO?on=2022-12-31");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.mediaType()).isEqualTo("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains("ZIBO-2023-01-01 (2023-01-01 to open)");
    }

    @Test
    void diseaseMatchNamesTheRuleThatMatched() {
        // 003 三(二)3(1): stroke (I60–I64) is a listed major disease in Wuhai; E11 (type 2 diabetes) is not.
        var response = http.get("/api/v1/diseases/match?region=WUHAI&codes=I63.9,E11&age=70&sex=MALE"
                + "&encounterType=INPATIENT&on=2024-06-01");
        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("majorDisease").booleanValue()).isTrue();
        assertThat(body.get("matches").size()).isEqualTo(1);
        JsonNode match = body.get("matches").get(0);
        assertThat(match.get("disease").asString()).isEqualTo("STROKE");
        assertThat(match.get("code").asString()).isEqualTo("I63.9");
        assertThat(match.get("rule").asString()).contains("I60-I64");
        // 002 二(二)3: Liaoning's eight diseases do not include stroke.
        var liaoning = http.get("/api/v1/diseases/match?region=LIAONING&codes=I63.9&age=70&sex=MALE&on=2024-06-01");
        assertThat(liaoning.json().get("majorDisease").booleanValue()).isFalse();
    }

    @Test
    void aMalformedCodeIsA400NamingTheParameter() {
        var response = http.get("/api/v1/diseases/match?region=WUHAI&codes=stroke&on=2024-06-01");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("codes");
    }

    private static JsonNode find(JsonNode regions, String region) {
        for (JsonNode r : regions) {
            if (r.get("region").asString().equals(region)) {
                return r;
            }
        }
        throw new AssertionError("no " + region);
    }

    /** Leaves are {value, citation, illustrative} objects; counts those whose citation is missing or blank. */
    private static int countLeavesWithoutCitation(JsonNode node) {
        if (node.isObject() && node.has("value") && node.has("illustrative")) {
            return node.path("citation").asString("").isBlank() ? 1 : 0;
        }
        int missing = 0;
        if (node.isObject()) {
            for (var property : node.properties()) {
                if (!property.getKey().equals("note")) { // a scheme's note is free text, not a value
                    missing += countLeavesWithoutCitation(property.getValue());
                }
            }
        } else if (node.isArray()) {
            for (JsonNode child : node.values()) {
                missing += countLeavesWithoutCitation(child);
            }
        } else if (!node.isNull()) {
            return 1; // a bare scalar where a cited leaf was expected
        }
        return missing;
    }
}
