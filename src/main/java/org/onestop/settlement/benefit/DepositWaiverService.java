package org.onestop.settlement.benefit;

import java.time.LocalDate;
import java.util.Optional;

import org.onestop.settlement.common.IdentityCategory;
import org.onestop.settlement.common.PersonId;
import org.onestop.settlement.person.AssistanceIdentity;
import org.onestop.settlement.person.Person;
import org.onestop.settlement.person.PersonRegistry;
import org.onestop.settlement.policy.PolicyCatalogue;
import org.onestop.settlement.policy.PolicyVersion;
import org.onestop.settlement.policy.SideRules;
import org.onestop.settlement.security.CurrentClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deposit waiver (先诊疗后付费, 001 第二十一条(一), 004 七(十三)): a person holding one of the rule's identities on
 * the admission day, referred by primary care where the rule asks for it, pays no admission deposit at a designated
 * hospital of the city. The caller is taken to be that hospital (a hospital asks for its own code); the service
 * keeps no list of designated hospitals.
 */
@Service
public class DepositWaiverService {

    private static final String RULE = "先诊疗后付费: referred by primary care and admitted to a designated hospital of "
            + "the city, the admission deposit is waived";

    private final PersonRegistry persons;
    private final PolicyCatalogue catalogue;

    DepositWaiverService(PersonRegistry persons, PolicyCatalogue catalogue) {
        this.persons = persons;
        this.catalogue = catalogue;
    }

    @Transactional(readOnly = true)
    public DepositWaiver check(String personId, LocalDate on, String hospitalCode, boolean referral,
                               CurrentClient client) {
        client.requireActsFor(hospitalCode);
        Person person = Holdings.visible(persons.find(PersonId.requested(personId)), client);
        Optional<PolicyVersion> policy = catalogue.inForce(person.region(), on);
        if (policy.isEmpty()) {
            return answer(person, on, hospitalCode, referral, null, null, null,
                    "no " + person.region() + " policy is in force on " + on);
        }
        String version = policy.get().version();
        Optional<SideRules.DepositWaiver> rule = policy.get().side().depositWaiver();
        if (rule.isEmpty()) {
            return answer(person, on, hospitalCode, referral, null, null, version,
                    "the " + person.region() + " policy " + version + " has no deposit waiver");
        }
        SideRules.DepositWaiver waiver = rule.get();
        Optional<AssistanceIdentity> held = Holdings.first(person, waiver.identities(), on);
        if (held.isEmpty()) {
            return answer(person, on, hospitalCode, referral, waiver.citation(), null, version,
                    "holds none of " + waiver.identities() + " on " + on);
        }
        IdentityCategory identity = held.get().category();
        if (waiver.referralRequired() && !referral) {
            return answer(person, on, hospitalCode, referral, waiver.citation(), identity, version,
                    "not referred by primary care (基层首诊转诊), which the rule requires");
        }
        return new DepositWaiver(person.personId(), person.region(), on, hospitalCode, referral, true, RULE,
                waiver.citation(), identity, null, version);
    }

    private static DepositWaiver answer(Person person, LocalDate on, String hospitalCode, boolean referral,
                                        String citation, IdentityCategory identity, String version, String reason) {
        return new DepositWaiver(person.personId(), person.region(), on, hospitalCode, referral, false, RULE, citation,
                identity, reason, version);
    }
}
