package org.onestop.settlement.settlement;

/** What made a settlement: the discharge desk, or the assistance office after it (README, "Assistance office"). */
public enum SettlementKind {
    /** The one-stop settlement of an encounter at discharge (or a visit's end), all four stages. */
    DISCHARGE,
    /**
     * A retroactive supplement (补充结算) of a settlement made before an identity granted on application was approved
     * (001 第十四条(二), 004 四(七)): stages 3 and 4 assessed again, the difference paid.
     */
    SUPPLEMENT,
    /**
     * After-care assistance (医后救助, 001 第十五条, 002 二(五)): stages 3 and 4 on the insurance amounts of a receipt
     * from elsewhere, claimed at the assistance office after treatment.
     */
    AFTER_CARE
}
