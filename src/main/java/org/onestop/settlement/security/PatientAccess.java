package org.onestop.settlement.security;

import java.util.Optional;

import org.onestop.settlement.common.HospitalCode;
import org.onestop.settlement.common.PersonId;
import org.onestop.settlement.common.RegionCode;

/**
 * What lets a client read a person's data: for a hospital, a discharge settlement of the person that is not reversed;
 * for an assistance office, the person being insured in its region. Declared here and implemented by the module that
 * keeps the settlements, so that the access rules depend on no other capability.
 */
public interface PatientAccess {

    /** True when {@code hospital} has a discharge settlement of {@code person} that is not reversed. */
    boolean hasSettledFor(HospitalCode hospital, PersonId person);

    /** The person's insured region; empty for an unknown person. */
    Optional<RegionCode> regionOf(PersonId person);
}
