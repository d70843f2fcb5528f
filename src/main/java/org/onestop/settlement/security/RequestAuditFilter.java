package org.onestop.settlement.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

import org.onestop.settlement.common.web.TextRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Gives every request an id ({@code X-Request-Id}, taken from the caller when well-formed, else generated; echoed
 * in the answer and put in the log context), and appends an audit row for every write to {@code /api/**}, the
 * platform interface included, and for every form the console posts under {@code /console/} (its login included):
 * who (the client, or the client id tried when authentication failed), what (method, path, status), when, and the
 * request id. Runs outside the security filters, so refused writes are audited too. A write that commits is audited
 * in its own transaction ({@link AuditTrail}); this filter writes the row of a request that committed none, after the
 * answer.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1)
class RequestAuditFilter extends OncePerRequestFilter {

    static final String REQUEST_ID = "X-Request-Id";

    private static final Logger log = LoggerFactory.getLogger(RequestAuditFilter.class);
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final AuditTrail trail;

    RequestAuditFilter(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String requestId = requestId(request.getHeader(REQUEST_ID));
        response.setHeader(REQUEST_ID, requestId);
        MDC.put("requestId", requestId);
        boolean audited = !READS.contains(request.getMethod()) && (request.getRequestURI().startsWith("/api/")
                || request.getRequestURI().startsWith(ConsoleSecurityConfiguration.ROOT + "/"));
        AuditTrail.Attempt attempt = audited ? trail.begin(request, requestId) : null;
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove("requestId");
            if (attempt != null) {
                audit(attempt, response.getStatus(), requestId);
            }
        }
    }

    private void audit(AuditTrail.Attempt attempt, int status, String requestId) {
        try {
            trail.end(attempt, status);
        } catch (RuntimeException e) {
            log.error("Could not write the audit row of request {}", requestId, e);
        }
    }

    /**
     * The client id tried by a request that did not authenticate (never the secret): of a Basic header, or of the
     * console's login form; else null.
     */
    static String attemptedClientId(HttpServletRequest request) {
        if (request.getRequestURI().equals(ConsoleSecurityConfiguration.LOGIN)) {
            String id = request.getParameter("clientId");
            return id == null ? null : shortened(id);
        }
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return shortened(colon < 0 ? decoded : decoded.substring(0, colon));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String shortened(String id) {
        String printable = TextRules.printable(id); // escaped first: escaping lengthens the id
        return printable.length() > 64 ? printable.substring(0, 64) : printable;
    }

    private static String requestId(String given) {
        return given != null && given.matches("[A-Za-z0-9._-]{1,64}") ? given : UUID.randomUUID().toString();
    }
}
