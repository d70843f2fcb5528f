package org.onestop.settlement.security;

import jakarta.annotation.Nullable;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.onestop.settlement.common.InvalidRequestException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads the append-only audit of writes: who wrote what, when, in a time window. */
@Service
public class AuditLog {

    /** The window when no start is given: this long before its end. */
    private static final long DEFAULT_WINDOW_SECONDS = 86_400;
    private static final int MAX_EVENTS = 10_000;

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One audited write: the client (null when not authenticated), method, path, status and request id. */
    public record AuditEvent(long id, Instant at, String clientId, String method, String path, int status,
                             @Nullable String requestId) {
    }

    /**
     * The events with {@code from ≤ at < to}, oldest first, at most {@code limit} (1..10000) of them; {@code to}
     * defaults to now and {@code from} to 24 hours before {@code to}.
     */
    public List<AuditEvent> between(Instant from, Instant to, int limit) {
        Instant end = to == null ? clock.instant() : to;
        Instant start = from == null ? end.minusSeconds(DEFAULT_WINDOW_SECONDS) : from;
        if (start.isAfter(end)) {
            throw new InvalidRequestException("from", "is after to");
        }
        if (limit < 1 || limit > MAX_EVENTS) {
            throw new InvalidRequestException("limit", "must be between 1 and " + MAX_EVENTS);
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
