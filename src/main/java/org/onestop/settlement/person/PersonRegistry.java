package org.onestop.settlement.person;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.hibernate.Hibernate;
import org.onestop.settlement.common.FieldViolation;
import org.onestop.settlement.common.IdentityCategory;
import org.onestop.settlement.common.InsuranceType;
import org.onestop.settlement.common.InvalidRequestException;
import org.onestop.settlement.common.NotFoundException;
import org.onestop.settlement.common.PersonId;
import org.onestop.settlement.common.RegionCode;
import org.onestop.settlement.common.Sex;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person registry's use cases, one transaction each: register or update a person, record an assistance identity
 * (救助对象身份) and end one, as the civil-affairs and rural-revitalisation departments push them. A person is
 * answered with its identities loaded.
 */
@Service
public class PersonRegistry {

    private final PersonRepository persons;
    private final Clock clock;

    PersonRegistry(PersonRepository persons, Clock clock) {
        this.persons = persons;
        this.clock = clock;
    }

    /** A person's registry data; a registration replaces all of it (not the identities). */
    public record Details(String name, Sex sex, LocalDate birthDate, RegionCode region, InsuranceType insuranceType,
                          boolean rural, Integer disabilityGrade) {
    }

    /** An identity as the certifying department pushes it; {@code validTo} null means open. */
    public record NewIdentity(IdentityCategory category, String subclass, LocalDate validFrom, LocalDate validTo,
                              String source, LocalDate applicationDate) {
    }

    /** The person as stored, and whether this registration created it. */
    public record Registration(Person person, boolean created) {
    }

    /** Creates the person or replaces its data; a birth date in the future is refused. */
    @Transactional
    public Registration register(PersonId personId, Details details) {
        if (details.birthDate().isAfter(LocalDate.now(clock))) {
            throw new InvalidRequestException("birthDate", "must not be in the future");
        }
        Instant now = clock.instant();
        Person person = persons.findById(personId.value()).orElse(null);
        boolean created = person == null;
        if (created) {
            person = new Person(personId.value(), now);
        }
        person.update(details.name(), details.sex(), details.birthDate(), details.region(), details.insuranceType(),
                details.rural(), details.disabilityGrade(), now);
        persons.save(person);
        return new Registration(loaded(person), created);
    }

    /** A person with every identity, ended ones included. */
    @Transactional(readOnly = true)
    public Person find(PersonId personId) {
        return loaded(require(personId));
    }

    /** Every person insured in {@code region}, by id, with every identity. */
    @Transactional(readOnly = true)
    public List<Person> inRegion(RegionCode region) {
        return persons.findByRegionOrderByPersonId(region);
    }

    /**
     * Records an identity: its subclass must belong to its category (only 低保 MIN_LIVING has subclasses) and its
     * validity must not end before it starts ({@link #check}).
     */
    @Transactional
    public AssistanceIdentity addIdentity(PersonId personId, NewIdentity identity) {
        Person person = require(personId);
        check(identity);
        AssistanceIdentity added = person.addIdentity(new AssistanceIdentity(person, identity.category(),
                identity.subclass(), identity.validFrom(), identity.validTo(), identity.source(),
                identity.applicationDate(), clock.instant()));
        persons.save(person);
        return added;
    }

    /**
     * The person with its row locked until the transaction ends, and its identities: identities of one person are
     * recorded one at a time.
     */
    @Transactional
    public Person lock(PersonId personId) {
        persons.lockRow(personId.value()).orElseThrow(() -> new NotFoundException("unknown person " + personId));
        return loaded(require(personId));
    }

    /**
     * The identity of the person recorded with exactly these data and not ended, if any: the same identity sent
     * again, answered as recorded.
     */
    public static Optional<AssistanceIdentity> recorded(Person person, NewIdentity identity) {
        return person.identities().stream()
                .filter(i -> i.endedAt() == null && i.category() == identity.category()
                        && Objects.equals(i.subclass(), identity.subclass())
                        && i.validFrom().equals(identity.validFrom())
                        && Objects.equals(i.validTo(), identity.validTo())
                        && Objects.equals(i.source(), identity.source())
                        && Objects.equals(i.applicationDate(), identity.applicationDate()))
                .findFirst();
    }

    /** @throws InvalidRequestException when the identity's subclass or validity is wrong (nothing is written) */
    public static void check(NewIdentity identity) {
        List<FieldViolation> violations = violations(identity);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
    }

    /**
     * What {@link #addIdentity} would refuse in {@code identity}, each rule broken named by its field; empty when it
     * would be recorded. A form that shows an identity for confirmation before recording it checks it here first.
     */
    public static List<FieldViolation> violations(NewIdentity identity) {
        List<FieldViolation> violations = new ArrayList<>();
        if (!identity.category().acceptsSubclass(identity.subclass())) {
            violations.add(new FieldViolation("subclass", "'" + identity.subclass() + "' is not a subclass of "
                    + identity.category() + (identity.category() == IdentityCategory.MIN_LIVING
                    ? " (one of " + IdentityCategory.MIN_LIVING_SUBCLASSES + ")" : " (it has none)")));
        }
        if (identity.validTo() != null && identity.validTo().isBefore(identity.validFrom())) {
            violations.add(new FieldViolation("validTo", "must not be before validFrom " + identity.validFrom()));
        }
        return violations;
    }

    /** Ends an identity: valid up to yesterday, kept in history. */
    @Transactional
    public AssistanceIdentity endIdentity(PersonId personId, UUID identityId) {
        AssistanceIdentity identity = require(personId).identities().stream()
                .filter(i -> i.identityId().equals(identityId)).findFirst()
                .orElseThrow(() -> new NotFoundException("person " + personId + " has no identity " + identityId));
        identity.end(LocalDate.now(clock), clock.instant());
        return identity;
    }

    private Person require(PersonId personId) {
        return persons.findById(personId.value())
                .orElseThrow(() -> new NotFoundException("unknown person " + personId));
    }

    /** The person with its identities read, so that it can be answered after the transaction. */
    private static Person loaded(Person person) {
        Hibernate.initialize(person.identities());
        return person;
    }
}
