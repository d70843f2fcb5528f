package org.onestop.settlement.calculation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.StringJoiner;

import org.onestop.settlement.common.Money;

/**
 * Renders explanation lines from the values a stage computed, in the terms a discharge-desk clerk uses, so that every
 * step can be redone by hand; the only place where explanation text is put together. Amounts keep their plain form
 * with two decimals and rates are written as percentages ({@link #percent}); a figure not given by the region's
 * document is marked (docs/calculation.md, "Explanation lines").
 */
final class ExplanationText {

    /** Tag of a line using a parameter no document gives. */
    static final String ILLUSTRATIVE = "示例参数";
    /** Tag of a line applying the project's reading where the document leaves a choice. */
    static final String READING = "本系统解读";

    private ExplanationText() {
    }

    /**
     * A line of {@code rule}: {@code citation} null stands for the rule's section of docs/calculation.md; the amount
     * is dropped for a line that only informs.
     */
    static ExplanationLine line(Rule rule, String id, String title, String citation, String formula, Money amount,
                                Provenance provenance) {
        return new ExplanationLine(rule.stage(), id, title, citation == null ? rule.rulesReference() : citation,
                formula + provenance.marker(), rule.informs() ? null : amount, provenance.tags());
    }

    /** A line of a rule with a fixed id and title. */
    static ExplanationLine line(Rule rule, String citation, String formula, Money amount, Provenance provenance) {
        return line(rule, rule.id(), rule.title(), citation, formula, amount, provenance);
    }

    /** A line that only informs (or says why nothing applied); a null citation cites the rule's own section. */
    static ExplanationLine info(Rule rule, String citation, String text) {
        return info(rule, citation, text, new Provenance());
    }

    /** A line that only informs, with the readings it applies. */
    static ExplanationLine info(Rule rule, String citation, String text, Provenance provenance) {
        return line(rule, citation, text, null, provenance);
    }

