package org.onestop.settlement.np;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.onestop.settlement.security.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The platform messages that settled or reversed (table {@code np_message}), and the med_type a settlement had. */
@Component
class NpMessageLog {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    NpMessageLog(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * Records a message, in the transaction of its settlement or reversal; a msgid sent again by the same
     * institution is kept once. The request is audited in that transaction with HTTP 200, as the platform answers.
     */
    void record(NpEnvelope envelope, String mdtrtId, UUID setlId, String medType, Instant receivedAt) {
        audit.answering(200);
        jdbc.sql("""
                INSERT INTO np_message (fixmedins_code, msgid, infno, mdtrt_id, setl_id, med_type, received_at)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(envelope.fixmedins_code(), envelope.msgid(), envelope.infno(), mdtrtId, setlId, medType,
                        Timestamp.from(receivedAt))
                .update();
    }

    /** The med_type a settlement was made with through this interface; null when it came through the native API. */
    String medTypeOf(UUID setlId) {
        return jdbc.sql("""
                SELECT med_type FROM np_message WHERE setl_id = ? AND med_type IS NOT NULL
                ORDER BY received_at LIMIT 1""")
                .param(setlId).query(String.class).optional().orElse(null);
    }
}
