package org.onestop.settlement.common.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded PostgreSQL (zonky) when no {@code spring.datasource.url} is configured, so that
 * {@code ./mvnw spring-boot:run} works on a machine with only a JDK.
 *
 * <p>The cluster lives in {@code settlement.db.embedded.data-directory} (default {@code ./data/pg}) and is kept
 * between runs. The server is exposed to Spring Boot as {@link JdbcConnectionDetails}, so Boot's own
 * {@code DataSource} (Hikari, configured by {@code spring.datasource.hikari.*}), Flyway and the health indicator use
 * it like any other database. The {@link EmbeddedPostgres} bean is closed when the application context closes,
 * after the connection pool that depends on it.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDataSourceUrlCondition.class)
public class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(
            @Value("${settlement.db.embedded.data-directory:./data/pg}") String dataDirectory,
            @Value("${settlement.db.embedded.port:0}") int port) {
        Path directory = Path.of(dataDirectory).toAbsolutePath().normalize();
        try {
            Files.createDirectories(directory);
            log.info("Starting embedded PostgreSQL with data directory {}", directory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    // zonky tunes PostgreSQL for throw-away test data (-F, synchronous_commit=off); this cluster
                    // is kept, so make commits durable again.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on");
            if (port > 0) {
                builder.setPort(port);
            }
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, e);
        }
    }

    @Bean
    JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgres postgres) {
        String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return "postgres";
            }

            @Override
            public String getPassword() {
                return null;
            }

            @Override
            public String getJdbcUrl() {
                return url;
            }

            @Override
            public String getDriverClassName() {
                return DatabaseDriver.POSTGRESQL.getDriverClassName();
            }
        };
    }
}
