package org.onestop.settlement.clearing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onestop.settlement.np.PlatformFixtures.JSON;
import static org.onestop.settlement.np.PlatformFixtures.section6Claim;
import static org.onestop.settlement.np.PlatformFixtures.unique;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onestop.settlement.np.PlatformFixtures;
import org.onestop.settlement.support.IntegrationTest;
import org.onestop.settlement.support.JsonHttpClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Clearing figures after a mixed run at one hospital, all today: A and B are Zibo 低保 residents, C a Zibo resident
 * with no identity; each settles the policies.md §6 stay, and B's settlement is reversed.
 * <ul>
 *   <li>A, B: basic 31920.00, major illness (tilted) 11102.00, assistance 8233.50 (§6).</li>
 *   <li>C: basic 31920.00; major illness ordinary: base 54000 − 31920 = 22080, 60% × (22080 − 10000) = 7248.00;
 *       no assistance.</li>
 * </ul>
 * So 390100: 3 × 31920.00 = 95760.00, reversed 31920.00, net 63840.00; 390200: 11102 + 11102 + 7248 = 29452.00,
 * reversed 11102.00, net 18350.00; 610100: 2 × 8233.50 = 16467.00, reversed 8233.50, net 8233.50. Totals: 8 fund
 * lines settled for 141679.00, 3 reversed for 51255.50, net 90423.50 = A's fund pay 51255.50 + C's 39168.00.
 */
@IntegrationTest
class ClearingIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aMixedRunReconcilesWithTheSettlementsToTheCent() {
        String hospitalCode = unique("CL");
        JsonHttpClient hospital = PlatformFixtures.hospital(port, hospitalCode);
        String a = unique("cl-a-");
        String b = unique("cl-b-");
        String c = unique("cl-c-");
        PlatformFixtures.minLivingZiboResident(port, a);
        PlatformFixtures.minLivingZiboResident(port, b);
        assertThat(new JsonHttpClient(port).put("/api/v1/persons/" + c, """
                {"name": "C", "sex": "MALE", "birthDate": "1970-01-01", "region": "ZIBO", "insuranceType": "RESIDENT",
                 "rural": false}""").status()).isEqualTo(201);
        settle(hospital, hospitalCode, a);
        String reversedId = settle(hospital, hospitalCode, b);
        settle(hospital, hospitalCode, c);
        assertThat(hospital.post("/api/v1/settlements/" + reversedId + "/reversal",
                "{\"reason\": \"退费\"}").status()).isEqualTo(200);

        String today = LocalDate.now().toString();
        String query = "/api/v1/clearing?region=ZIBO&from=" + today + "&to=" + today + "&hospitalCode=" + hospitalCode;
        var response = new JsonHttpClient(port).get(query);
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        JsonNode statement = JSON.readTree(response.body());
        List<String> rows = statement.path("rows").values().stream().map(r -> r.path("fundCode").asString() + " "
                + r.path("stage").asString() + " " + r.path("settlementCount").asInt() + " "
                + r.path("amount").decimalValue().toPlainString() + " " + r.path("reversalCount").asInt() + " "
                + r.path("reversalAmount").decimalValue().toPlainString() + " "
                + r.path("net").decimalValue().toPlainString()).toList();
        assertThat(rows).containsExactly(
                "390100 BASIC 3 95760.00 1 31920.00 63840.00",
                "390200 MAJOR_ILLNESS 3 29452.00 1 11102.00 18350.00",
                "610100 ASSISTANCE 2 16467.00 1 8233.50 8233.50");
        JsonNode totals = statement.path("totals");
        assertThat(totals.path("net").decimalValue()).isEqualByComparingTo("90423.50")
                .isEqualByComparingTo(jdbc.sql("SELECT sum(fund_pay) FROM settlement WHERE hospital_code = ? "
                        + "AND status = 'SETTLED'").param(hospitalCode).query(BigDecimal.class).single());
        assertThat(totals.path("amount").decimalValue()).isEqualByComparingTo("141679.00");
        assertThat(totals.path("reversalAmount").decimalValue()).isEqualByComparingTo("51255.50");

        var csv = hospital.get(query, "Accept", "text/csv");
        assertThat(csv.mediaType()).isEqualTo("text/csv");
        assertThat(csv.body().split("\r\n")).containsExactly(
                "hospitalCode,fundCode,fundName,stage,settlementCount,amount,reversalCount,reversalAmount,net",
                hospitalCode + ",390100,城乡居民基本医疗保险统筹基金,BASIC,3,95760.00,1,31920.00,63840.00",
                hospitalCode + ",390200,城乡居民大病保险,MAJOR_ILLNESS,3,29452.00,1,11102.00,18350.00",
                hospitalCode + ",610100,医疗救助基金,ASSISTANCE,2,16467.00,1,8233.50,8233.50",
                "TOTAL,,,,8,141679.00,3,51255.50,90423.50");

        var fundOnly = hospital.get("/api/v1/clearing?from=" + today + "&to=" + today + "&fundCode=610100");
        assertThat(JSON.readTree(fundOnly.body()).path("totals").path("net").decimalValue())
                .as("a hospital's own figures by default, one fund").isEqualByComparingTo("8233.50");
    }

    @Test
    void aHospitalReadsOnlyItsOwnAndBadPeriodsNameTheField() {
        JsonHttpClient other = PlatformFixtures.hospital(port, unique("CL"));
        assertThat(other.get("/api/v1/clearing?from=2024-03-01&to=2024-03-31&hospitalCode=H37030001").status())
                .isEqualTo(403);
        var missing = other.get("/api/v1/clearing?to=2024-03-31");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("\"field\":\"from\"");
        var reversed = other.get("/api/v1/clearing?from=2024-03-31&to=2024-03-01");
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.body()).contains("\"field\":\"to\"");
    }

    private static String settle(JsonHttpClient hospital, String hospitalCode, String personId) {
        var response = hospital.post("/api/v1/settlements", section6Claim(hospitalCode, unique("ZY"), personId));
        assertThat(response.status()).as("%s", response).isEqualTo(201);
        return JSON.readTree(response.body()).path("settlementId").asString();
    }
}
