package org.onestop.settlement.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.onestop.settlement.common.web.TextRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Authenticates {@code clientId:secret} against the stored BCrypt hash. A secret once verified is remembered by its
 * SHA-256 (BCrypt costs tens of milliseconds, too much for every request), and the client row is read on every
 * request, so disabling a client takes effect at once. Failed logins are throttled per client id and source
 * address ({@link LoginThrottle}) and logged without the secret.
 */
@Component
class ClientAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ClientAuthenticationProvider.class);

    private final ApiClientRepository clients;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;
    private final Map<String, String> verified = new ConcurrentHashMap<>();
    /** Compared against when the client is unknown or disabled, so that such answers take as long as others. */
    private final String decoyHash;

    ClientAuthenticationProvider(ApiClientRepository clients, PasswordEncoder encoder, LoginThrottle throttle) {
        this.clients = clients;
        this.encoder = encoder;
        this.throttle = throttle;
        this.decoyHash = encoder.encode("decoy-" + System.nanoTime());
    }

    /** Too many failed logins for this client id. */
    static class ThrottledException extends AuthenticationException {

        private final Duration retryAfter;

        ThrottledException(String clientId, Duration retryAfter) {
            super("too many failed logins for client " + clientId);
            this.retryAfter = retryAfter;
        }

        Duration retryAfter() {
            return retryAfter;
        }
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String clientId = authentication.getName();
        String secret = String.valueOf(authentication.getCredentials());
        if (!TextRules.isClean(clientId)) {
            log.warn("Refused login for client id {}: control characters", TextRules.printable(clientId));
            throw new BadCredentialsException("bad credentials");
        }
        String source = authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
        Duration wait = throttle.blockedFor(clientId, source);
        if (!wait.isZero() && !wait.isNegative()) {
            log.warn("Login refused for client {} from {}: too many failed attempts", clientId, source);
            throw new ThrottledException(clientId, wait);
        }
        ApiClient client = clients.findById(clientId).filter(ApiClient::enabled).orElse(null);
        String fingerprint = sha256(clientId + '\n' + secret + '\n' + (client == null ? "" : client.secretHash()));
        boolean ok;
        if (client == null) {
            encoder.matches(secret, decoyHash);
            ok = false;
        } else {
            ok = fingerprint.equals(verified.get(clientId)) || encoder.matches(secret, client.secretHash());
        }
        if (!ok) {
            throttle.failed(clientId, source);
            log.warn("Failed login for client {}", clientId);
            throw new BadCredentialsException("bad credentials");
        }
        verified.put(clientId, fingerprint);
        throttle.succeeded(clientId, source);
        CurrentClient principal = new CurrentClient(client.clientId(), client.role(), client.hospitalCode(),
                client.region());
        return UsernamePasswordAuthenticationToken.authenticated(principal, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + client.role().name())));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
