package org.onestop.settlement.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onestop.settlement.support.ApiFixtures.assertFieldProblem;
import static org.onestop.settlement.support.ApiFixtures.assertProblem;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.onestop.settlement.common.ProblemType;
import org.onestop.settlement.common.RegionCode;
import org.onestop.settlement.support.IntegrationTest;
import org.onestop.settlement.support.JsonHttpClient;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/** The policy catalogue over HTTP: versions, the cited tree in force on a day, and disease matching. */
@IntegrationTest
class PolicyApiIT {

    @Autowired
    JsonHttpClient http;

    /**
     * Every region (all of {@link RegionCode}) is listed once, each with every version of the bundled catalogue in its
     * order: name, dates (an open end as null), document number and the SHA-256 of its file.
     */
    @Test
    void listsEveryRegionWithItsVersions() {
        var response = http.get("/api/v1/policies");
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        Map<String, JsonNode> listed = new TreeMap<>();
        for (JsonNode region : response.json().values()) {
            assertThat(listed.put(region.path("region").asString(), region.path("versions")))
                    .as("%s listed twice", region.path("region")).isNull();
        }
        assertThat(listed.keySet()).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(RegionCode.values()).map(RegionCode::name).toList());

        PolicyCatalogue catalogue = BundledPolicies.catalogue();
        for (RegionCode region : RegionCode.values()) {
            List<PolicyVersion> versions = catalogue.versions(region);
            JsonNode answered = listed.get(region.name());
            assertThat(versions).as("bundled versions of %s", region).isNotEmpty();
            assertThat(answered.size()).as("versions of %s in %s", region, response).isEqualTo(versions.size());
            for (int i = 0; i < versions.size(); i++) {
                PolicyVersion expected = versions.get(i);
                JsonNode version = answered.get(i);
                String where = region + " version " + i + ": " + version;
                assertThat(version.path("version").asString()).as(where).isEqualTo(expected.version());
                assertThat(version.path("effectiveFrom").asString()).as(where)
                        .isEqualTo(expected.effectiveFrom().toString());
                assertThat(version.path("effectiveTo").isNull() ? null : version.path("effectiveTo").asString())
                        .as(where).isEqualTo(expected.effectiveTo() == null ? null : expected.effectiveTo().toString());
                assertThat(version.path("document").path("number").asString()).as(where)
                        .isEqualTo(expected.document().number());
                assertThat(version.path("sha256").asString()).as(where).matches("[0-9a-f]{64}")
                        .isEqualTo(expected.sha256());
            }
        }
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
        assertThat(assertProblem(response, 404).get("detail").asString()).contains("atlantis");
    }

    @Test
    void aDayWithNoVersionInForceIsA404NamingTheVersions() {
        var response = http.get("/api/v1/policies/ZIBO?on=2022-12-31");
        assertThat(assertProblem(response, ProblemType.NOT_FOUND).get("detail").asString())
                .contains("ZIBO-2023-01-01 (2023-01-01 to open)");
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
        assertThat(assertFieldProblem(response, "codes").get("errors").get(0).get("field").asString())
                .isEqualTo("codes");
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
