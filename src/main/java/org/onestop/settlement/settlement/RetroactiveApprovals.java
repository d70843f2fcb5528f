package org.onestop.settlement.settlement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.onestop.settlement.calculation.FundLine;
import org.onestop.settlement.calculation.Identity;
import org.onestop.settlement.calculation.RetroactiveSupplements;
import org.onestop.settlement.calculation.Stage;
import org.onestop.settlement.calculation.StagePayments;
import org.onestop.settlement.common.ConflictException;
import org.onestop.settlement.common.Money;
import org.onestop.settlement.common.NotFoundException;
import org.onestop.settlement.common.PersonId;
import org.onestop.settlement.ledger.LedgerStore;
import org.onestop.settlement.ledger.PersonYear;
import org.onestop.settlement.person.AssistanceIdentity;
import org.onestop.settlement.person.Person;
import org.onestop.settlement.person.PersonRegistry;
import org.onestop.settlement.policy.PolicyCatalogue;
import org.onestop.settlement.security.AuditTrail;
import org.onestop.settlement.security.CurrentClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Recording an assistance identity, and for one approved on application (001 第十四条(二), 004 四(七)) the retroactive
 * supplements of the encounters it covers that were settled before, all in one transaction under the person's lock:
 * the same identity sent again is answered as recorded and pays nothing twice; a second approval inside one medical
 * year where the region forbids it (004 四(七)) is a conflict. The preview answers the same and writes nothing.
 */
@Service
public class RetroactiveApprovals {

    private static final Logger log = LoggerFactory.getLogger(RetroactiveApprovals.class);

    private final PersonRegistry registry;
    private final PolicyCatalogue catalogue;
    private final SupplementPlanner planner;
    private final SettlementRepository settlements;
    private final SettlementStore store;
    private final LedgerStore ledger;
    private final JsonMapper json;
    private final Clock clock;
    private final AuditTrail audit;

