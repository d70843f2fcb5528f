package org.onestop.settlement.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per client id: after {@code max} failures within {@code window}, further attempts for that id
 * are refused until the oldest failure leaves the window. Kept in memory, per instance.
 */
@Component
class LoginThrottle {

    /** Above this many tracked ids, ids whose failures have all left the window are dropped. */
    private static final int SWEEP_ABOVE = 10_000;

    private final int max;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    LoginThrottle(@Value("${settlement.security.login-failures.max:5}") int max,
                  @Value("${settlement.security.login-failures.window:PT15M}") Duration window, Clock clock) {
        this.max = max;
        this.window = window;
        this.clock = clock;
    }

    /** How long the client id must wait before trying again, or {@link Duration#ZERO}. */
    Duration blockedFor(String clientId) {
        Deque<Instant> recent = failures.get(clientId);
        if (recent == null) {
            return Duration.ZERO;
        }
        synchronized (recent) {
            Instant now = clock.instant();
            prune(recent, now);
            if (recent.size() < max) {
                return Duration.ZERO;
            }
            return Duration.between(now, recent.peekFirst().plus(window));
        }
    }

    void failed(String clientId) {
        if (failures.size() > SWEEP_ABOVE) {
            sweep();
        }
        Deque<Instant> recent = failures.computeIfAbsent(clientId, id -> new ArrayDeque<>());
        synchronized (recent) {
            Instant now = clock.instant();
            prune(recent, now);
            recent.addLast(now);
        }
    }

    void succeeded(String clientId) {
        failures.remove(clientId);
    }

    private void sweep() {
        Instant now = clock.instant();
        failures.values().removeIf(recent -> {
            synchronized (recent) {
                prune(recent, now);
                return recent.isEmpty();
            }
        });
    }

    private void prune(Deque<Instant> recent, Instant now) {
        while (!recent.isEmpty() && !recent.peekFirst().plus(window).isAfter(now)) {
            recent.removeFirst();
        }
    }
}
