package org.onestop.settlement.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link RequestFingerprint}: the SHA-256 (lower-case hex) of a request's canonical form — keys sorted, numbers
 * without trailing zeros, null members dropped, arrays in their order — so that a retry written differently is the
 * same request and any change of content is not. Stored hashes depend on this form, so it is pinned here by hand.
 */
class RequestFingerprintTest {

    /** Reads numbers exactly, as the request records do (BigDecimal fields), so the trees here keep every digit. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    /** A valid claim (policies.md §6) in the HIS's own formatting. */
    private static final String CLAIM = """
            {"hospitalCode":"H37030001","encounterNo":"ZY-1","personId":"370302196005010021",
             "encounterType":"INPATIENT","hospitalLevel":3,"designated":true,"emergency":false,"referral":false,
             "careLocation":"LOCAL","admissionDate":"2024-03-01","dischargeDate":"2024-03-10",
             "diagnoses":["K35.8","I10"],"majorDiseaseCode":null,"specialDrug":false,
             "amounts":{"total":60000.00,"fullyOwnPay":5000.00,"overLimit":0.00,"preSelfPay":1000.00}}""";

    @Test
    void theEmptyObjectHashesToTheKnownSha256OfItsText() {
        // canonical form "{}"; SHA-256("{}") as published for that two-byte text
        assertThat(RequestFingerprint.of(tree("{}"), JSON))
                .isEqualTo("44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a");
        // canonical form {"a":1,"b":2.5,} (sorted, 2.50 → 2.5, null dropped, a comma after every member)
        assertThat(RequestFingerprint.of(tree("{\"b\":2.50,\"c\":null,\"a\":1}"), JSON))
                .isEqualTo("3b97f456c8317ccce72ba011dbef4dc7466a69d6200958f3e9b73e86bde0b976");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            # request                                | canonical form
            {"b":2.50,"a":1}                         | {"a":1,"b":2.5,}
            {"a":null,"b":"x"}                       | {"b":"x",}
            {"n":-0.00}                              | {"n":0,}
            {"n":0.000}                              | {"n":0,}
            {"n":6E+4}                               | {"n":60000,}
            {"n":60000.00}                           | {"n":60000,}
            {"n":0.10}                               | {"n":0.1,}
            {"n":12345678901234567890.10}            | {"n":12345678901234567890.1,}
            {"n":-1000.50}                           | {"n":-1000.5,}
            {"s":"60000.00"}                         | {"s":"60000.00",}
            {"z":{"y":1,"x":[2,1]}}                  | {"z":{"x":[2,1,],"y":1,},}
            {"list":[null,"a"]}                      | {"list":[null,"a",],}
            {"flag":true,"off":false}                | {"flag":true,"off":false,}
            {"empty":{},"none":[]}                   | {"empty":{},"none":[],}
            """)
    void theFingerprintIsTheSha256OfTheCanonicalForm(String request, String canonical) throws Exception {
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(canonical.getBytes(StandardCharsets.UTF_8)));

        assertThat(RequestFingerprint.of(tree(request), JSON)).isEqualTo(expected).matches("[0-9a-f]{64}");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            # what differs in writing only                  | from             | to
            amounts with trailing zeros left out             | "total":60000.00 | "total":60000
            amounts in exponent form                         | "total":60000.00 | "total":6E+4
            a negative zero                                  | "overLimit":0.00 | "overLimit":-0
            a null member left out                           | ,"majorDiseaseCode":null |
            members in another order                         | "hospitalCode":"H37030001","encounterNo":"ZY-1" | "encounterNo":"ZY-1","hospitalCode":"H37030001"
            """)
    void aRetryWrittenDifferentlyIsTheSameRequest(String what, String from, String to) {
        String rewritten = CLAIM.replace(from, to == null ? "" : to);
        assertThat(rewritten).as(what).isNotEqualTo(CLAIM);

        assertThat(fingerprint(rewritten)).as(what).isEqualTo(fingerprint(CLAIM));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            # what changes                                  | from                 | to
            one fen more                                     | "total":60000.00     | "total":60000.01
            a value moved between amounts                    | "overLimit":0.00,"preSelfPay":1000.00 | "overLimit":1000.00,"preSelfPay":0.00
            the order of the diagnoses                       | ["K35.8","I10"]      | ["I10","K35.8"]
            a flag                                           | "emergency":false    | "emergency":true
            the encounter                                    | "encounterNo":"ZY-1" | "encounterNo":"ZY-2"
            """)
    void aChangedClaimIsADifferentRequest(String what, String from, String to) {
        String changed = CLAIM.replace(from, to);
        assertThat(changed).as(what).isNotEqualTo(CLAIM);

        assertThat(fingerprint(changed)).as(what).isNotEqualTo(fingerprint(CLAIM));
    }

    @Test
    void theLargestAmountsDifferInTheirLastFen() {
        // 12 integer digits and 2 decimals is the most an amount may carry (SettlementRequest.AmountsRequest)
        String a = CLAIM.replace("\"total\":60000.00", "\"total\":999999999999.99");
        String b = CLAIM.replace("\"total\":60000.00", "\"total\":999999999999.98");
        String c = CLAIM.replace("\"total\":60000.00", "\"total\":999999999999.990");

        assertThat(fingerprint(a)).isNotEqualTo(fingerprint(b)).isEqualTo(fingerprint(c));
    }

    /** The fingerprint of a claim as the API reads it: into a {@link SettlementRequest}. */
    private static String fingerprint(String claim) {
        return RequestFingerprint.of(JSON.readValue(claim, SettlementRequest.class), JSON);
    }

    private static JsonNode tree(String json) {
        return JSON.readTree(json);
    }
}
