package org.onestop.settlement.settlement;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.onestop.settlement.calculation.Identity;
import org.onestop.settlement.calculation.InsurancePaid;
import org.onestop.settlement.calculation.RetroactiveSupplements;
import org.onestop.settlement.common.Money;
import org.onestop.settlement.common.PersonId;
import org.onestop.settlement.ledger.Bucket;
import org.onestop.settlement.ledger.LedgerBalances;
import org.onestop.settlement.ledger.LedgerStore;
import org.onestop.settlement.ledger.PersonYear;
import org.onestop.settlement.person.Person;
import org.onestop.settlement.policy.PolicyCatalogue;
import org.onestop.settlement.policy.PolicyVersion;
import org.springframework.stereotype.Component;

/**
 * Finds what an approval on application supplements and assesses it ({@link RetroactiveSupplements}): the person's
 * standing discharge and after-care settlements whose discharge date the approval covers, each with what assistance
 * and the tilt paid for it so far (its standing supplements included) and the stage-3/4 ledger entries it made,
 * against the person's ledgers as they stand. Writing, it first locks the ledger year of every such encounter, and
 * reads them again under the locks, so that a settlement committed meanwhile is assessed too.
 */
@Component
class SupplementPlanner {

    /** The buckets stages 3 and 4 write: what a supplement may change. */
    private static final Set<Bucket.Kind> ASSISTANCE_BUCKETS = EnumSet.of(Bucket.Kind.ASSISTANCE_THRESHOLD,
            Bucket.Kind.ASSISTANCE_PAID, Bucket.Kind.TILT_BASE, Bucket.Kind.TILT_PAID);

    private final SettlementRepository settlements;
    private final SettlementStore store;
    private final LedgerStore ledger;
    private final PolicyCatalogue catalogue;
    private final RetroactiveSupplements supplements = new RetroactiveSupplements();

    SupplementPlanner(SettlementRepository settlements, SettlementStore store, LedgerStore ledger,
                      PolicyCatalogue catalogue) {
        this.settlements = settlements;
        this.store = store;
        this.ledger = ledger;
        this.catalogue = catalogue;
    }

    /** One supplement to make: the settlement it supplements and what the approval adds to it. */
    record Planned(SettlementRecord original, RetroactiveSupplements.Supplement supplement) {
    }

    /**
     * The supplements {@code approved} makes, in discharge order.
     *
     * @param identities every identity of the person, {@code approved} among them
     * @param lock       whether to lock the ledger years first (when the supplements will be written)
     */
    List<Planned> plan(Person person, List<Identity> identities, Identity approved, boolean lock) {
        if (approved.applicationDate() == null) {
            return List.of();
        }
        Set<Integer> locked = new TreeSet<>();
        Map<UUID, RetroactiveSupplements.Settled> covered;
        while (true) {
            covered = covered(person, approved);
            Set<Integer> years = new TreeSet<>();
            covered.values().forEach(settled -> years.add(settled.encounter().ledgerYear()));
            years.removeAll(locked);
            if (!lock || years.isEmpty()) {
                break;
            }
            years.forEach(year -> ledger.lock(personYear(person, year)));
            locked.addAll(years);
        }
        Map<Integer, LedgerBalances> ledgers = new HashMap<>();
        covered.values().forEach(settled -> ledgers.computeIfAbsent(settled.encounter().ledgerYear(),
                year -> ledger.balances(personYear(person, year))));
        Map<String, SettlementRecord> records = new HashMap<>();
        settlements.findAllById(covered.keySet()).forEach(r -> records.put(r.settlementId().toString(), r));
        List<Planned> planned = new ArrayList<>();
        for (var supplement : supplements.assess(ClaimIntake.patientOf(person), identities, approved,
                List.copyOf(covered.values()), ledgers)) {
            planned.add(new Planned(records.get(supplement.original().settlementId()), supplement));
        }
        return planned;
    }

    /** The person's standing settlements the approval covers, as assessed again, by id. */
    private Map<UUID, RetroactiveSupplements.Settled> covered(Person person, Identity approved) {
        Map<UUID, RetroactiveSupplements.Settled> covered = new HashMap<>();
        for (SettlementRecord record : settlements.findByPersonIdAndStatusAndKindInAndClaimIsNotNull(
                person.personId(), SettlementResponse.Status.SETTLED,
                List.of(SettlementKind.DISCHARGE, SettlementKind.AFTER_CARE))) {
            if (record.region() != person.region()) {
                continue;
            }
            var policy = catalogue.require(record.region(), record.dischargeDate());
            if (RetroactiveSupplements.covers(policy, approved, record.dischargeDate())) {
                covered.put(record.settlementId(), settled(record, policy));
            }
        }
        return covered;
    }

    private RetroactiveSupplements.Settled settled(SettlementRecord record,
                                                   PolicyVersion policy) {
        Money assistance = Money.of(record.assistancePay());
        Money tilt = Money.of(record.tiltPay());
        List<UUID> entries = new ArrayList<>(List.of(record.settlementId()));
        for (SettlementRecord supplement : settlements.findBySupplementOfOrderBySettledAt(record.settlementId())) {
            entries.add(supplement.settlementId());
            if (supplement.status() == SettlementResponse.Status.SETTLED) {
                assistance = assistance.plus(Money.of(supplement.assistancePay()));
                tilt = tilt.plus(Money.of(supplement.tiltPay()));
            }
        }
        Map<Bucket, Money> own = new HashMap<>();
        ledger.netOf(entries).forEach((bucket, amount) -> {
            if (ASSISTANCE_BUCKETS.contains(bucket.kind())) {
                own.put(bucket, amount);
            }
        });
        return new RetroactiveSupplements.Settled(record.settlementId().toString(), policy,
                store.factsOf(record).encounter(), new InsurancePaid(Money.of(record.basicPay()),
                Money.of(record.majorIllnessPay()), "原结算", record.settlementId().toString()),
                assistance, tilt, LedgerBalances.of(own));
    }

    private static PersonYear personYear(Person person, int year) {
        return new PersonYear(PersonId.of(person.personId()), person.region(), year);
    }
}
