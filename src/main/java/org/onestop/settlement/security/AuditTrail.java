package org.onestop.settlement.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Writes a request's audit row in the transaction of the change it records, so that a committed write is audited
 * and an audited write is committed: a use case names the status it will answer ({@link #answering}) and the row is
 * inserted just before its transaction commits. A request that wrote nothing, or whose transaction did not commit,
 * is audited by {@link RequestAuditFilter} after the answer, in a transaction of its own; both rows carry the
 * request's attempt id, unique in {@code audit_event}, so a request never has two.
 */
@Component
public class AuditTrail {

    private static final ThreadLocal<Attempt> CURRENT = new ThreadLocal<>();

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records that the current request will answer {@code status} for the write of the current transaction; the
     * last status named before the commit is the one audited. Outside an audited request or a read-write
     * transaction it does nothing.
     */
    public void answering(int status) {
        Attempt attempt = CURRENT.get();
        if (attempt == null || !TransactionSynchronizationManager.isSynchronizationActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return;
        }
        attempt.status = status;
        if (!attempt.pending) {
            attempt.pending = true;
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    insert(attempt, attempt.status);
                }

                @Override
                public void afterCompletion(int outcome) {
                    attempt.pending = false;
                    attempt.committed |= outcome == STATUS_COMMITTED;
                }
            });
        }
    }

    /** Starts the audit of a write request on this thread. */
    Attempt begin(HttpServletRequest request, String requestId) {
        Attempt attempt = new Attempt(UUID.randomUUID(), request, requestId);
        CURRENT.set(attempt);
        return attempt;
    }

    /**
     * Ends the audit of the request: unless a transaction committed its row, writes one with the status answered,
     * on its own; a row of a commit whose acknowledgement was lost is kept rather than doubled.
     */
    void end(Attempt attempt, int status) {
        CURRENT.remove();
        if (!attempt.committed) {
            insert(attempt, status);
        }
    }

    private void insert(Attempt attempt, int status) {
        String path = attempt.request.getRequestURI();
        jdbc.sql("""
                INSERT INTO audit_event (at, client_id, method, path, status, request_id, attempt_id)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (attempt_id) DO NOTHING""")
                .params(Timestamp.from(clock.instant()), attempt.clientId(), attempt.request.getMethod(),
                        path.length() > 300 ? path.substring(0, 300) : path, status, attempt.requestId,
                        attempt.id)
                .update();
    }

    /** One audited request: its attempt id, and whether a transaction committed its row. */
    static final class Attempt {
        private final UUID id;
        private final HttpServletRequest request;
        private final String requestId;
        private volatile int status;
        private boolean pending;
        private boolean committed;

        private Attempt(UUID id, HttpServletRequest request, String requestId) {
            this.id = id;
            this.request = request;
            this.requestId = requestId;
        }

        /** The authenticated client, else the client id tried in a Basic header that did not authenticate. */
        private String clientId() {
            Object clientId = request.getAttribute(SecurityConfiguration.CLIENT_ID_ATTRIBUTE);
            return clientId != null ? clientId.toString() : RequestAuditFilter.attemptedClientId(request);
        }
    }
}
