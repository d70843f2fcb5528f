package org.onestop.settlement.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.settlement.SettlementApplication;

/**
 * Starts the service as its own process, the way the README does (only {@code SETTLEMENT_ADMIN_PASSWORD} set, the
 * embedded PostgreSQL in a fresh directory), and sends the README's {@code curl} example with the README's secret.
 */
class ReadmeAdminSecretIT {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    @Test
    void theReadmesAdminSecretVariableAuthenticatesTheReadmesCurlExample(@TempDir Path dir) throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String secret = group(readme, "`SETTLEMENT_ADMIN_PASSWORD=(\\S+?)`");
        Matcher curl = find(readme, "curl -u admin:(\\S+) -X POST localhost:8080(\\S+) -H '([^:']+): ([^']+)' -d '([^']*)'");
        assertThat(curl.group(1)).as("the curl example uses the secret the README sets").isEqualTo(secret);
        assertThat(secret.length()).isGreaterThanOrEqualTo(AdminBootstrap.MIN_LENGTH);

        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SettlementApplication.class.getName());
        builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("SETTLEMENT_"));
        builder.environment().put("SETTLEMENT_ADMIN_PASSWORD", secret);
        builder.environment().put("SERVER_PORT", String.valueOf(port));
        builder.environment().put("SETTLEMENT_DB_EMBEDDED_DATA_DIRECTORY", dir.resolve("pg").toString());
        builder.redirectErrorStream(true).redirectOutput(dir.resolve("service.log").toFile());
        Process service = builder.start();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String base = "http://localhost:" + port;
            awaitHealthy(http, base, service, dir.resolve("service.log"));

            HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(base + curl.group(2)))
                    .header(curl.group(3), curl.group(4))
                    .POST(HttpRequest.BodyPublishers.ofString(curl.group(5)));
            HttpResponse<String> withSecret = http.send(post.copy().header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(("admin:" + secret).getBytes(StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> anonymous = http.send(post.build(), HttpResponse.BodyHandlers.ofString());

            // README: "400 problem+json; without -u the answer is 401 problem+json"
            assertThat(withSecret.statusCode()).as(withSecret.body()).isEqualTo(400);
            assertThat(withSecret.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(anonymous.statusCode()).isEqualTo(401);
            assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(Files.readString(dir.resolve("service.log"))).doesNotContain("Generated secret");
        } finally {
            service.destroy();
            if (!service.waitFor(60, TimeUnit.SECONDS)) {
                service.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private static void awaitHealthy(HttpClient http, String base, Process service, Path log) throws Exception {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        HttpRequest health = HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!service.isAlive()) {
                throw new AssertionError("the service stopped: " + Files.readString(log));
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the service did not become healthy in " + START_TIMEOUT + ": " + Files.readString(log));
    }

    private static Matcher find(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as("README contains " + regex).isTrue();
        return matcher;
    }

    private static String group(String text, String regex) {
        return find(text, regex).group(1);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
