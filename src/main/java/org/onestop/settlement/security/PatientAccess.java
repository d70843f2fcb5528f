package org.onestop.settlement.security;

import org.onestop.settlement.common.HospitalCode;
import org.onestop.settlement.common.PersonId;

/**
 * Whether a hospital has a settlement for a person, which is what lets it read that person's data. Declared here and
 * implemented by the module that keeps the settlements, so that the access rules depend on no other capability.
 */
public interface PatientAccess {

    /** True when {@code hospital} has settled at least one claim of {@code person}, reversed ones included. */
    boolean hasSettledFor(HospitalCode hospital, PersonId person);
}
