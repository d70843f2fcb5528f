package org.onestop.settlement.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;

import org.onestop.settlement.common.ConflictException;
import org.onestop.settlement.common.HospitalCode;
import org.onestop.settlement.common.InvalidRequestException;
import org.onestop.settlement.common.NotFoundException;
import org.onestop.settlement.common.RegionCode;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and disables API clients; a new client's secret is generated here and shown only once. */
@Service
public class ClientService {

    static final String ADMIN_ID = "admin";

    private final SecureRandom random = new SecureRandom();
    private final ApiClientRepository clients;
    private final PasswordEncoder encoder;
    private final Clock clock;

    ClientService(ApiClientRepository clients, PasswordEncoder encoder, Clock clock) {
        this.clients = clients;
        this.encoder = encoder;
        this.clock = clock;
    }

    /** A client and, once, its secret in clear. */
    public record Created(ApiClient client, String secret) {
    }

    /**
     * Creates a client with a generated secret. A HOSPITAL client is bound to exactly one hospital code, an
     * ASSISTANCE_OFFICE client to exactly one region; the other roles have neither.
     */
    @Transactional
    public Created create(String clientId, Role role, HospitalCode hospitalCode, RegionCode region) {
        boolean hospital = role == Role.HOSPITAL;
        if (hospital != (hospitalCode != null)) {
            throw new InvalidRequestException("hospitalCode", hospital
                    ? "is required for a HOSPITAL client" : "is only for HOSPITAL clients");
        }
        boolean office = role == Role.ASSISTANCE_OFFICE;
        if (office != (region != null)) {
            throw new InvalidRequestException("region", office
                    ? "is required for an ASSISTANCE_OFFICE client" : "is only for ASSISTANCE_OFFICE clients");
        }
        if (clients.existsById(clientId)) {
            throw new ConflictException("client " + clientId + " already exists");
        }
        String secret = newSecret();
        ApiClient client = clients.save(new ApiClient(clientId, encoder.encode(secret), role,
                hospitalCode == null ? null : hospitalCode.value(), region,
                clock.instant()));
        return new Created(client, secret);
    }

    /** Disables a client (kept for the audit trail); the last enabled administrator cannot be disabled. */
    @Transactional
    public ApiClient disable(String clientId) {
        ApiClient client = clients.findById(clientId)
                .orElseThrow(() -> new NotFoundException("no client " + clientId));
        if (client.enabled() && client.role() == Role.ADMIN && clients.countByRoleAndEnabledTrue(Role.ADMIN) == 1) {
            throw new ConflictException("client " + clientId + " is the last enabled ADMIN");
        }
        client.disable(clock.instant());
        return client;
    }

    /** Every client, by id. */
    @Transactional(readOnly = true)
    public List<ApiClient> list() {
        return clients.findAllByOrderByClientId();
    }

    /**
     * Makes sure the bootstrap administrator exists: with {@code password} when given (its secret is reset to it on
     * every start), else with a generated secret on first start only.
     *
     * @return the generated secret to show once, or null when none was generated
     */
    @Transactional
    String bootstrapAdmin(String password) {
        ApiClient admin = clients.findById(ADMIN_ID).orElse(null);
        if (password != null && !password.isBlank()) {
            if (admin == null) {
                clients.save(new ApiClient(ADMIN_ID, encoder.encode(password), Role.ADMIN, null, null, clock.instant()));
            } else if (!encoder.matches(password, admin.secretHash())) {
                admin.replaceSecret(encoder.encode(password));
            }
            return null;
        }
        if (admin != null) {
            return null;
        }
        String secret = newSecret();
        clients.save(new ApiClient(ADMIN_ID, encoder.encode(secret), Role.ADMIN, null, null, clock.instant()));
        return secret;
    }

    private String newSecret() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
