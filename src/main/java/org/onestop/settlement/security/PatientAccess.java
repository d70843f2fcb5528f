package org.onestop.settlement.security;

import org.onestop.settlement.common.HospitalCode;
import org.onestop.settlement.common.PersonId;

/**
 * Whether a hospital has a settlement for a person that is not reversed, which is what lets it read that person's
 * data. Declared here and
 * implemented by the module that keeps the settlements, so that the access rules depend on no other capability.
 */
public interface PatientAccess {

    /** True when {@code hospital} has a settlement of {@code person} that is not reversed. */
    boolean hasSettledFor(HospitalCode hospital, PersonId person);
}
