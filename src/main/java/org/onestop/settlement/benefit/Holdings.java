package org.onestop.settlement.benefit;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.onestop.settlement.common.IdentityCategory;
import org.onestop.settlement.common.NotFoundException;
import org.onestop.settlement.person.AssistanceIdentity;
import org.onestop.settlement.person.Person;
import org.onestop.settlement.security.CurrentClient;

/** The identities a person holds on a day, and the person-level access rule of this module. */
final class Holdings {

    private Holdings() {
    }

    /** The person's first identity (in the order recorded) of one of {@code categories} valid on {@code day}. */
    static Optional<AssistanceIdentity> first(Person person, Set<IdentityCategory> categories, LocalDate day) {
        return person.identities().stream()
                .filter(i -> i.validOn(day) && categories.contains(i.category()))
                .findFirst();
    }

    /** An office sees the persons of its own region only; another region's person is "not found". */
    static Person visible(Person person, CurrentClient client) {
        if (!client.servesRegion(person.region())) {
            throw new NotFoundException("unknown person " + person.personId());
        }
        return person;
    }
}
