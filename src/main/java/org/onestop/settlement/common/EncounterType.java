package org.onestop.settlement.common;

/** The kind of one encounter (一次就诊), policies.md §1. */
public enum EncounterType {
    /** 住院. */
    INPATIENT,
    /** 门诊慢特病. */
    OUTPATIENT_CHRONIC,
    /** 普通门诊. */
    OUTPATIENT_GENERAL
}
