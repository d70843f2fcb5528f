package org.onestop.settlement.ledger;

import java.util.Objects;

import org.onestop.settlement.common.PersonId;
import org.onestop.settlement.common.RegionCode;

/** The unit the ledger keeps and locks: one person's quotas in one insured region for one calendar year. */
public record PersonYear(PersonId personId, RegionCode region, int year) {

    public PersonYear {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(region, "region");
    }
}
