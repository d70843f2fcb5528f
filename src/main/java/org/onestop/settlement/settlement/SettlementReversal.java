package org.onestop.settlement.settlement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.onestop.settlement.common.FieldViolation;
import org.onestop.settlement.common.InvalidRequestException;
import org.onestop.settlement.common.PersonId;
import org.onestop.settlement.ledger.LedgerStore;
import org.onestop.settlement.ledger.PersonYear;
import org.onestop.settlement.security.AuditTrail;
import org.onestop.settlement.security.CurrentClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reversal (冲正/退费) of a settlement of any kind, by offsetting ledger entries, in one transaction under the
 * person-year's lock. A settlement's standing supplements are reversed with it, first: a supplement without its
 * original would pay for an encounter that no longer stands. A supplement may be reversed alone.
 */
@Service
public class SettlementReversal {

    private static final Logger log = LoggerFactory.getLogger(SettlementReversal.class);

    private final SettlementRepository settlements;
    private final SettlementStore store;
    private final LedgerStore ledger;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;

    SettlementReversal(SettlementRepository settlements, SettlementStore store, LedgerStore ledger, Clock clock,
                       ApplicationEventPublisher events, AuditTrail audit) {
        this.settlements = settlements;
        this.store = store;
        this.ledger = ledger;
        this.clock = clock;
        this.events = events;
        this.audit = audit;
    }

    /**
     * Takes the settlement's ledger deltas back with offsetting entries, marks it REVERSED and keeps why and by whom
     * ({@code why} may be null: a reversal without stated reason); its standing supplements first, with the same
     * reason. The answer's ledger deltas are the settlement's own offsetting ones. Repeating it changes nothing, the
     * first reason included. Later settlements of the person are not recomputed.
     */
    @Transactional
    public SettlementResponse reverse(UUID settlementId, ReversalRequest why, CurrentClient client) {
        requireValid(why);
        var key = settlements.findLedgerKeyBySettlementId(settlementId)
                .filter(k -> SettlementAccess.sees(client, k.getHospitalCode(), k.getRegion(), k.getKind()))
                .orElseThrow(() -> SettlementStore.notFound(settlementId));
        SettlementAccess.requireMayReverse(client, key.getKind());
        // a supplement lies in its original's ledger year: one lock covers the cascade
        ledger.lock(new PersonYear(PersonId.of(key.getPersonId()), key.getRegion(), key.getLedgerYear()));
        SettlementRecord record = store.find(settlementId); // read under the lock: a concurrent reversal is seen
        audit.answering(200);
        if (record.status() != SettlementResponse.Status.REVERSED) {
            Instant now = clock.instant();
            for (SettlementRecord supplement : settlements.findBySupplementOfOrderBySettledAt(settlementId)) {
                if (supplement.status() == SettlementResponse.Status.SETTLED) {
                    reverse(supplement, now, why);
                }
            }
            reverse(record, now, why);
            settlements.flush();
        }
        Map<String, BigDecimal> offsets = new LinkedHashMap<>();
        ledger.reversalDeltas(settlementId).forEach((bucket, amount) -> offsets.put(bucket, amount.amount()));
        return store.answerOf(record).withLedgerDeltas(offsets);
    }

    private void reverse(SettlementRecord record, Instant now, ReversalRequest why) {
        ledger.reverse(record.settlementId(), now);
        record.reverse(now, why);
        events.publishEvent(new SettlementReversed(record.settlementId(), record.personId(), record.region(),
                record.ledgerYear(), now));
        log.info("Reversed {} {}", record.kind(), record.settlementId());
    }

    /** The limits of the body apply to every caller, the platform's 2305 included. */
    private static void requireValid(ReversalRequest why) {
        if (why == null) {
            return;
        }
        List<FieldViolation> violations = new ArrayList<>();
        if (why.reason() == null || why.reason().isBlank()) {
            violations.add(new FieldViolation("reason", "is required"));
        } else if (why.reason().length() > ReversalRequest.MAX_REASON) {
            violations.add(new FieldViolation("reason", "is longer than " + ReversalRequest.MAX_REASON));
        }
        if (why.operator() != null && why.operator().length() > ReversalRequest.MAX_OPERATOR) {
            violations.add(new FieldViolation("operator", "is longer than " + ReversalRequest.MAX_OPERATOR));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
    }
}
