package org.onestop.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.onestop.settlement.support.ApiFixtures;
import org.onestop.settlement.support.IntegrationTest;
import org.onestop.settlement.support.JsonHttpClient;
import org.onestop.settlement.support.TestDatabase;
import org.onestop.settlement.support.JsonHttpClient.Response;
import org.onestop.settlement.support.SettlementApi;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The operational endpoints: health with the database, build info and Prometheus metrics. */
@IntegrationTest
class ActuatorIT {

    @Autowired
    JsonHttpClient http;

    @Autowired
    SettlementApi api;

    @Test
    void healthIsUpWithTheDatabase() {
        Response response = http.get("/actuator/health");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode health = response.json();
        assertThat(health.path("status").asString()).isEqualTo("UP");
        assertThat(health.path("components").path("db").path("status").asString()).isEqualTo("UP");
        assertThat(health.path("components").path("db").path("details").path("database").asString())
                .isEqualTo("PostgreSQL");
    }

    @Test
    void infoHasTheBuildVersion() {
        Response response = http.get("/actuator/info");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode build = response.json().path("build");
        assertThat(build.path("version").asString()).isNotBlank();
        assertThat(build.path("artifact").asString()).isEqualTo("settlement");
    }

    @Test
    void prometheusScrapeAnswers() {
        Response response = http.get("/actuator/prometheus", "Accept", "text/plain");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.mediaType()).isEqualTo("text/plain");
        assertThat(response.body()).contains("jvm_memory_used_bytes", "hikaricp_connections");
    }

    @Test
    void everySettlementRequestIsTimedByRegionAndOutcome() {
        String personId = api.newMinLivingZiboResident("metrics", LocalDate.of(2024, 1, 1), null);
        ObjectNode claim = ApiFixtures.section6Claim(ApiFixtures.unique("H"), "ZY-M", personId);
        double settledBefore = settlementCount("ZIBO", "settled");
        double replayedBefore = settlementCount("ZIBO", "replayed");

        api.settleCreated(claim);
        assertThat(api.settle(claim).status()).isEqualTo(200);

        assertThat(settlementCount("ZIBO", "settled")).isEqualTo(settledBefore + 1);
        assertThat(settlementCount("ZIBO", "replayed")).isEqualTo(replayedBefore + 1);
    }

    /** The scraped count of {@code settlement.duration} for a region and outcome; 0 before the first. */
    private double settlementCount(String region, String outcome) {
        return http.get("/actuator/prometheus", "Accept", "text/plain").body().lines()
                .filter(line -> line.startsWith("settlement_duration_seconds_count{")
                        && line.contains("outcome=\"" + outcome + "\"") && line.contains("region=\"" + region + "\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    @Test
    void flywayMigratedTheTestDatabase() throws SQLException {
        try (Connection connection = TestDatabase.get().connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM service_info")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void anonymousCallersSeeTheStatusOnlyAndNoMetrics() {
        JsonHttpClient anonymous = http.withoutCredentials();
        Response health = anonymous.get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asString()).isEqualTo("UP");
        assertThat(health.json().has("components")).as("components are for ADMIN clients").isFalse();
        assertThat(anonymous.get("/actuator/prometheus").status()).isEqualTo(401);
    }
}
