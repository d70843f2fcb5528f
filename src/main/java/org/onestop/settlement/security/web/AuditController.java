package org.onestop.settlement.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.onestop.settlement.common.InvalidRequestException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The audit of writes (ADMIN only). */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "Who wrote what, when (ADMIN)")
class AuditController {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditController(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One audited write: the client (null when not authenticated), method, path, status and request id. */
    record AuditEvent(long id, Instant at, String clientId, String method, String path, int status,
                      String requestId) {
    }

    @GetMapping
    @Operation(summary = "Audited writes with from ≤ at < to, oldest first")
    List<AuditEvent> list(
            @Parameter(description = "ISO-8601 instant, inclusive (default: 24 hours before to)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @Parameter(description = "ISO-8601 instant, exclusive (default: now)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @Parameter(description = "at most this many events, 1..10000 (default 1000)")
            @RequestParam(defaultValue = "1000") int limit) {
        Instant end = to == null ? clock.instant() : to;
        Instant start = from == null ? end.minusSeconds(86_400) : from;
        if (start.isAfter(end)) {
            throw new InvalidRequestException("from", "is after to");
        }
        if (limit < 1 || limit > 10_000) {
            throw new InvalidRequestException("limit", "must be between 1 and 10000");
        }
        return jdbc.sql("""
                SELECT event_id, at, client_id, method, path, status, request_id FROM audit_event
                WHERE at >= ? AND at < ? ORDER BY event_id LIMIT ?""")
                .params(Timestamp.from(start), Timestamp.from(end), limit)
                .query((rs, n) -> new AuditEvent(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getInt(6), rs.getString(7)))
                .list();
    }
}
