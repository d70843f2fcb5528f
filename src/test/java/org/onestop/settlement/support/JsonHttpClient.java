package org.onestop.settlement.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A tiny real-HTTP client for integration tests: sends a request to {@code http://localhost:port} and returns
 * status, content type and body. Example:
 * <pre>{@code
 * var http = new JsonHttpClient(port);
 * var response = http.post("/api/v1/settlements", "{\"hospitalCode\":\"H1\"}", "Idempotency-Key", "k1");
 * assertThat(response.status()).isEqualTo(201);
 * assertThat(response.json().path("total").decimalValue()).isEqualByComparingTo("100.00");
 * }</pre>
 */
public final class JsonHttpClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client;
    private final String baseUrl;
    private final String authorization;

    /** A client authenticated as the tests' own ADMIN client ({@link TestClients#admin}). */
    public JsonHttpClient(int port) {
        this(port, TestClients.admin(port));
    }

    private JsonHttpClient(int port, TestClients.Credentials credentials) {
        this("http://localhost:" + port, credentials == null ? null : credentials.basicHeader(),
                HttpClient.Redirect.NEVER);
    }

    private JsonHttpClient(String baseUrl, String authorization, HttpClient.Redirect redirects) {
        this.client = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(redirects).build();
        this.baseUrl = baseUrl;
        this.authorization = authorization;
    }

    /** A client authenticated as {@code clientId:secret}. */
    public static JsonHttpClient as(int port, String clientId, String secret) {
        return as(port, new TestClients.Credentials(clientId, secret));
    }

    /** A client authenticated with these credentials. */
    public static JsonHttpClient as(int port, TestClients.Credentials credentials) {
        return new JsonHttpClient(port, credentials);
    }

    /** The same client, following redirects. */
    public JsonHttpClient followingRedirects() {
        return new JsonHttpClient(baseUrl, authorization, HttpClient.Redirect.NORMAL);
    }

    /** A client that sends no credentials. */
    public static JsonHttpClient anonymous(int port) {
        return new JsonHttpClient(port, null);
    }

    /** GET; {@code headers} are name, value pairs. */
    public Response get(String path, String... headers) {
        return send("GET", path, null, null, headers);
    }

    /** POST of a JSON body ({@code Content-Type: application/json}); {@code headers} are name, value pairs. */
    public Response post(String path, String json, String... headers) {
        return send("POST", path, "application/json", json, headers);
    }

    /** PUT of a JSON body; {@code headers} are name, value pairs. */
    public Response put(String path, String json, String... headers) {
        return send("PUT", path, "application/json", json, headers);
    }

    /** DELETE; {@code headers} are name, value pairs. */
    public Response delete(String path, String... headers) {
        return send("DELETE", path, null, null, headers);
    }

    /** Any method, content type and body (both may be null); {@code headers} are name, value pairs. */
    public Response send(String method, String path, String contentType, String body, String... headers) {
        if (headers.length % 2 != 0) {
            throw new IllegalArgumentException("headers must be name, value pairs");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(TIMEOUT)
                .header("Accept", "application/json, application/problem+json, */*;q=0.5")
                .method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(method + " " + path, response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + path + " interrupted", e);
        }
    }

    /**
     * What came back.
     *
     * @param request "METHOD path", for assertion messages
     * @param status  the HTTP status code
     * @param headers the answer's headers
     * @param body    the body as text
     */
    public record Response(String request, int status, HttpHeaders headers, String body) {

        /** The full {@code Content-Type} header, empty if none. */
        public String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        /** The content type without parameters, e.g. {@code application/problem+json}. */
        public String mediaType() {
            String contentType = contentType();
            int semicolon = contentType.indexOf(';');
            return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim();
        }

        /** The first value of a header. */
        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        /** The body parsed as JSON (Jackson 3 tree). */
        public JsonNode json() {
            return JSON.readTree(body);
        }

        @Override
        public String toString() {
            return request + " -> " + status + " " + contentType() + " " + body;
        }
    }
}
