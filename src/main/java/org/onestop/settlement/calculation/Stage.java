package org.onestop.settlement.calculation;

/** The four stages in the order they run (先保险后救助, policies.md §2). */
public enum Stage {
    /** 基本医保. */
    BASIC,
    /** 大病保险 / 职工大额医疗费用补助. */
    MAJOR_ILLNESS,
    /** 医疗救助. */
    ASSISTANCE,
    /** 二次倾斜救助 / 再救助. */
    TILT
}