    RetroactiveApprovals(PersonRegistry registry, PolicyCatalogue catalogue, SupplementPlanner planner,
                         SettlementRepository settlements, SettlementStore store, LedgerStore ledger, JsonMapper json,
                         Clock clock, AuditTrail audit) {
        this.registry = registry;
        this.catalogue = catalogue;
        this.planner = planner;
        this.settlements = settlements;
        this.store = store;
        this.ledger = ledger;
        this.json = json;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * The identity as recorded (id and times null in a preview) and the supplements its approval made, oldest
     * first; {@code created} is false for the same identity sent again.
     */
    public record Approval(UUID identityId, PersonRegistry.NewIdentity identity, Instant createdAt, Instant endedAt,
                           List<SettlementResponse> supplements, boolean created) {
    }

    @Transactional
    public Approval record(PersonId personId, PersonRegistry.NewIdentity request, CurrentClient client) {
        Person person = registry.lock(personId);
        requireServed(person, client);
        var same = PersonRegistry.recorded(person, request);
        if (same.isPresent()) {
            audit.answering(200);
            return recorded(same.get(), false);
        }
        PersonRegistry.check(request);
        requireFirstApprovalOfYear(person, request);
        AssistanceIdentity added = registry.addIdentity(personId, request);
        String hash = RequestFingerprint.of(request, json);
        Instant now = clock.instant();
        for (var planned : planner.plan(person, ClaimIntake.identitiesOf(person), ClaimIntake.identity(added),
                true)) {
            SettlementResponse answer = answer(person, planned, UUID.randomUUID(), SettlementResponse.Status.SETTLED,
                    now);
            store.save(answer, hash, planned.original().dischargeDate(), null, added.identityId());
            ledger.apply(new PersonYear(personId, person.region(), answer.year()), planned.supplement().deltas(),
                    LedgerStore.EntryKind.SETTLEMENT, answer.settlementId(), now);
            log.info("Supplemented {} by {}: assistance {} tilt {}", answer.supplementOf(), answer.settlementId(),
                    answer.assistancePay(), answer.tiltPay());
        }
        audit.answering(201);
        return recorded(added, true);
    }

    /** What {@link #record} would answer now, writing nothing. */
    @Transactional(readOnly = true)
    public Approval preview(PersonId personId, PersonRegistry.NewIdentity request, CurrentClient client) {
        Person person = registry.find(personId);
        requireServed(person, client);
        var same = PersonRegistry.recorded(person, request);
        if (same.isPresent()) {
            return recorded(same.get(), false);
        }
        PersonRegistry.check(request);
        requireFirstApprovalOfYear(person, request);
        Identity approved = identity(request);
        List<Identity> identities = new ArrayList<>(ClaimIntake.identitiesOf(person));
        identities.add(approved);
        List<SettlementResponse> supplements = planner.plan(person, identities, approved, false).stream()
                .map(planned -> answer(person, planned, null, SettlementResponse.Status.PREVIEW, null)).toList();
        return new Approval(null, request, null, null, supplements, true);
    }

    private Approval recorded(AssistanceIdentity identity, boolean created) {
        return new Approval(identity.identityId(), new PersonRegistry.NewIdentity(identity.category(),
                identity.subclass(), identity.validFrom(), identity.validTo(), identity.source(),
                identity.applicationDate()), identity.createdAt(), identity.endedAt(),
                store.answersOf(settlements.findByIdentityIdOrderByDischargeDateAscSettledAtAscSettlementIdAsc(identity.identityId())), created);
    }

    /** An office records identities of its own region's persons only; another's is "not found". */
    private static void requireServed(Person person, CurrentClient client) {
        if (!client.servesRegion(person.region())) {
            throw new NotFoundException("unknown person " + person.personId());
        }
    }

    /**
     * 004 四(七): 一次身份认定享受一个医疗年度救助待遇和救助限额，一个年度内不得重复申请. The medical year is read as the
     * calendar year of the application date (the ledger year); an earlier approval of the same category applied for in
     * that year refuses this one, unless it was ended before its first day (recorded in error, it covers nothing).
     */
    private void requireFirstApprovalOfYear(Person person, PersonRegistry.NewIdentity request) {
        LocalDate applied = request.applicationDate();
        if (applied == null) {
            return;
        }
        catalogue.inForce(person.region(), applied)
                .flatMap(policy -> RetroactiveSupplements.oneApprovalPerYear(policy, identity(request)))
                .ifPresent(clause -> person.identities().stream()
                        .filter(i -> i.category() == request.category() && i.applicationDate() != null
                                && i.applicationDate().getYear() == applied.getYear()
                                && (i.validTo() == null || !i.validTo().isBefore(i.validFrom())))
                        .findFirst()
                        .ifPresent(earlier -> {
                            throw new ConflictException("person " + person.personId() + " already has an approval of "
                                    + request.category() + " applied for on " + earlier.applicationDate() + " ("
                                    + earlier.identityId() + "): one approval per medical year " + applied.getYear()
                                    + " (" + clause.citation() + ")");
                        }));
    }

    private static Identity identity(PersonRegistry.NewIdentity request) {
        return new Identity("approval", request.category(), request.subclass(), request.validFrom(),
                request.validTo(), request.applicationDate());
    }

    /** A supplement's answer: its original's key and amounts, the payments it adds, its own fund lines. */
    private static SettlementResponse answer(Person person, SupplementPlanner.Planned planned, UUID settlementId,
                                             SettlementResponse.Status status, Instant at) {
        var supplement = planned.supplement();
        SettlementRecord original = planned.original();
        List<FundLine> funds = supplement.recomputed().funds().stream()
                .map(fund -> new FundLine(fund.stage(), fund.fundCode(), fund.name(),
                        fund.stage() == Stage.TILT ? supplement.tiltPay() : supplement.assistancePay()))
                .filter(fund -> fund.amount().isPositive()).toList();
        var paid = new SettlementResponses.Paid(new StagePayments(Money.ZERO, Money.ZERO, supplement.assistancePay(),
                supplement.tiltPay()), funds, supplement.deltas(), supplement.explanation(),
                supplement.personalPayAfter());
        var heading = new SettlementResponses.Heading(SettlementKind.SUPPLEMENT, original.settlementId(),
                original.hospitalCode(), original.encounterNo(), person.personId(), original.region(),
                original.ledgerYear(), null);
        return SettlementResponses.of(heading, supplement.recomputed(), paid, settlementId, status, at);
    }
}
