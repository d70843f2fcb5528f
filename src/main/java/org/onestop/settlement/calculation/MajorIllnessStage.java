package org.onestop.settlement.calculation;

import java.math.BigDecimal;
import java.util.List;

import org.onestop.settlement.common.Money;
import org.onestop.settlement.ledger.Bucket;
import org.onestop.settlement.ledger.LedgerBalances;
import org.onestop.settlement.policy.MajorIllness;

/**
 * Stage 2, major-illness insurance (大病保险), policies.md §2 stage 2. The base {@code scope − basic pay} accumulates
 * over the year; segments are a {@link MarginalRateScale} on the accumulated base, so
 * {@code pay = min(round(S(B1) − S(B0)), cap − paid this year)}. The preferential payment for the poorest (倾斜支付:
 * 001 第十二条(二), 004 三(四)) scales the deductible, raises every rate and may lift the cap.
 */
final class MajorIllnessStage {

    private static final String SPEC = "policies.md §2 stage 2";

    /**
     * The figures of one calculation, for the explanation. {@code preferentialFactor} is null without a preferential
     * payment; {@code cap} is null when the preferential payment lifts the cap.
     */
    record Working(Money scope, Money basicPay, Money base, Money baseBefore, Money baseAfter, Money planDeductible,
                   BigDecimal preferentialFactor, Money preferentialDeductible, boolean specialDrugWithoutDeductible,
                   Money deductible, List<MarginalRateScale.Slice> slices, Money computed, AnnualCap cap, Money pay) {
    }

    StageOutcome apply(Worksheet sheet) {
        MajorIllness majorIllness = sheet.policy().majorIllness();
        var encounter = sheet.encounter();
        var insuranceType = sheet.patient().insuranceType();
        if (!majorIllness.encounterTypes().contains(encounter.type())) {
            return nothing("major-illness.not-covered", encounter.type()
                    + " is not covered by major-illness insurance");
        }
        MajorIllness.Plan plan = majorIllness.plan(insuranceType).orElse(null);
        if (plan == null) {
            return nothing("major-illness.not-insured", "insurance type " + insuranceType
                    + ": no major-illness insurance");
        }
        if (!InstitutionRule.insuranceCovers(encounter)) {
            return nothing("major-illness.non-designated",
                    "non-designated institution and not an emergency: the insurance stages pay nothing");
        }
        MajorIllness.PreferentialPayment preferential = sheet.preferentialPayment();
        Money basicPay = sheet.paid(Stage.BASIC);
        Money base = sheet.policyScope().minus(basicPay).atLeastZero();
        Money baseBefore = sheet.used(Bucket.MAJOR_ILLNESS_BASE);
        Money baseAfter = baseBefore.plus(base);

        Money planDeductible = plan.deductible().value();
        BigDecimal factor = preferential == null ? null : preferential.deductibleFactor().value();
        Money preferentialDeductible = factor == null ? null : Money.roundHalfUp(planDeductible.times(factor));
        boolean noDeductible = preferential != null && encounter.specialDrug()
                && preferential.specialDrugWithoutDeductible().value();
        Money deductible = noDeductible ? Money.ZERO : factor == null ? planDeductible : preferentialDeductible;

        MarginalRateScale scale = scale(plan, deductible, preferential);
        Money computed = Money.roundHalfUp(scale.increase(baseBefore, baseAfter));
        boolean capped = preferential == null || preferential.capped().value();
        AnnualCap cap = capped ? sheet.annualCap("major-illness", Bucket.MAJOR_ILLNESS_PAID) : null;
        Money pay = capped ? cap.limit(computed) : computed;

        Working working = new Working(sheet.policyScope(), basicPay, base, baseBefore, baseAfter, planDeductible,
                factor, preferentialDeductible, noDeductible, deductible, scale.slices(baseBefore, baseAfter),
                computed, cap, pay);
        String rule = preferential == null ? "major-illness.segments" : "major-illness.tilt";
        String citation = preferential == null ? plan.segments().get(0).rate().citation() : preferential.citation();
        LedgerBalances deltas = LedgerBalances.EMPTY.plus(Bucket.MAJOR_ILLNESS_BASE, base)
                .plus(Bucket.MAJOR_ILLNESS_PAID, pay);
        boolean illustrative = plan.deductible().illustrative()
                || plan.segments().stream().anyMatch(s -> s.rate().illustrative()
                        || s.from() != null && s.from().illustrative())
                || capped && plan.cap().illustrative() || preferential != null && preferential.capped().illustrative();
        return new StageOutcome(pay, plan.fund(), List.of(new ExplanationLine(Stage.MAJOR_ILLNESS, rule, citation,
                ExplanationText.majorIllness(working), pay, illustrative)), deltas);
    }

    /**
     * The segments as a scale on the accumulated base: the first starts at the (preferential) deductible, each later
     * one at its own lower bound; the preferential payment adds its increase to every rate.
     */
    static MarginalRateScale scale(MajorIllness.Plan plan, Money deductible,
                                   MajorIllness.PreferentialPayment preferential) {
        BigDecimal increase = preferential == null ? BigDecimal.ZERO : preferential.rateIncrease().value();
        MarginalRateScale.Builder scale = MarginalRateScale.builder();
        List<MajorIllness.Segment> segments = plan.segments();
        for (int i = 0; i < segments.size(); i++) {
            Money threshold = i == 0 ? deductible : segments.get(i).from().value();
            scale.bracket(threshold, segments.get(i).rate().value().add(increase));
        }
        return scale.build();
    }

    private static StageOutcome nothing(String rule, String why) {
        return StageOutcome.nothing(new ExplanationLine(Stage.MAJOR_ILLNESS, rule, SPEC, why, Money.ZERO));
    }
}
