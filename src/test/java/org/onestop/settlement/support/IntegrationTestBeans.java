package org.onestop.settlement.support;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The fixtures an {@link IntegrationTest} may autowire: the HTTP client of the tests' ADMIN client and the
 * {@link SettlementApi}, both for the application's random port. Lazy, as the port is known only once the server has
 * started. Not a {@code @Configuration}, so that no component scan of the application picks it up.
 */
public class IntegrationTestBeans {

    @Bean
    @Lazy
    JsonHttpClient adminHttpClient(@Value("${local.server.port}") int port) {
        return new JsonHttpClient(port);
    }

    @Bean
    @Lazy
    SettlementApi settlementApi(JsonHttpClient adminHttpClient, JdbcClient jdbc) {
        return new SettlementApi(adminHttpClient, jdbc);
    }
}
