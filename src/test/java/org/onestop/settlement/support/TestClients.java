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

    /** A new client of {@code role} with a unique id, created through the API by the tests' ADMIN client. */
    public static Credentials newClient(int port, String prefix, String role, String hospitalCode) {
        return create(port, admin(port), newClientId(prefix), role, hospitalCode);
    }

    /** A unique client id (lower case, as the API requires). */
    public static String newClientId(String prefix) {
        return "it-" + prefix + "-" + UUID.randomUUID().toString().substring(0, 13);
    }

    /** Creates a client through the API as {@code creator}; returns its id and generated secret. */
    public static Credentials create(int port, Credentials creator, String clientId, String role,
                                     String hospitalCode) {
        var response = JsonHttpClient.as(port, creator)
                .post(ApiFixtures.CLIENTS, ApiFixtures.text(ApiFixtures.client(clientId, role, hospitalCode)));
        if (response.status() != 201) {
            throw new IllegalStateException("could not create client " + clientId + ": " + response);
        }
        return new Credentials(clientId, response.json().get("secret").asString());
    }
}
