package org.onestop.settlement.settlement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.onestop.settlement.common.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Stores settlements of every kind and reads their answers back as they stand: status, reversal, and the
 * supplements made of each. The caller holds the transaction.
 */
@Component
class SettlementStore {

    private final SettlementRepository settlements;
    private final JdbcClient jdbc;
    private final JsonMapper json;

    SettlementStore(SettlementRepository settlements, JdbcClient jdbc, JsonMapper json) {
        this.settlements = settlements;
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Stores an answer with the hash of the request that made it and the encounter facts it was assessed on (null
     * for a supplement); {@code identityId} is the approval that made a supplement.
     */
    SettlementRecord save(SettlementResponse answer, String requestHash, LocalDate dischargeDate,
                          EncounterFacts facts, UUID identityId) {
        return settlements.saveAndFlush(new SettlementRecord(answer, requestHash, json.writeValueAsString(answer),
                dischargeDate, facts == null ? null : json.writeValueAsString(facts), identityId));
    }

    SettlementRecord find(UUID settlementId) {
        return settlements.findById(settlementId).orElseThrow(() -> notFound(settlementId));
    }

    static NotFoundException notFound(UUID settlementId) {
        return new NotFoundException("no settlement " + settlementId);
    }

    /** The encounter a settlement was assessed on; the record must keep it ({@link SettlementRecord#claim}). */
    EncounterFacts factsOf(SettlementRecord record) {
        return json.readValue(record.claim(), EncounterFacts.class);
    }

    SettlementResponse answerOf(SettlementRecord record) {
        return answersOf(List.of(record)).get(0);
    }

    /** The answers of some settlements, in their order, each with its supplements. */
    List<SettlementResponse> answersOf(List<SettlementRecord> records) {
        Map<UUID, List<SettlementResponse.SupplementView>> supplements =
                supplementsOf(records.stream().map(SettlementRecord::settlementId).toList());
        return records.stream().map(r -> StoredAnswer.of(json, r.response(), r.status(), r.reversal(), r.kind(),
                supplements.getOrDefault(r.settlementId(), List.of()))).toList();
    }

    /** The supplements of each of some settlements, oldest first (read from the database: flush changes first). */
    Map<UUID, List<SettlementResponse.SupplementView>> supplementsOf(Collection<UUID> settlementIds) {
        Map<UUID, List<SettlementResponse.SupplementView>> supplements = new LinkedHashMap<>();
        if (settlementIds.isEmpty()) {
            return supplements;
        }
        jdbc.sql("""
                SELECT supplement_of, settlement_id, status, assistance_pay, tilt_pay, settled_at FROM settlement
                WHERE supplement_of IN (:ids) ORDER BY settled_at, settlement_id""")
                .param("ids", settlementIds)
                .query(rs -> {
                    supplements.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
                            .add(new SettlementResponse.SupplementView(rs.getObject(2, UUID.class),
                                    SettlementResponse.Status.valueOf(rs.getString(3)), rs.getBigDecimal(4),
                                    rs.getBigDecimal(5), rs.getTimestamp(6).toInstant()));
                });
        return supplements;
    }
}
