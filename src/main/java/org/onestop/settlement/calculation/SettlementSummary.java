package org.onestop.settlement.calculation;

import java.util.Map;
import java.util.StringJoiner;

import org.onestop.settlement.common.Money;

/**
 * The last line of every explanation (docs/calculation.md, "Settlement summary"): the funds' total as the sum of the
 * stages, and the personal payment broken down into what lies outside the policy scope (目录外, 超限价, 先行自付) and
 * the policy-scope part the funds left (政策范围内自付), with what annual caps withheld on the way.
 */
final class SettlementSummary {

    private SettlementSummary() {
    }

    /** @param withheld what each stage's annual cap withheld from what it computed */
    static ExplanationLine line(Amounts amounts, StagePayments payments, Map<Stage, Money> withheld) {
        Money fund = payments.fund();
        Money inScope = amounts.policyScope().minus(fund);
        Money personal = amounts.total().minus(fund);
        String text = "基金支付合计 = 基本医保 " + payments.basic() + " + 大病保险 " + payments.majorIllness()
                + " + 医疗救助 " + payments.assistance() + " + 再救助 " + payments.secondaryTilt() + " = " + fund
                + "；个人支付 = 目录外（全自费）" + amounts.fullyOwnPay() + " + 超限价 " + amounts.overLimit()
                + " + 乙类先行自付 " + amounts.preSelfPay() + " + 政策范围内自付 " + inScope + " = " + personal
                + capsReached(withheld);
        return ExplanationText.line(Rule.SUMMARY, null, text, personal, new Provenance());
    }

    private static String capsReached(Map<Stage, Money> withheld) {
        StringJoiner stages = new StringJoiner("、");
        withheld.forEach((stage, amount) -> {
            if (amount.isPositive()) {
                stages.add(stage.chineseName() + " " + amount);
            }
        });
        return stages.length() == 0 ? "；未达任何年度限额"
                : "；因年度限额已满未由该环节支付：" + stages + "（各环节少付部分计入下一环节的基数，余下部分在政策范围内自付中）";
    }
}
