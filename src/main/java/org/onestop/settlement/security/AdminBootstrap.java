package org.onestop.settlement.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At start-up, makes sure the client {@code admin} exists. Its secret is {@code SETTLEMENT_ADMIN_PASSWORD}
 * ({@code settlement.security.admin-password}); without it, a random secret is generated on first start and printed
 * once in the log, as Spring Boot does for its default user.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final ClientService clients;
    private final String password;

    AdminBootstrap(ClientService clients, @Value("${settlement.security.admin-password:}") String password) {
        this.clients = clients;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        String generated = clients.bootstrapAdmin(password);
        if (generated != null) {
            log.warn("\n\nGenerated secret of API client '{}': {}\n"
                    + "It is shown only this once. Set SETTLEMENT_ADMIN_PASSWORD to choose it.\n", ClientService.ADMIN_ID,
                    generated);
        }
    }
}
