package org.onestop.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.onestop.settlement.support.IntegrationTest;
import org.onestop.settlement.support.JsonHttpClient;
import org.onestop.settlement.support.TestDatabase;
import org.onestop.settlement.support.JsonHttpClient.Response;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The operational endpoints: health with the database, build info and Prometheus metrics. */
@IntegrationTest
class ActuatorIT {

    @Autowired
    JsonHttpClient http;

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
