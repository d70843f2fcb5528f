package org.onestop.settlement.common;

import java.net.URI;

/**
 * The kinds of failure the API reports, each with a stable RFC 9457 {@code type} URI, a title and its HTTP status.
 * Clients may switch on the URI; it never changes once published.
 */
public enum ProblemType {

    /** The request is well-formed but a field or parameter breaks a rule; the problem lists the fields. */
    VALIDATION("validation", "Validation failed", 400),
    /** The body is not parseable JSON, or a value has the wrong JSON type. */
    MALFORMED_JSON("malformed-json", "Malformed request body", 400),
    /** Any other bad request (e.g. an unreadable header). */
    BAD_REQUEST("bad-request", "Bad request", 400),
    /** No resource at this path, or the addressed entity does not exist. */
    NOT_FOUND("not-found", "Resource not found", 404),
    /** No credentials, unknown client, wrong secret, or a disabled client. */
    UNAUTHORIZED("unauthorized", "Authentication required", 401),
    /** The client is authenticated but its role or hospital may not do this. */
    FORBIDDEN("forbidden", "Forbidden", 403),
    /** The path exists but not for this HTTP method. */
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
    /** No representation matches the request's Accept header. */
    NOT_ACCEPTABLE("not-acceptable", "Not acceptable", 406),
    /** The request conflicts with the current state (e.g. a duplicate or a concurrent change). */
    CONFLICT("conflict", "Conflict", 409),
    /** The request body is larger than the service accepts ({@code settlement.http.max-body-size}). */
    PAYLOAD_TOO_LARGE("payload-too-large", "Request body too large", 413),
    /** The body's content type is not supported by this endpoint. */
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
    /** The request is valid but cannot be processed as asked (e.g. no policy in force for the region and date). */
    UNPROCESSABLE("unprocessable", "Unprocessable request", 422),
    /** Too many failed logins for a client id; retry after the {@code Retry-After} seconds. */
    TOO_MANY_REQUESTS("too-many-requests", "Too many requests", 429),
    /** An unexpected server-side failure; details are logged, never returned. */
    INTERNAL("internal", "Internal server error", 500),
    /** The endpoint exists but its behaviour is not implemented yet. */
    NOT_IMPLEMENTED("not-implemented", "Not implemented", 501),
    /** The service cannot serve the request right now (e.g. the database is unreachable). */
    UNAVAILABLE("unavailable", "Service unavailable", 503),
    /**
     * The database failed while the request was being carried out (a lost connection or a failed commit), so whether
     * it took effect is unknown: retry the same request after {@code Retry-After} seconds; a settlement that did
     * commit is then answered as the original.
     */
    OUTCOME_UNKNOWN("outcome-unknown", "Outcome unknown, retry with the same request", 503);

    /** Common prefix of every problem type URI. */
    public static final String BASE_URI = "https://onestop-settlement.org/problems/";

    private final URI uri;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.uri = URI.create(BASE_URI + slug);
        this.title = title;
        this.status = status;
    }

    public URI uri() {
        return uri;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }

    /**
     * The kind to report for a bare HTTP status when no more specific kind is known.
     *
     * @param status an HTTP status code, 400-599
     * @return the kind whose status matches, else {@link #BAD_REQUEST} for other 4xx and {@link #INTERNAL} for 5xx
     */
    public static ProblemType forStatus(int status) {
        return switch (status) {
            case 400 -> BAD_REQUEST;
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 422 -> UNPROCESSABLE;
            case 429 -> TOO_MANY_REQUESTS;
            case 501 -> NOT_IMPLEMENTED;
            case 503 -> UNAVAILABLE;
            default -> status >= 500 ? INTERNAL : BAD_REQUEST;
        };
    }
}
