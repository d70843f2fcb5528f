package org.onestop.settlement.settlement;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.onestop.settlement.calculation.CalculationResult;
import org.onestop.settlement.calculation.InsurancePaid;
import org.onestop.settlement.calculation.SettlementEngine;
import org.onestop.settlement.common.ConflictException;
import org.onestop.settlement.common.FieldViolation;
import org.onestop.settlement.common.ForbiddenException;
import org.onestop.settlement.common.InsuranceType;
import org.onestop.settlement.common.InvalidRequestException;
import org.onestop.settlement.common.Money;
import org.onestop.settlement.common.RegionCode;
import org.onestop.settlement.common.UnprocessableException;
import org.onestop.settlement.ledger.LedgerBalances;
import org.onestop.settlement.ledger.LedgerStore;
import org.onestop.settlement.ledger.PersonYear;
import org.onestop.settlement.person.Person;
import org.onestop.settlement.person.PersonRepository;
import org.onestop.settlement.security.AuditTrail;
import org.onestop.settlement.security.CurrentClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * After-care assistance claims (医后救助, 001 第十五条(一)(二), 002 二(五)2): the office enters an encounter the person
 * paid first, with the insurance amounts of its receipt; stages 3 and 4 run on them against the person's ledger, as
 * at discharge, and the claim is stored as a settlement of kind AFTER_CARE in one transaction. Once per {@code
 * (office region, applicationNo)}, exactly like a discharge claim's key: the same request answers the original, a
 * different one is a conflict, a reversed claim frees its number.
 */
@Service
public class AfterCareClaims {

    private static final Logger log = LoggerFactory.getLogger(AfterCareClaims.class);

    private final ClaimIntake intake;
    private final SettlementEngine engine = new SettlementEngine();
    private final PersonRepository persons;
    private final SettlementRepository settlements;
    private final SettlementStore store;
    private final LedgerStore ledger;
    private final JsonMapper json;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;

    AfterCareClaims(ClaimIntake intake, PersonRepository persons, SettlementRepository settlements,
                    SettlementStore store, LedgerStore ledger, JsonMapper json, Clock clock,
                    ApplicationEventPublisher events, AuditTrail audit) {
        this.intake = intake;
        this.persons = persons;
        this.settlements = settlements;
        this.store = store;
        this.ledger = ledger;
        this.json = json;
        this.clock = clock;
        this.events = events;
        this.audit = audit;
    }

    @Transactional
    public SettlementService.Outcome claim(AssistanceClaimRequest request, CurrentClient client) {
        SettlementService.Outcome outcome = claimOnce(request, client);
        audit.answering(outcome.created() ? 201 : 200);
        return outcome;
    }

    private SettlementService.Outcome claimOnce(AssistanceClaimRequest request, CurrentClient client) {
        String hash = RequestFingerprint.of(request, json);
        RegionCode office = officeRegion(request, client);
        var existing = claimedUnder(office, request);
        if (existing.isPresent()) {
            return replay(existing.get(), hash);
        }
        ClaimIntake.Claim claim = accept(request);
        PersonYear personYear = SettlementService.personYearOf(claim);
        ledger.lock(personYear);
        existing = claimedUnder(office, request);
        if (existing.isPresent()) {
            return replay(existing.get(), hash);
        }
        claim = intake.current(claim);
        CalculationResult result = assess(request, claim, ledger.balances(personYear));
        Instant now = clock.instant();
        SettlementResponse answer = answer(request, claim, result, UUID.randomUUID(),
                SettlementResponse.Status.SETTLED, now);
        store.save(answer, hash, claim.encounter().dischargeDate(), EncounterFacts.of(claim.encounter()), null);
        ledger.apply(personYear, result.deltas(), LedgerStore.EntryKind.SETTLEMENT, answer.settlementId(), now);
        events.publishEvent(SettlementService.recorded(answer, claim, now));
        log.info("After-care claim {} {}: assistance {} tilt {}", answer.settlementId(), request.applicationNo(),
                answer.assistancePay(), answer.tiltPay());
        return new SettlementService.Outcome(answer, true);
    }

    /** What {@link #claim} would pay now; nothing is written. */
    @Transactional(readOnly = true)
    public SettlementResponse preview(AssistanceClaimRequest request, CurrentClient client) {
        officeRegion(request, client);
        ClaimIntake.Claim claim = accept(request);
        CalculationResult result = assess(request, claim,
                ledger.balances(SettlementService.personYearOf(claim)));
        return answer(request, claim, result, null, SettlementResponse.Status.PREVIEW, null);
    }

