package org.onestop.settlement.ledger;

import java.time.LocalDate;
import java.util.Optional;

import org.onestop.settlement.common.PersonId;
import org.onestop.settlement.common.RegionCode;

/**
 * What the ledger needs to know of the persons whose quotas it keeps, provided by the capability that knows persons,
 * policies and identities: the insured region, and the policy version and caps that apply on a day.
 */
public interface LedgerHolders {

    /** The person's insured region; empty for an unknown person. */
    Optional<RegionCode> regionOf(PersonId personId);

    /** The policy version in force for a known person's region on {@code day}, and what caps each bucket then. */
    Terms termsOn(PersonId personId, LocalDate day);

    /** A policy version's name and the caps it sets for the person. */
    record Terms(String policyVersion, QuotaCaps caps) {
    }
}
