package org.onestop.settlement.settlement;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.onestop.settlement.calculation.CalculationResult;
import org.onestop.settlement.calculation.SettlementEngine;
import org.onestop.settlement.common.ConflictException;
import org.onestop.settlement.common.Money;
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
 * The discharge settlement use case: intake → lock the person's year ledger → pure engine → store the settlement, its
 * ledger entries and balances, all in one transaction; preview, and reading settlements of every kind. Each
 * settlement is published ({@link SettlementRecorded}) inside its transaction; reversal is
 * {@link SettlementReversal}'s.
 */
@Service
public class SettlementService {

    private static final Logger log = LoggerFactory.getLogger(SettlementService.class);

    private final ClaimIntake intake;
    private final SettlementEngine engine = new SettlementEngine();
    private final LedgerStore ledger;
    private final SettlementRepository settlements;
    private final SettlementStore store;
    private final SettlementReversal reversal;
    private final JsonMapper json;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;

    SettlementService(ClaimIntake intake, LedgerStore ledger, SettlementRepository settlements, SettlementStore store,
                      SettlementReversal reversal, JsonMapper json, Clock clock, ApplicationEventPublisher events,
                      AuditTrail audit) {
        this.intake = intake;
        this.ledger = ledger;
        this.settlements = settlements;
        this.store = store;
        this.reversal = reversal;
        this.json = json;
        this.clock = clock;
        this.events = events;
        this.audit = audit;
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
            return replay(existing.get(), hash, request);
        }
        ClaimIntake.Claim claim = intake.accept(request);
        PersonYear personYear = personYearOf(claim);
        ledger.lock(personYear);
        existing = settledUnder(request); // a twin that held the lock before us may have settled it meanwhile
        if (existing.isPresent()) {
            return replay(existing.get(), hash, request);
        }
        claim = intake.current(claim);
        CalculationResult result = engine.settle(claim.policy(), claim.patient(), claim.identities(),
                claim.encounter(), ledger.balances(personYear));
        Instant now = clock.instant();
        SettlementResponse answer = SettlementResponses.of(request, claim, result, UUID.randomUUID(),
                SettlementResponse.Status.SETTLED, now);
        store.save(answer, hash, claim.encounter().dischargeDate(), EncounterFacts.of(claim.encounter()), null);
        ledger.apply(personYear, result.deltas(), LedgerStore.EntryKind.SETTLEMENT, answer.settlementId(), now);
        events.publishEvent(recorded(answer, claim, now));
        log.info("Settled {} {}/{}: fund {} personal {}", answer.settlementId(), answer.hospitalCode(),
                answer.encounterNo(), answer.fundPay(), answer.personalPay());
        return new Outcome(answer, true);
    }

    /** The event of a settlement made by the engine (at discharge, or an after-care claim). */
    static SettlementRecorded recorded(SettlementResponse answer, ClaimIntake.Claim claim, Instant now) {
        return new SettlementRecorded(answer.settlementId(), answer.kind() == SettlementKind.DISCHARGE
                ? SettlementRecorded.SETTLEMENT : answer.kind().name(), answer.personId(), answer.region(),
                answer.year(), claim.encounter().type(), claim.encounter().dischargeDate(),
                Money.of(answer.amounts().total()), Money.of(answer.basicPay().add(answer.majorIllnessPay())),
                Money.of(answer.personalPay()), now);
    }

    /** After a lost race on the key: the stored settlement, or a conflict. */
    @Transactional(readOnly = true)
    public Outcome replay(SettlementRequest request) {
        SettlementRecord record = settledUnder(request)
                .orElseThrow(() -> new IllegalStateException("key violation without a stored settlement"));
        return replay(record, RequestFingerprint.of(request, json), request);
    }

    /** The SETTLED discharge settlement under the request's key; a reversed one no longer holds the key. */
    private Optional<SettlementRecord> settledUnder(SettlementRequest request) {
        return settlements.findByHospitalCodeAndEncounterNoAndKindAndStatus(request.hospitalCode(),
                request.encounterNo(), SettlementKind.DISCHARGE, SettlementResponse.Status.SETTLED);
    }

    /**
     * The stored answer for the same request again; for a different one a conflict naming the standing settlement
     * and the fields that differ: the encounter is settled again only after that settlement is reversed.
     */
    private Outcome replay(SettlementRecord record, String hash, SettlementRequest request) {
        if (!record.requestHash().equals(hash)) {
            List<String> differences = ClaimDifferences.between(record.personId(),
                    record.claim() == null ? null : store.factsOf(record), request);
            throw new ConflictException("encounter " + record.hospitalCode() + "/" + record.encounterNo()
                    + " (hospitalCode, encounterNo) was already settled as " + record.settlementId()
                    + " with a different request" + (differences.isEmpty() ? "" : " (" + String.join(", ", differences)
                    + " differ)") + "; to settle it again, reverse that settlement first (POST /api/v1/settlements/"
                    + record.settlementId() + "/reversal)",
                    Map.of("settlementId", record.settlementId(), "differences", differences));
        }
        return new Outcome(store.answerOf(record), false);
    }

    /** Pre-settlement (预结算): the same calculation against the current ledger; nothing is written. */
    @Transactional(readOnly = true)
    public SettlementResponse preview(SettlementRequest request) {
        ClaimIntake.Claim claim = intake.accept(request);
        CalculationResult result = engine.settle(claim.policy(), claim.patient(), claim.identities(),
                claim.encounter(), ledger.balances(personYearOf(claim)));
        return SettlementResponses.of(request, claim, result, null, SettlementResponse.Status.PREVIEW, null);
    }

    /** A settlement the client may see (another hospital's, or another region's, is "not found"). */
    @Transactional(readOnly = true)
    public SettlementResponse get(UUID settlementId, CurrentClient client) {
        SettlementRecord record = store.find(settlementId);
        if (!SettlementAccess.sees(client, record)) {
            throw SettlementStore.notFound(settlementId);
        }
        return store.answerOf(record);
    }

    /** A person's settlements of every kind that the client may see, oldest first, optionally of one year. */
    @Transactional(readOnly = true)
    public List<SettlementResponse> list(String personId, Integer year, CurrentClient client) {
        var records = year == null ? settlements.findByPersonIdOrderBySettledAt(personId)
                : settlements.findByPersonIdAndLedgerYearOrderBySettledAt(personId, year);
        return store.answersOf(records.stream().filter(r -> SettlementAccess.sees(client, r)).toList());
    }

    /** Reversal (冲正/退费): see {@link SettlementReversal#reverse}. */
    public SettlementResponse reverse(UUID settlementId, ReversalRequest why, CurrentClient client) {
        return reversal.reverse(settlementId, why, client);
    }

    static PersonYear personYearOf(ClaimIntake.Claim claim) {
        return new PersonYear(PersonId.of(claim.person().personId()), claim.person().region(),
                claim.encounter().ledgerYear());
    }
}
