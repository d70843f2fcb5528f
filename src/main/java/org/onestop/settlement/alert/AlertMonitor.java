package org.onestop.settlement.alert;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.onestop.settlement.common.EncounterType;
import org.onestop.settlement.common.IdentityCategory;
import org.onestop.settlement.common.Money;
import org.onestop.settlement.common.PersonId;
import org.onestop.settlement.person.AssistanceIdentity;
import org.onestop.settlement.person.Person;
import org.onestop.settlement.person.PersonRegistry;
import org.onestop.settlement.policy.PolicyCatalogue;
import org.onestop.settlement.policy.PolicyVersion;
import org.onestop.settlement.policy.SideRules;
import org.onestop.settlement.policy.SideRules.AlertRule;
import org.onestop.settlement.settlement.SettlementRecorded;
import org.onestop.settlement.settlement.SettlementReversed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Checks every settlement against the alert rules of the policy in force on its discharge date, synchronously in the
 * settlement's transaction: the first rule that watches the person decides (precedence order of the data), and an
 * alert is raised when its amount exceeds the threshold, at most once per rule, person and year. A reversal
 * withdraws the alerts its settlement raised and takes the settlement out of the year's burden.
 */
@Component
class AlertMonitor {

    private static final Logger log = LoggerFactory.getLogger(AlertMonitor.class);

    private final PolicyCatalogue catalogue;
    private final PersonRegistry persons;
    private final AlertStore store;

    AlertMonitor(PolicyCatalogue catalogue, PersonRegistry persons, AlertStore store) {
        this.catalogue = catalogue;
        this.persons = persons;
        this.store = store;
    }

    @EventListener
    void onSettled(SettlementRecorded event) {
        store.observe(event);
        Optional<PolicyVersion> policy = catalogue.inForce(event.region(), event.dischargeDate());
        Optional<SideRules.HighCostAlert> rules = policy.flatMap(p -> p.side().highCostAlert());
        if (rules.isEmpty()) {
            return;
        }
        Person person = persons.find(PersonId.of(event.personId()));
        Set<IdentityCategory> held = EnumSet.noneOf(IdentityCategory.class);
        person.identities().stream().filter(i -> i.validOn(event.dischargeDate()))
                .map(AssistanceIdentity::category).forEach(held::add);
        rules.get().watching(held, person.insuranceType(), person.rural())
                .ifPresent(rule -> check(rule, event, policy.get()));
    }

    @EventListener
    void onReversed(SettlementReversed event) {
        int withdrawn = store.withdraw(event.settlementId(), event.reversedAt());
        if (withdrawn > 0) {
            log.info("Withdrew {} high-cost alert(s) of reversed settlement {}", withdrawn, event.settlementId());
        }
    }

    private void check(AlertRule rule, SettlementRecorded event, PolicyVersion policy) {
        Money amount;
        String what;
        switch (rule.basis()) {
            case STAY_AFTER_ALL_STAGES, STAY_AFTER_INSURANCE -> {
                if (event.encounterType() != EncounterType.INPATIENT) {
                    return;
                }
                boolean all = rule.basis() == SideRules.AlertBasis.STAY_AFTER_ALL_STAGES;
                amount = all ? event.personalPay() : event.afterInsurance();
                what = all ? "personal payment of the stay after every stage"
                        : "personal payment of the stay after insurance (" + event.total() + " − "
                        + event.insurancePay() + ")";
            }
            case YEAR_AFTER_INSURANCE -> {
                amount = store.yearAfterInsurance(event.personId(), event.region(), event.year());
                what = event.year() + " accumulated burden after basic and major-illness insurance";
            }
            default -> throw new IllegalStateException("unknown alert basis " + rule.basis());
        }
        Money threshold = rule.threshold();
        if (amount.compareTo(threshold) <= 0) {
            return;
        }
        String working = what + " " + amount + " > threshold " + rule.thresholdWorking();
        var alert = new HighCostAlert(UUID.randomUUID(), event.personId(), event.region(), event.year(), rule.code(),
                rule.citation(), amount.amount(), threshold.amount(), working, rule.illustrative(), policy.version(),
                event.settlementId(), event.recordedAt(), HighCostAlert.Status.OPEN, null, null, null, null, null);
        if (store.raise(alert)) {
            log.info("High-cost alert {} {} for {} ({})", alert.alertId(), rule.code(), event.personId(), working);
        }
    }
}
