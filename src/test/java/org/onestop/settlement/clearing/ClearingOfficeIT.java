package org.onestop.settlement.clearing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onestop.settlement.np.PlatformFixtures.JSON;
import static org.onestop.settlement.np.PlatformFixtures.section6Claim;
import static org.onestop.settlement.np.PlatformFixtures.unique;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onestop.settlement.np.PlatformFixtures;
import org.onestop.settlement.support.IntegrationTest;
import org.onestop.settlement.support.JsonHttpClient;
import org.onestop.settlement.support.TestClients;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The assistance office (医疗救助经办机构) reads the clearing of its own region and of the assistance fund 610100 only.
 * One hospital settles today the policies.md §6 stay for A (Zibo 低保 resident: basic 31920.00, major illness
 * 11102.00, assistance 75% × 10978.00 = 8233.50, tilt 0.00) and for C (Zibo resident without identity: basic
 * 31920.00, major illness 60% × (22080 − 10000) = 7248.00, no assistance). So the Zibo office sees one line, 610100
 * ASSISTANCE, 1 settlement, 8233.50; the Wuhai office sees nothing of this Zibo hospital's claims.
 */
@IntegrationTest
class ClearingOfficeIT {

    @LocalServerPort
    int port;

    @Test
    void anOfficeReadsItsRegionsAssistanceFundOnly() {
        String hospitalCode = unique("CO");
        JsonHttpClient hospital = PlatformFixtures.hospital(port, hospitalCode);
        String a = unique("co-a-");
        String c = unique("co-c-");
        PlatformFixtures.minLivingZiboResident(port, a);
        assertThat(new JsonHttpClient(port).put("/api/v1/persons/" + c, """
                {"name": "C", "sex": "MALE", "birthDate": "1970-01-01", "region": "ZIBO", "insuranceType": "RESIDENT",
                 "rural": false}""").status()).isEqualTo(201);
        for (String personId : List.of(a, c)) {
            var settled = hospital.post("/api/v1/settlements", section6Claim(hospitalCode, unique("ZY"), personId));
            assertThat(settled.status()).as("%s", settled).isEqualTo(201);
        }
        String today = LocalDate.now().toString();
        String period = "/api/v1/clearing?from=" + today + "&to=" + today + "&hospitalCode=" + hospitalCode;
        JsonHttpClient zibo = office("ZIBO");

        assertThat(rows(zibo.get(period))).as("region ZIBO and fund 610100 by default")
                .containsExactly("ZIBO 610100 ASSISTANCE 1 8233.50");
        assertThat(rows(zibo.get(period + "&region=ZIBO&fundCode=610100"))).containsExactly(
                "ZIBO 610100 ASSISTANCE 1 8233.50");
        var csv = zibo.get(period, "Accept", "text/csv");
        assertThat(csv.body().split("\r\n")).hasSize(3).contains(
                hospitalCode + ",610100,医疗救助基金,ASSISTANCE,1,8233.50,0,0.00,8233.50");

        assertThat(zibo.get(period + "&region=WUHAI").status()).as("another region").isEqualTo(403);
        assertThat(zibo.get(period + "&fundCode=390100").status()).as("the basic fund").isEqualTo(403);
        assertThat(rows(office("WUHAI").get(period))).as("a Zibo hospital's Zibo claims, seen from Wuhai").isEmpty();
    }

    private JsonHttpClient office(String region) {
        String clientId = TestClients.newClientId("office");
        var created = JsonHttpClient.as(port, TestClients.admin(port)).post("/api/v1/clients",
                "{\"clientId\": \"" + clientId + "\", \"role\": \"ASSISTANCE_OFFICE\", \"region\": \"" + region + "\"}");
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return new JsonHttpClient(port).withCredentials(clientId, created.json().path("secret").asString());
    }

    private static List<String> rows(JsonHttpClient.Response response) {
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        JsonNode statement = JSON.readTree(response.body());
        return statement.path("rows").values().stream().map(r -> statement.path("region").asString() + " "
                + r.path("fundCode").asString() + " " + r.path("stage").asString() + " "
                + r.path("settlementCount").asInt() + " " + r.path("amount").decimalValue().toPlainString()).toList();
    }
}
