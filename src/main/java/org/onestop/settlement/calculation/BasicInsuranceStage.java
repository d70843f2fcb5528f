package org.onestop.settlement.calculation;

import java.math.BigDecimal;
import java.util.Locale;

import org.onestop.settlement.common.Money;
import org.onestop.settlement.policy.BasicInsurance;
import org.onestop.settlement.policy.Cited;

/**
 * Stage 1, basic insurance (基本医保统筹基金), policies.md §2 stage 1:
 * {@code pay = min(round((scope − deductible applied) × rate), cap − paid this year)}, never below 0.
 */
final class BasicInsuranceStage {

    private static final String SPEC = "policies.md §2 stage 1";

    void apply(Calculation c) {
        var plan = c.policy.basicInsurance().plan(c.patient.insuranceType()).orElse(null);
        if (plan == null) {
            c.explain(Stage.BASIC, "basic.not-insured", SPEC,
                    "insurance type " + c.patient.insuranceType() + ": no basic insurance", Money.ZERO);
            return;
        }
        if (!InstitutionRule.insuranceCovers(c)) {
            c.explain(Stage.BASIC, "basic.non-designated", SPEC,
                    "non-designated institution and not an emergency: the insurance stages pay nothing", Money.ZERO);
            return;
        }
        BasicInsurance.EncounterRule rule = plan.encounters().get(c.encounter.type());
        BasicInsurance.Level level = rule.levels().get(c.encounter.hospitalLevel());
        Money scope = c.policyScope();

        Money deductible = level.deductible().value();
        String deductibleBucket = Buckets.basicDeductible(c.encounter.type());
        Money deductibleLeft = rule.deductiblePer() == BasicInsurance.DeductiblePer.ADMISSION
                ? deductible
                : deductible.minus(c.used(deductibleBucket)).atLeastZero();
        Money deductibleApplied = scope.min(deductibleLeft);
        if (rule.deductiblePer() == BasicInsurance.DeductiblePer.YEAR) {
            c.add(deductibleBucket, deductibleApplied);
        }

        BigDecimal rate = level.rate().value();
        Money computed = Money.roundHalfUp(scope.minus(deductibleApplied).times(rate)).atLeastZero();
        Cited<Money> cap = plan.pools().get(rule.pool());
        String paidBucket = Buckets.basicPaid(rule.pool());
        Money paidBefore = c.used(paidBucket);
        Money capLeft = cap.value().minus(paidBefore).atLeastZero();
        Money pay = computed.min(capLeft);
        c.add(paidBucket, pay);
        c.pay(Stage.BASIC, plan.fund(), pay);

        String ruleName = "basic." + c.encounter.type().name().toLowerCase(Locale.ROOT)
                + ".level" + c.encounter.hospitalLevel();
        String formula = "deductible applied = min(" + scope + ", " + deductibleLeft + " left of "
                + deductible + (rule.deductiblePer() == BasicInsurance.DeductiblePer.YEAR ? " a year" : " an admission")
                + ") = " + deductibleApplied + "; (" + scope + " − " + deductibleApplied + ") × "
                + Calculation.percent(rate) + " = " + computed + "; " + Caps.describe(rule.pool(), cap.value(),
                paidBefore, capLeft, computed, pay);
        c.explain(Stage.BASIC, ruleName, level.rate().citation(), formula, pay);
    }
}
