package org.onestop.settlement.common;

/** The insured regions (参保地统筹区) whose policies the service implements. */
public enum RegionCode {
    /** 兰州市, 兰政办发〔2022〕139号. */
    LANZHOU,
    /** 淄博市, 淄政办发〔2022〕11号. */
    ZIBO,
    /** 乌海市, 乌海政办发〔2020〕35号. */
    WUHAI,
    /** 辽宁省, provincial guidance of 2014. */
    LIAONING
}
