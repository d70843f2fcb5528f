package org.onestop.settlement.settlement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.onestop.settlement.calculation.CalculationResult;
import org.onestop.settlement.calculation.SettlementEngine;
import org.onestop.settlement.common.ConflictException;
import org.onestop.settlement.common.FieldViolation;
import org.onestop.settlement.common.InvalidRequestException;
import org.onestop.settlement.common.Money;
import org.onestop.settlement.common.NotFoundException;
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

import tools.jackson.databind.json.JsonMapper;

/**
 * The settlement use case: intake → lock the person's year ledger → pure engine → store the settlement, its ledger
 * entries and balances, all in one transaction; preview, reading, and reversal by offsetting entries. Each
 * settlement and reversal is published ({@link SettlementRecorded}, {@link SettlementReversed}) inside its transaction.
 */
@Service
public class SettlementService {

    private static final Logger log = LoggerFactory.getLogger(SettlementService.class);

    private final ClaimIntake intake;
    private final SettlementEngine engine = new SettlementEngine();
    private final LedgerStore ledger;
    private final SettlementRepository settlements;
    private final JsonMapper json;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;

    SettlementService(ClaimIntake intake, LedgerStore ledger, SettlementRepository settlements, JsonMapper json,
                      Clock clock, ApplicationEventPublisher events, AuditTrail audit) {
        this.audit = audit;
        this.intake = intake;
        this.ledger = ledger;
        this.settlements = settlements;
        this.json = json;
        this.clock = clock;
        this.events = events;
    }

    /** A settlement's answer and whether this call created it (201) or found it under its key (200). */
    public record Outcome(SettlementResponse response, boolean created) {
    }

    /**
     * Settles a claim once per {@code (hospitalCode, encounterNo)}: the same request again answers the original,
     * a different request under the same key is a conflict. Once that settlement is reversed, the key is free: the
     * encounter may be settled again (corrected after 冲正).
     */
    @Transactional
    public Outcome settle(SettlementRequest request) {
        Outcome outcome = settleOnce(request);
        audit.answering(outcome.created() ? 201 : 200); // audited in this transaction
        return outcome;
    }

    private Outcome settleOnce(SettlementRequest request) {
        String hash = RequestFingerprint.of(request, json);
        var existing = settledUnder(request); // a retry is answered without taking the lock
        if (existing.isPresent()) {
            return replay(existing.get(), hash);
        }
        ClaimIntake.Claim claim = intake.accept(request);
        PersonYear personYear = personYearOf(claim);
        ledger.lock(personYear);
        existing = settledUnder(request); // a twin that held the lock before us may have settled it meanwhile
        if (existing.isPresent()) {
            return replay(existing.get(), hash);
        }
        CalculationResult result = engine.settle(claim.policy(), claim.patient(), claim.identities(),
                claim.encounter(), ledger.balances(personYear));
        Instant now = clock.instant();
        SettlementResponse answer = SettlementResponses.of(request, claim, result, UUID.randomUUID(),
                SettlementResponse.Status.SETTLED, now);
        settlements.saveAndFlush(new SettlementRecord(answer, hash, json.writeValueAsString(answer),
                json.writeValueAsString(request), claim.encounter().dischargeDate()));
        ledger.apply(personYear, result.deltas(), LedgerStore.EntryKind.SETTLEMENT, answer.settlementId(), now);
        events.publishEvent(new SettlementRecorded(answer.settlementId(), SettlementRecorded.SETTLEMENT,
                answer.personId(), answer.region(), answer.year(), claim.encounter().type(),
                claim.encounter().dischargeDate(), Money.of(answer.amounts().total()),
                Money.of(answer.basicPay().add(answer.majorIllnessPay())), Money.of(answer.personalPay()), now));
        log.info("Settled {} {}/{}: fund {} personal {}", answer.settlementId(), answer.hospitalCode(),
                answer.encounterNo(), answer.fundPay(), answer.personalPay());
        return new Outcome(answer, true);
    }

    /** After a lost race on the key: the stored settlement, or a conflict. */
    @Transactional(readOnly = true)
    public Outcome replay(SettlementRequest request) {
        SettlementRecord record = settledUnder(request)
                .orElseThrow(() -> new IllegalStateException("key violation without a stored settlement"));
        return replay(record, RequestFingerprint.of(request, json));
    }

