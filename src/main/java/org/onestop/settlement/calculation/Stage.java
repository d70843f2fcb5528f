package org.onestop.settlement.calculation;

/** The four stages in the order they run (先保险后救助, policies.md §2), with the names a clerk reads. */
public enum Stage {
    /** 基本医保. */
    BASIC("基本医保"),
    /** 大病保险 / 职工大额医疗费用补助. */
    MAJOR_ILLNESS("大病保险"),
    /** 医疗救助. */
    ASSISTANCE("医疗救助"),
    /** 二次倾斜救助 / 再救助. */
    TILT("再救助");

    private final String chineseName;

    Stage(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
