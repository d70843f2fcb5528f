package org.onestop.settlement.settlement;

import java.time.LocalDate;
import java.util.Optional;

import org.onestop.settlement.calculation.Eligibility;
import org.onestop.settlement.common.NotFoundException;
import org.onestop.settlement.common.PersonId;
import org.onestop.settlement.common.RegionCode;
import org.onestop.settlement.ledger.LedgerHolders;
import org.onestop.settlement.person.Person;
import org.onestop.settlement.person.PersonRepository;
import org.onestop.settlement.policy.PolicyCatalogue;
import org.onestop.settlement.policy.PolicyVersion;
import org.springframework.stereotype.Component;

/**
 * Tells the ledger about its holders from the person registry and the policy catalogue: the caps of a person's
 * buckets are the engine's ({@link Eligibility#quotaCaps}), so the ledger view shows what the stages apply.
 */
@Component
class LedgerHoldersAdapter implements LedgerHolders {

    private final PersonRepository persons;
    private final PolicyCatalogue catalogue;

    LedgerHoldersAdapter(PersonRepository persons, PolicyCatalogue catalogue) {
        this.persons = persons;
        this.catalogue = catalogue;
    }

    @Override
    public Optional<RegionCode> regionOf(PersonId personId) {
        return persons.findById(personId.value()).map(Person::region);
    }

    @Override
    public Terms termsOn(PersonId personId, LocalDate day) {
        Person person = persons.findById(personId.value())
                .orElseThrow(() -> new NotFoundException("unknown person " + personId));
        PolicyVersion policy = catalogue.require(person.region(), day);
        return new Terms(policy.version(), Eligibility.quotaCaps(policy, ClaimIntake.patientOf(person),
                ClaimIntake.identitiesOf(person), day));
    }
}