    /** After a lost race on the application number: the stored claim, or a conflict. */
    @Transactional(readOnly = true)
    public SettlementService.Outcome replay(AssistanceClaimRequest request, CurrentClient client) {
        SettlementRecord record = claimedUnder(officeRegion(request, client), request)
                .orElseThrow(() -> new IllegalStateException("key violation without a stored claim"));
        return replay(record, RequestFingerprint.of(request, json));
    }

    private SettlementService.Outcome replay(SettlementRecord record, String hash) {
        if (!record.requestHash().equals(hash)) {
            throw new ConflictException("application " + record.region() + "/" + record.applicationNo()
                    + " (office region, applicationNo) was already claimed as " + record.settlementId()
                    + " with a different request");
        }
        return new SettlementService.Outcome(store.answerOf(record), false);
    }

    private Optional<SettlementRecord> claimedUnder(RegionCode office, AssistanceClaimRequest request) {
        return office == null ? Optional.empty() : settlements.findByRegionAndApplicationNoAndKindAndStatus(office,
                request.applicationNo(), SettlementKind.AFTER_CARE, SettlementResponse.Status.SETTLED);
    }

    /**
     * The office whose application number it is: an office client's own region; for ADMIN the person's. A person
     * of another region than the office's is refused (403); an unknown one is the intake's 400.
     */
    private RegionCode officeRegion(AssistanceClaimRequest request, CurrentClient client) {
        Optional<RegionCode> personRegion = persons.findById(request.encounter().personId()).map(Person::region);
        if (client.isAssistanceOffice()) {
            personRegion.filter(region -> region != client.region()).ifPresent(region -> {
                throw new ForbiddenException("client " + client.clientId() + " is the assistance office of "
                        + client.region() + "; person " + request.encounter().personId() + " is insured in " + region);
            });
            return client.region();
        }
        return personRegion.orElse(null);
    }

    /** The settlement intake's rules (field names under {@code encounter.}), then the receipt's. */
    private ClaimIntake.Claim accept(AssistanceClaimRequest request) {
        ClaimIntake.Claim claim;
        try {
            claim = intake.accept(request.encounter());
        } catch (InvalidRequestException e) {
            throw new InvalidRequestException(e.violations().stream()
                    .map(v -> new FieldViolation("encounter." + v.field(), v.message())).toList());
        }
        List<FieldViolation> violations = new ArrayList<>();
        Money insurance = Money.of(request.insurancePaid().basic()).plus(Money.of(request.insurancePaid()
                .majorIllness()));
        Money scope = claim.encounter().amounts().policyScope();
        if (insurance.compareTo(scope) > 0) {
            violations.add(new FieldViolation("insurancePaid", "basic + majorIllness = " + insurance
                    + " exceeds the policy scope " + scope + " of the encounter"));
        }
        if (claim.patient().insuranceType() == InsuranceType.UNINSURED && insurance.isPositive()) {
            violations.add(new FieldViolation("insurancePaid", "person " + claim.person().personId()
                    + " is not insured: no insurance can have paid " + insurance));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        if (claim.policy().assistance().afterCare() == null) {
            throw new UnprocessableException("policy " + claim.policy().version() + " of " + claim.person().region()
                    + " provides no after-care assistance (医后救助)");
        }
        return claim;
    }

    private CalculationResult assess(AssistanceClaimRequest request, ClaimIntake.Claim claim, LedgerBalances ledger) {
        var paid = request.insurancePaid();
        return engine.afterCare(claim.policy(), claim.patient(), claim.identities(), claim.encounter(),
                request.institutionName() + "（" + request.encounter().hospitalCode() + "）",
                new InsurancePaid(Money.of(paid.basic()), Money.of(paid.majorIllness()), paid.settledBy(),
                        paid.settlementRef()), ledger);
    }

    private static SettlementResponse answer(AssistanceClaimRequest request, ClaimIntake.Claim claim,
                                             CalculationResult result, UUID settlementId,
                                             SettlementResponse.Status status, Instant at) {
        var paid = request.insurancePaid();
        var heading = new SettlementResponses.Heading(SettlementKind.AFTER_CARE, null,
                request.encounter().hospitalCode(), request.encounter().encounterNo(), claim.person().personId(),
                claim.person().region(), claim.encounter().ledgerYear(), new SettlementResponse.AfterCareView(
                request.applicationNo(), request.institutionName(), new SettlementResponse.InsurancePaidView(
                Money.of(paid.basic()).amount(), Money.of(paid.majorIllness()).amount(), paid.settledBy(),
                paid.settlementRef())));
        return SettlementResponses.of(heading, result, SettlementResponses.Paid.of(result), settlementId, status, at);
    }
}