    /** A rate as a reader writes it: 0.6 → "60%", 0.065 → "6.5%". */
    static String percent(BigDecimal rate) {
        return rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    /** A rate as a plain factor: 0.5 → "0.5". */
    static String factor(BigDecimal rate) {
        return rate.stripTrailingZeros().toPlainString();
    }

    /** "<pool>年度限额 <cap> − 本年已支付 <paid before> = 剩余 <left>" and what is paid, bounded by what is left. */
    static String cap(AnnualCap cap, Money computed, Money pay) {
        return capLeft(cap) + payClause(computed, pay);
    }

    private static String capLeft(AnnualCap cap) {
        return ClerkTerms.pool(cap.pool()) + "年度限额 " + cap.cap() + " − 本年已支付 " + cap.paidBefore() + " = 剩余 "
                + cap.left();
    }

    private static String payClause(Money computed, Money pay) {
        return pay.compareTo(computed) < 0 ? "，已达年度限额，只支付 " + pay + "（" + computed.minus(pay) + " 未由本项支付）"
                : "，支付 " + pay;
    }

    /** Basic insurance (docs/calculation.md reading 3): deductible applied, rate, cap. */
    static String basic(Money scope, Money deductibleLeft, Money deductible, boolean perYear, Money deductibleApplied,
                        BigDecimal rate, Money computed, AnnualCap cap, Money pay) {
        return "起付线" + (perYear ? "每年 " + deductible + "，本年剩余 " + deductibleLeft : "每次住院 " + deductible)
                + "，本次计入 min(" + scope + ", " + deductibleLeft + ") = " + deductibleApplied
                + "；（政策范围内费用 " + scope + " − 起付线 " + deductibleApplied + "）× 报销比例 " + percent(rate)
                + " = " + computed + "；" + cap(cap, computed, pay);
    }

    /** Major illness (reading 4): base, accumulation, (preferential) deductible, segments, cap. */
    static String majorIllness(MajorIllnessStage.Working working) {
        StringJoiner formula = new StringJoiner("；");
        formula.add("大病保险基数 = 政策范围内费用 " + working.scope() + " − 基本医保支付 " + working.basicPay() + " = "
                + working.base());
        formula.add("本年累计基数：本次前 " + working.baseBefore() + "，本次后 " + working.baseBefore() + " + "
                + working.base() + " = " + working.baseAfter());
        if (working.preferentialFactor() != null) {
            formula.add("倾斜支付起付线 = 起付线 " + working.planDeductible() + " × "
                    + factor(working.preferentialFactor()) + " = " + working.preferentialDeductible());
            if (working.specialDrugWithoutDeductible()) {
                formula.add("使用规定特药，不设起付线");
            }
        } else {
            formula.add("起付线 " + working.deductible());
        }
        formula.add("本次分段支付 = " + slices(working.slices(), working.deductible(), working.computed()));
        formula.add(working.cap() == null ? "倾斜支付不设年度限额，支付 " + working.pay()
                : cap(working.cap(), working.computed(), working.pay()));
        return formula.toString();
    }

    private static String slices(List<MarginalRateScale.Slice> slices, Money deductible, Money computed) {
        if (slices.isEmpty()) {
            return "0.00（累计基数未超过起付线 " + deductible + "）";
        }
        StringJoiner terms = new StringJoiner(" + ");
        slices.forEach(slice -> terms.add(percent(slice.rate()) + " × (" + slice.to() + " − " + slice.from() + ")"));
        return terms + " = " + computed;
    }

    /** Assistance (reading 5): the base and the scheme's threshold consumed. */
    static String assistanceThreshold(Money scope, Money basicPay, Money majorIllnessPay, Money base,
                                      Money thresholdLeft, Money threshold, Money applied, Money left) {
        String consumed = threshold.isZero() ? "本方案不设起付标准（0.00）"
                : "年度起付标准 " + threshold + "，本年剩余 " + thresholdLeft + "，本次计入 min(" + base + ", "
                + thresholdLeft + ") = " + applied;
        return "救助基数 = 政策范围内费用 " + scope + " − 基本医保 " + basicPay + " − 大病保险 " + majorIllnessPay
                + " = " + base + "；" + consumed + "；起付标准以上 " + base + " − " + applied + " = " + left;
    }

    /** One assistance program: rate on what is left, bounded by every pool it draws on. */
    static String assistanceProgram(String programName, BigDecimal rate, Money left, Money computed,
                                    List<AnnualCap> caps, Money pay) {
        StringJoiner capsLeft = new StringJoiner("；");
        caps.forEach(cap -> capsLeft.add(capLeft(cap)));
        return programName + "：救助比例 " + percent(rate) + " × " + left + " = " + computed + "；" + capsLeft
                + payClause(computed, pay);
    }

    /** Secondary tilt (reading 6): burden, accumulation, rate above the threshold, cap. */
    static String secondaryTilt(Money scope, List<Money> paidBefore, Money burden, Money burdenBefore,
                                Money burdenAfter, Money threshold, Money aboveAfter, Money aboveBefore,
                                BigDecimal rate, Money computed, AnnualCap cap, Money pay) {
        return "本次个人负担 = 政策范围内费用 " + scope + " − 基本医保 " + paidBefore.get(0) + " − 大病保险 "
                + paidBefore.get(1) + " − 医疗救助 " + paidBefore.get(2) + " = " + burden + "；本年累计负担：本次前 "
                + burdenBefore + "，本次后 " + burdenAfter + "；起付标准 " + threshold + "，" + percent(rate)
                + " × (max(0, " + burdenAfter + " − " + threshold + ") − max(0, " + burdenBefore + " − " + threshold
                + ")) = " + percent(rate) + " × (" + aboveAfter + " − " + aboveBefore + ") = " + computed + "；"
                + (cap == null ? "再救助不设年度限额，支付 " + pay : cap(cap, computed, pay));
    }

    /** Why an identity the person holds is not the one used; for a lower standard, what it would have paid. */
    static String notUsed(SchemeSelection.NotUsed notUsed, HighestStandard.Comparison comparison) {
        Identity identity = notUsed.identity();
        String name = ClerkTerms.identity(identity);
        if (notUsed instanceof SchemeSelection.NotValid notValid) {
            return name + "：" + notValid.day() + " 不在有效期内（有效期 " + identity.validFrom() + " 至 "
                    + (identity.validTo() == null ? "长期" : identity.validTo())
                    + IdentityValidity.retroactiveStart(identity, notValid.scheme())
                    .map(start -> "，申请追溯自 " + start).orElse("") + "）";
        }
        if (notUsed instanceof SchemeSelection.LowerStandard lower) {
            return name + "（" + lower.scheme().name() + "）未采用：" + ClerkTerms.identity(lower.used()) + "（"
                    + lower.usedScheme().name() + "）救助标准更高，身份不叠加（就高不重复）；如按" + name
                    + "计算，医疗救助应付 " + comparison.assistance() + "、再救助应付 " + comparison.tilt() + "，合计 "
                    + comparison.total();
        }
        return name + "：本地区医疗救助方案不含该身份";
    }

    /** A stage's amount given, not computed: who paid it and under which settlement number. */
    static String given(Stage stage, Money amount, String settledBy, String reference) {
        return stage.chineseName() + "：" + settledBy + "已支付 " + amount + "（" + reference
                + "），按已结算金额列示，本次不重新计算";
    }

    /** Why an encounter settled before is assessed again: the approval and the window it reaches back to. */
    static String retroactive(Identity approved, LocalDate start, String original,
                              LocalDate discharge) {
        return "依申请认定" + ClerkTerms.identity(approved) + "，申请日 " + approved.applicationDate() + "，追溯至 "
                + start + "；原结算 " + original + "（出院日期 " + discharge + "）在认定范围内，按认定后的身份重新计算"
                + "医疗救助和再救助，基本医保、大病保险不重新计算";
    }

    /**
     * One stage of a supplement: recomputed minus paid so far; {@code lower} names the stage whose recomputation is
     * below what was paid, in which case nothing is adjusted (a supplement takes nothing back).
     */
    static String supplementDifference(String stageName, Money recomputed, Money paidBefore, Money pay,
                                       String lower) {
        String working = stageName + "：按认定身份重新计算 " + recomputed + "，已支付 " + paidBefore;
        if (lower != null) {
            return working + "；" + lower + "重新计算低于已支付，补充结算不追回已付款项，本次不调整，支付 " + pay;
        }
        return working + "；补付 " + recomputed + " − " + paidBefore + " = " + pay;
    }

    /** A supplement's summary: what it pays in all, and the encounter's personal payment before and after it. */
    static String supplementSummary(Money assistance, Money tilt, Money personalBefore) {
        Money paid = assistance.plus(tilt);
        return "补充结算合计 = 医疗救助 " + assistance + " + 再救助 " + tilt + " = " + paid + "；本次就诊个人支付 = "
                + personalBefore + " − " + paid + " = " + personalBefore.minus(paid);
    }

    /** An after-care claim: who applied, where the care was, and the receipt it rests on. */
    static String afterCare(String institution, boolean designated, boolean emergency, boolean referral,
                            InsurancePaid insurance) {
        return "治疗结束后向医疗救助经办机构申请：就医机构 " + institution + (designated ? "（定点）" : "（非定点）")
                + (emergency ? "，急诊" : "") + (referral ? "，转诊备案" : "") + "；医保结算单由 "
                + insurance.settledBy() + " 出具（" + insurance.reference() + "），基本医保、大病保险按结算单金额列示";
    }
}
