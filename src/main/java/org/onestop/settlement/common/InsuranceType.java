package org.onestop.settlement.common;

/** How a person is insured: 城乡居民 resident, 职工 employee, or not insured at all. */
public enum InsuranceType {
    RESIDENT,
    EMPLOYEE,
    UNINSURED
}
