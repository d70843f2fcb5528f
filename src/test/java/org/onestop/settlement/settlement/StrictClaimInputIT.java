package org.onestop.settlement.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onestop.settlement.support.JsonHttpClient.JSON;
import static org.onestop.settlement.support.ApiFixtures.assertProblem;
import static org.onestop.settlement.support.ApiFixtures.errorFields;
import static org.onestop.settlement.support.ApiFixtures.inpatientClaim;
import static org.onestop.settlement.support.ApiFixtures.unique;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.onestop.settlement.support.ApiFixtures;
import org.onestop.settlement.support.IntegrationTest;
import org.onestop.settlement.support.SettlementApi;
import org.onestop.settlement.support.JsonHttpClient.Response;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * A value is read only in its own JSON type: no coercion (numbers for enums or booleans, strings for numbers,
 * fractions for whole numbers, exponents in money), no duplicate or unknown key, no control character or unpaired
 * surrogate in a string. Each is a 400 validation problem naming the field, and nothing is written.
 */
@IntegrationTest
class StrictClaimInputIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SettlementApi api;

    /** A claim text changed by replacing one exact fragment of the valid claim's JSON. */
    record Bent(String name, String from, String to, String field, String message) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Bent> bentClaims() {
        return Stream.of(
                new Bent("fraction for a whole number", "\"hospitalLevel\":3", "\"hospitalLevel\":2.5",
                        "hospitalLevel", "whole number"),
                new Bent("string for a whole number", "\"hospitalLevel\":3", "\"hospitalLevel\":\"3\"",
                        "hospitalLevel", "whole number"),
                new Bent("string for a boolean", "\"designated\":true", "\"designated\":\"true\"",
                        "designated", "true or false"),
                new Bent("number for a boolean", "\"emergency\":false", "\"emergency\":0", "emergency",
                        "true or false"),
                new Bent("string for money", "\"total\":60000.00", "\"total\":\"12.30\"", "amounts.total",
                        "decimal number"),
                new Bent("exponent in money", "\"total\":60000.00", "\"total\":1E2", "amounts.total",
                        "without quotes or exponent"),
                new Bent("boolean for a string", "\"encounterNo\":\"ZY-1\"", "\"encounterNo\":false",
                        "encounterNo", "must be a string"),
                new Bent("number for an enum", "\"encounterType\":\"INPATIENT\"", "\"encounterType\":0",
                        "encounterType", "must be one of INPATIENT"),
                new Bent("lowercase enum", "\"encounterType\":\"INPATIENT\"", "\"encounterType\":\"inpatient\"",
                        "encounterType", "must be one of INPATIENT"),
                new Bent("impossible date", "\"dischargeDate\":\"2024-03-10\"", "\"dischargeDate\":\"2024-02-30\"",
                        "dischargeDate", "must be a date yyyy-MM-dd"),
                new Bent("duplicate key, the last would win", "\"total\":60000.00", "\"total\":60000,\"total\":100",
                        "amounts.total", "more than once"),
                new Bent("NUL in a string", "\"encounterNo\":\"ZY-1\"", "\"encounterNo\":\"ZY\\u0000-1\"",
                        "encounterNo", "control characters"),
                new Bent("unpaired surrogate in a string", "\"encounterNo\":\"ZY-1\"",
                        "\"encounterNo\":\"ZY\\ud800-1\"", "encounterNo", "unpaired surrogates"),
                new Bent("control character in a list element", "\"diagnoses\":[\"K35.8\"]",
                        "\"diagnoses\":[\"K35.8\\n\"]", "diagnoses[0]", "control characters"),
                new Bent("misspelt key", "\"emergency\":false", "\"emergancy\":true", "emergancy",
                        "nearest known field is 'emergency'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bentClaims")
    void aValueNotInItsOwnJsonTypeIsRefusedNamingTheFieldAndNothingIsWritten(Bent bent) {
        String personId = unique("strict");
        String valid = JSON.writeValueAsString(inpatientClaim("H-STRICT", "ZY-1", personId, 3, "2024-03-01",
                "2024-03-10", "60000.00", "5000.00", "0.00", "1000.00"));
        assertThat(valid).contains(bent.from());
        String body = valid.replace(bent.from(), bent.to());

        for (String path : List.of(ApiFixtures.SETTLEMENTS, ApiFixtures.PREVIEW)) {
            Response response = api.http().post(path, body);
            JsonNode problem = assertProblem(response, 400);
            assertThat(problem.path("type").asString()).endsWith("/validation");
            assertThat(errorFields(problem)).as("%s", response).containsExactly(bent.field());
            assertThat(problem.path("errors").get(0).path("message").asString()).contains(bent.message());
            assertThat(response.body()).doesNotContain("java.", "tools.jackson", "org.onestop");
        }
        assertThat(api.rowsOf("settlement", personId)).isZero();
    }

    @Test
    void everyFieldErrorOfOneRequestIsReportedInOneAnswer() {
        String personId = unique("strict");
        String body = JSON.writeValueAsString(inpatientClaim("H-STRICT", "ZY-2", personId, 3, "2024-03-01",
                        "2024-03-10", "60000.00", "5000.00", "0.00", "1000.00"))
                .replace("\"emergency\":false", "\"emergancy\":true")
                .replace("\"hospitalLevel\":3", "\"hospitalLevel\":2.5")
                .replace("\"dischargeDate\":\"2024-03-10\"", "\"dischargeDate\":\"10.03.2024\"")
                .replace("\"preSelfPay\":1000.00", "\"preSelfPay\":\"1000\",\"selfPay\":1");

        JsonNode problem = assertProblem(api.http().post(ApiFixtures.PREVIEW, body), 400);

        assertThat(errorFields(problem)).containsExactlyInAnyOrder("emergancy", "hospitalLevel", "dischargeDate",
                "amounts.preSelfPay", "amounts.selfPay");
        assertThat(problem.path("detail").asString()).startsWith("5 fields are invalid");
    }

    @Test
    void aRoleGivenAsANumberCreatesNoClient() {
        String clientId = unique("strict-role").toLowerCase().substring(0, 40);
        Response response = api.http().post("/api/v1/clients", "{\"clientId\":\"" + clientId + "\",\"role\":2}");

        JsonNode problem = assertProblem(response, 400);
        assertThat(errorFields(problem)).containsExactly("role");
        assertThat(problem.path("errors").get(0).path("message").asString())
                .isEqualTo("must be one of HOSPITAL, REGISTRY, ASSISTANCE_OFFICE, ADMIN");
        assertThat(jdbc.sql("SELECT count(*) FROM api_client WHERE client_id = ?").param(clientId)
                .query(Long.class).single()).isZero();
    }
}
