package org.onestop.settlement.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import org.onestop.settlement.support.TestClients;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real HTTP calls for {@link SecurityIT}, as one client (or none), with the answer's headers, which the security tests
 * check ({@code WWW-Authenticate}, {@code Retry-After}, {@code X-Request-Id}) and the shared
 * {@link org.onestop.settlement.support.JsonHttpClient} does not return.
 */
final class SecurityHttp {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client;
    private final String baseUrl;
    private final String authorization;

    private SecurityHttp(int port, String authorization, boolean followRedirects) {
        this.client = HttpClient.newBuilder().connectTimeout(TIMEOUT)
                .followRedirects(followRedirects ? HttpClient.Redirect.NORMAL : HttpClient.Redirect.NEVER).build();
        this.baseUrl = "http://localhost:" + port;
        this.authorization = authorization;
    }

    /** Calls as {@code clientId:secret} (HTTP Basic). */
    static SecurityHttp as(int port, String clientId, String secret) {
        String token = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return new SecurityHttp(port, "Basic " + token, false);
    }

    static SecurityHttp as(int port, TestClients.Credentials credentials) {
        return as(port, credentials.clientId(), credentials.secret());
    }

    /** Calls without credentials. */
    static SecurityHttp anonymous(int port) {
        return new SecurityHttp(port, null, false);
    }

    /** Calls without credentials and follows redirects. */
    static SecurityHttp anonymousFollowingRedirects(int port) {
        return new SecurityHttp(port, null, true);
    }

    /** GET; {@code headers} are name, value pairs. */
    Reply get(String path, String... headers) {
        return send("GET", path, null, headers);
    }

    /** POST of a JSON body (null for none); {@code headers} are name, value pairs. */
    Reply post(String path, String json, String... headers) {
        return send("POST", path, json, headers);
    }

    /** PUT of a JSON body; {@code headers} are name, value pairs. */
    Reply put(String path, String json, String... headers) {
        return send("PUT", path, json, headers);
    }

    /** DELETE; {@code headers} are name, value pairs. */
    Reply delete(String path, String... headers) {
        return send("DELETE", path, null, headers);
    }

    Reply send(String method, String path, String json, String... headers) {
        if (headers.length % 2 != 0) {
            throw new IllegalArgumentException("headers must be name, value pairs");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(TIMEOUT)
                .header("Accept", "application/json, application/problem+json, */*;q=0.5")
                .method(method, json == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = client.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(method + " " + path, response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + path + " interrupted", e);
        }
    }

    /** What came back for {@code request} ("METHOD path"). */
    record Reply(String request, int status, HttpHeaders headers, String body) {

        Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        /** The content type without parameters, e.g. {@code application/problem+json}; empty if none. */
        String mediaType() {
            String contentType = headers.firstValue("Content-Type").orElse("");
            int semicolon = contentType.indexOf(';');
            return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim();
        }

        JsonNode json() {
            return JSON.readTree(body);
        }

        @Override
        public String toString() {
            return request + " -> " + status + " " + headers.firstValue("Content-Type").orElse("") + " " + body;
        }
    }
}