    /** The SETTLED settlement under the request's key; a reversed one no longer holds the key. */
    private Optional<SettlementRecord> settledUnder(SettlementRequest request) {
        return settlements.findByHospitalCodeAndEncounterNoAndStatus(request.hospitalCode(), request.encounterNo(),
                SettlementResponse.Status.SETTLED);
    }

    private Outcome replay(SettlementRecord record, String hash) {
        if (!record.requestHash().equals(hash)) {
            throw new ConflictException("encounter " + record.hospitalCode() + "/" + record.encounterNo()
                    + " (hospitalCode, encounterNo) was already settled as " + record.settlementId()
                    + " with a different request");
        }
        return new Outcome(answerOf(record), false);
    }

    /** Pre-settlement (预结算): the same calculation against the current ledger; nothing is written. */
    @Transactional(readOnly = true)
    public SettlementResponse preview(SettlementRequest request) {
        ClaimIntake.Claim claim = intake.accept(request);
        CalculationResult result = engine.settle(claim.policy(), claim.patient(), claim.identities(),
                claim.encounter(), ledger.balances(personYearOf(claim)));
        return SettlementResponses.of(request, claim, result, null, SettlementResponse.Status.PREVIEW, null);
    }

    /** A settlement the client may see (another hospital's is "not found"). */
    @Transactional(readOnly = true)
    public SettlementResponse get(UUID settlementId, CurrentClient client) {
        SettlementRecord record = find(settlementId);
        if (!client.sees(record.hospitalCode())) {
            throw notFound(settlementId);
        }
        return answerOf(record);
    }

    /** A person's settlements that the client may see, oldest first, optionally of one year. */
    @Transactional(readOnly = true)
    public List<SettlementResponse> list(String personId, Integer year, CurrentClient client) {
        var records = year == null ? settlements.findByPersonIdOrderBySettledAt(personId)
                : settlements.findByPersonIdAndLedgerYearOrderBySettledAt(personId, year);
        return records.stream().filter(r -> client.sees(r.hospitalCode())).map(this::answerOf).toList();
    }

    /**
     * Reversal (冲正/退费): takes the settlement's ledger deltas back with offsetting entries, marks it REVERSED and
     * keeps why and by whom ({@code why} may be null: a reversal without stated reason). The answer's ledger deltas
     * are the offsetting ones. Repeating it changes nothing, the first reason included. Later settlements of the
     * person are not recomputed.
     */
    @Transactional
    public SettlementResponse reverse(UUID settlementId, ReversalRequest why, CurrentClient client) {
        requireValid(why);
        var key = settlements.findLedgerKeyBySettlementId(settlementId)
                .filter(k -> client.sees(k.getHospitalCode()))
                .orElseThrow(() -> notFound(settlementId));
        ledger.lock(new PersonYear(PersonId.of(key.getPersonId()), key.getRegion(), key.getLedgerYear()));
        SettlementRecord record = find(settlementId); // read under the lock: a concurrent reversal is seen
        audit.answering(200);
        if (record.status() != SettlementResponse.Status.REVERSED) {
            Instant now = clock.instant();
            ledger.reverse(settlementId, now);
            record.reverse(now, why);
            events.publishEvent(new SettlementReversed(settlementId, key.getPersonId(), key.getRegion(),
                    key.getLedgerYear(), now));
            log.info("Reversed {}", settlementId);
        }
        Map<String, BigDecimal> offsets = new LinkedHashMap<>();
        ledger.reversalDeltas(settlementId).forEach((bucket, amount) -> offsets.put(bucket, amount.amount()));
        return answerOf(record).withLedgerDeltas(offsets);
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

    private static PersonYear personYearOf(ClaimIntake.Claim claim) {
        return new PersonYear(PersonId.of(claim.person().personId()), claim.person().region(),
                claim.encounter().ledgerYear());
    }

    private SettlementRecord find(UUID settlementId) {
        return settlements.findById(settlementId).orElseThrow(() -> notFound(settlementId));
    }

    private static NotFoundException notFound(UUID settlementId) {
        return new NotFoundException("no settlement " + settlementId);
    }

    private SettlementResponse answerOf(SettlementRecord record) {
        return StoredAnswer.of(json, record.response(), record.status(), record.reversal());
    }
}
