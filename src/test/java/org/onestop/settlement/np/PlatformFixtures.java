package org.onestop.settlement.np;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.onestop.settlement.support.JsonHttpClient;
import org.onestop.settlement.support.TestClients;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the platform, clearing and FHIR ITs share: a hospital client of their own, a Zibo minimum-living resident
 * (policies.md §6's person), the §6 claim in the native shape, and the platform fixtures of {@code np/} with their
 * {@code {{placeholders}}} filled in. Money is read exactly.
 */
public final class PlatformFixtures {

    public static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private PlatformFixtures() {
    }

    /** A unique code or id with a readable prefix. */
    public static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    /** A new HOSPITAL client bound to {@code hospitalCode}, as an HTTP client. */
    public static JsonHttpClient hospital(int port, String hospitalCode) {
        return JsonHttpClient.as(port, TestClients.create(port, TestClients.admin(port), unique("hosp-"), "HOSPITAL",
                hospitalCode));
    }

    /** A Zibo resident holding 低保 (MIN_LIVING) through 2024 and 2025, created as the tests' ADMIN. */
    public static void minLivingZiboResident(int port, String personId) {
        var admin = new JsonHttpClient(port);
        var put = admin.put("/api/v1/persons/" + personId, """
                {"name": "张三", "sex": "FEMALE", "birthDate": "1960-05-01", "region": "ZIBO",
                 "insuranceType": "RESIDENT", "rural": false}""");
        assertThat(put.status()).as("%s", put).isEqualTo(201);
        var identity = admin.post("/api/v1/persons/" + personId + "/identities", """
                {"category": "MIN_LIVING", "validFrom": "2024-01-01", "validTo": "2025-12-31", "source": "IT"}""");
        assertThat(identity.status()).as("%s", identity).isEqualTo(201);
    }

    /** The §6 stay in the native shape: level 3, 2024-03-01..10, total 60000.00, own-pay 5000.00, pre-self 1000.00. */
    public static String section6Claim(String hospitalCode, String encounterNo, String personId) {
        return """
                {"hospitalCode": "%s", "encounterNo": "%s", "personId": "%s", "encounterType": "INPATIENT",
                 "hospitalLevel": 3, "designated": true, "emergency": false, "referral": false,
                 "careLocation": "LOCAL", "admissionDate": "2024-03-01", "dischargeDate": "2024-03-10",
                 "diagnoses": ["K35.8"], "amounts": {"total": 60000.00, "fullyOwnPay": 5000.00, "overLimit": 0.00,
                 "preSelfPay": 1000.00}}""".formatted(hospitalCode, encounterNo, personId);
    }

    /** The fixture {@code np/<name>.json} with every {@code {{key}}} replaced. */
    public static String fixture(String name, Map<String, String> values) {
        try (InputStream in = PlatformFixtures.class.getResourceAsStream("/np/" + name + ".json")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (var e : values.entrySet()) {
                text = text.replace("{{" + e.getKey() + "}}", e.getValue());
            }
            assertThat(text).as("placeholders left in np/%s.json", name).doesNotContain("{{");
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** POSTs a platform envelope; asserts HTTP 200 JSON and returns the answer. */
    public static JsonNode transact(JsonHttpClient http, String envelope) {
        var response = http.post("/api/np/v1/transactions", envelope);
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        assertThat(response.mediaType()).isEqualTo("application/json");
        return JSON.readTree(response.body());
    }
}
