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
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A tiny real-HTTP client for integration tests: sends a request to {@code http://localhost:port} and returns
 * status, headers and body, whose JSON is read exactly (money as BigDecimal, never through a double). Example:
 * <pre>{@code
 * var http = new JsonHttpClient(port);
 * var response = http.post("/api/v1/settlements", "{\"hospitalCode\":\"H1\"}", "Idempotency-Key", "k1");
 * assertThat(response.status()).isEqualTo(201);
 * assertThat(response.json().path("total").decimalValue()).isEqualByComparingTo("100.00");
 * }</pre>
 */
public final class JsonHttpClient {

    /** Reads and writes numbers exactly: 8233.50 stays 8233.50. */
    public static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client;
    private final int port;
    private final String authorization;
    private final HttpClient.Redirect redirects;

    /** A client authenticated as the tests' own ADMIN client ({@link TestClients#admin}). */
    public JsonHttpClient(int port) {
        this(port, TestClients.admin(port));
    }

    private JsonHttpClient(int port, TestClients.Credentials credentials) {
        this(port, credentials == null ? null : credentials.basicHeader(), HttpClient.Redirect.NEVER);
    }

    private JsonHttpClient(int port, String authorization, HttpClient.Redirect redirects) {
        this.client = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(redirects).build();
        this.port = port;
        this.authorization = authorization;
        this.redirects = redirects;
    }

    /** A client authenticated with these credentials. */
    public static JsonHttpClient as(int port, TestClients.Credentials credentials) {
        return new JsonHttpClient(port, credentials);
    }

    /** A client of the same server authenticated with these credentials. */
    public JsonHttpClient withCredentials(TestClients.Credentials credentials) {
        return new JsonHttpClient(port, credentials.basicHeader(), redirects);
    }

    /** A client of the same server authenticated as {@code clientId:secret}. */
    public JsonHttpClient withCredentials(String clientId, String secret) {
        return withCredentials(new TestClients.Credentials(clientId, secret));
    }

    /** A client of the same server that sends no credentials. */
    public JsonHttpClient withoutCredentials() {
        return new JsonHttpClient(port, null, redirects);
    }

    /** The same client, following redirects. */
    public JsonHttpClient followingRedirects() {
        return new JsonHttpClient(port, authorization, HttpClient.Redirect.NORMAL);
    }

    /** The port of the server this client calls on localhost. */
    public int port() {
        return port;
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
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
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

        /** The body parsed as JSON (Jackson 3 tree), numbers exact. */
        public JsonNode json() {
            return JSON.readTree(body);
        }

        @Override
        public String toString() {
            return request + " -> " + status + " " + contentType() + " " + body;
        }
    }
}
