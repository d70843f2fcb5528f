package org.onestop.settlement.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per client id and source address, in PostgreSQL so that every instance sees the same
 * count. After {@code max} failures within {@code window} from one source, that source is refused for that id for
 * {@code initialBlock}, doubled with every further failure up to {@code window}. A success clears only its own
 * source's count, and a source that has not failed is never refused: failures cannot lock a client out.
 */
@Component
class LoginThrottle {

    /** Every this many failures, rows whose last failure has left the window are deleted. */
    private static final int SWEEP_EVERY = 100;

    private final int max;
    private final Duration window;
    private final Duration initialBlock;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final AtomicLong failuresSeen = new AtomicLong();

    LoginThrottle(@Value("${settlement.security.login-failures.max:5}") int max,
                  @Value("${settlement.security.login-failures.window:PT15M}") Duration window,
                  @Value("${settlement.security.login-failures.initial-block:PT1M}") Duration initialBlock,
                  JdbcClient jdbc, Clock clock) {
        this.max = max;
        this.window = window;
        this.initialBlock = initialBlock;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** How long this source must wait before trying this client id again, or {@link Duration#ZERO}. */
    Duration blockedFor(String clientId, String source) {
        Instant now = clock.instant();
        return jdbc.sql("SELECT blocked_until FROM login_failure WHERE client_id = ? AND source = ?")
                .params(key(clientId), key(source)).query(Timestamp.class).optional()
                .map(Timestamp::toInstant)
                .filter(until -> until.isAfter(now))
                .map(until -> Duration.between(now, until))
                .orElse(Duration.ZERO);
    }

    /** Counts a failure; from the {@code max}-th on within the window, blocks the source with doubling backoff. */
    void failed(String clientId, String source) {
        Instant now = clock.instant();
        int failures = jdbc.sql("""
                INSERT INTO login_failure (client_id, source, failures, first_at, last_at)
                VALUES (:client, :source, 1, :now, :now)
                ON CONFLICT (client_id, source) DO UPDATE SET
                    failures = CASE WHEN login_failure.last_at <= :windowStart THEN 1
                                    ELSE login_failure.failures + 1 END,
                    first_at = CASE WHEN login_failure.last_at <= :windowStart THEN :now
                                    ELSE login_failure.first_at END,
                    last_at = :now
                RETURNING failures""")
                .param("client", key(clientId)).param("source", key(source))
                .param("now", Timestamp.from(now)).param("windowStart", Timestamp.from(now.minus(window)))
                .query(Integer.class).single();
        if (failures >= max) {
            jdbc.sql("UPDATE login_failure SET blocked_until = ? WHERE client_id = ? AND source = ?")
                    .params(Timestamp.from(now.plus(block(failures - max))), key(clientId), key(source)).update();
        }
        if (failuresSeen.incrementAndGet() % SWEEP_EVERY == 0) {
            jdbc.sql("DELETE FROM login_failure WHERE last_at <= ? AND (blocked_until IS NULL OR blocked_until <= ?)")
                    .params(Timestamp.from(now.minus(window)), Timestamp.from(now)).update();
        }
    }

    /** A success clears this source's count for the id, and no other. */
    void succeeded(String clientId, String source) {
        jdbc.sql("DELETE FROM login_failure WHERE client_id = ? AND source = ?")
                .params(key(clientId), key(source)).update();
    }

    /** {@code initialBlock × 2^beyond}, at most the window. */
    Duration block(int beyond) {
        Duration block = initialBlock;
        for (int i = 0; i < beyond && block.compareTo(window) < 0; i++) {
            block = block.multipliedBy(2);
        }
        return block.compareTo(window) > 0 ? window : block;
    }

    private static String key(String value) {
        return value.length() > 64 ? value.substring(0, 64) : value;
    }
}
