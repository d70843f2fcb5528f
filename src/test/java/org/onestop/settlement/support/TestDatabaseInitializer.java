package org.onestop.settlement.support;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points {@code spring.datasource.*} at the JVM-wide {@link TestDatabase}, with precedence over every other property
 * source, so the application's embedded run-time database is never started in tests.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase database = TestDatabase.get();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testDatabase", Map.of(
                "spring.datasource.url", database.jdbcUrl(),
                "spring.datasource.username", database.username(),
                "spring.datasource.password", database.password(),
                "settlement.db.embedded.enabled", "false",
                "settlement.security.admin-password", TestClients.BOOTSTRAP_ADMIN_SECRET)));
    }
}
