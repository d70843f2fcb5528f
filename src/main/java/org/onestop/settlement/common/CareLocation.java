package org.onestop.settlement.common;

/** Where the care took place, seen from the insured region. */
public enum CareLocation {
    /** In the insured area (统筹区内). */
    LOCAL,
    /** Elsewhere in the province. */
    IN_PROVINCE,
    /** Outside the province (异地就医). */
    OUT_OF_PROVINCE
}
