package org.onestop.settlement.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At start-up, makes sure the client {@code admin} exists. Its secret is {@code SETTLEMENT_ADMIN_PASSWORD}
 * ({@code settlement.security.admin-password}), at least {@value #MIN_LENGTH} characters, else the service refuses
 * to start; without it, a random secret is generated on first start and printed once in the log, as Spring Boot
 * does for its default user.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    /** The shortest admin secret accepted. */
    static final int MIN_LENGTH = 16;

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final ClientService clients;
    private final String password;

    AdminBootstrap(ClientService clients, @Value("${settlement.security.admin-password:}") String password) {
        if (!password.isEmpty() && password.length() < MIN_LENGTH) {
            throw new IllegalStateException("SETTLEMENT_ADMIN_PASSWORD (settlement.security.admin-password) has "
                    + password.length() + " characters; it must have at least " + MIN_LENGTH
                    + ", or be unset to have a secret generated");
        }
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
