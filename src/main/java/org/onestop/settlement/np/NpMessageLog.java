package org.onestop.settlement.np;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The platform messages that settled or reversed (table {@code np_message}), and the med_type a settlement had. */
@Component
class NpMessageLog {

    private final JdbcClient jdbc;

    NpMessageLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a message; a msgid sent again by the same institution is kept once. */
    void record(NpEnvelope envelope, String mdtrtId, UUID setlId, String medType, Instant receivedAt) {
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
