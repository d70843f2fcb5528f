package org.onestop.settlement.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The API clients the tests use. Each test JVM sets its own secret for the bootstrap client {@code admin}
 * ({@link #BOOTSTRAP_ADMIN_SECRET}, given to the application by {@link TestDatabaseInitializer}) and uses it only to
 * create the tests' own ADMIN client, {@code it-admin}, through the API; tests then act as {@code it-admin} or as
 * clients they create themselves.
 */
public final class TestClients {

    /** The secret of the bootstrap {@code admin} in this test JVM. */
    public static final String BOOTSTRAP_ADMIN_SECRET = "it-bootstrap-" + UUID.randomUUID();

    private static final Map<String, Credentials> ADMINS = new ConcurrentHashMap<>();

    private TestClients() {
    }

    /** HTTP Basic credentials. */
    public record Credentials(String clientId, String secret) {

        public String basicHeader() {
            return "Basic " + Base64.getEncoder()
                    .encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The tests' ADMIN client, created once per test JVM (the database is shared by every context of the JVM). */
    public static Credentials admin(int port) {
        return ADMINS.computeIfAbsent("it-admin", id -> create(port, new Credentials("admin", BOOTSTRAP_ADMIN_SECRET),
                "it-admin-" + UUID.randomUUID().toString().substring(0, 8), "ADMIN", null));
    }

    /** Creates a client through the API as {@code creator}; returns its id and generated secret. */
    public static Credentials create(int port, Credentials creator, String clientId, String role,
                                     String hospitalCode) {
        String body = "{\"clientId\":\"" + clientId + "\",\"role\":\"" + role + "\""
                + (hospitalCode == null ? "" : ",\"hospitalCode\":\"" + hospitalCode + "\"") + "}";
        var response = JsonHttpClient.as(port, creator.clientId(), creator.secret())
                .post("/api/v1/clients", body);
        if (response.status() != 201) {
            throw new IllegalStateException("could not create client " + clientId + ": " + response);
        }
        return new Credentials(clientId, response.json().get("secret").asString());
    }
}
