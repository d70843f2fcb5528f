package org.onestop.settlement.calculation;

import java.math.BigDecimal;
import java.util.List;

import org.onestop.settlement.common.Money;
import org.onestop.settlement.ledger.Bucket;
import org.onestop.settlement.ledger.LedgerBalances;
import org.onestop.settlement.policy.BasicInsurance;

/**
 * Stage 1, basic insurance (基本医保统筹基金), docs/calculation.md reading 3:
 * {@code pay = min(round((scope − deductible applied) × rate), cap − paid this year)}, never below 0.
 */
final class BasicInsuranceStage {

    StageOutcome apply(Worksheet sheet) {
        var encounter = sheet.encounter();
        var insuranceType = sheet.patient().insuranceType();
        var plan = sheet.policy().basicInsurance().plan(insuranceType).orElse(null);
        if (plan == null) {
            return nothing(Rule.BASIC_NOT_INSURED, "参保类型：" + ClerkTerms.insuranceType(insuranceType)
                    + "，无基本医保");
        }
        if (!InstitutionRule.insuranceCovers(encounter)) {
            return StageOutcome.nothing(ExplanationText.info(Rule.BASIC_NON_DESIGNATED, null,
                    "非定点医疗机构且非急诊：基本医保、大病保险均不支付", new Provenance().reading("非定点医疗机构")));
        }
        BasicInsurance.EncounterRule rule = plan.encounters().get(encounter.type());
        BasicInsurance.Level level = rule.levels().get(encounter.hospitalLevel());
        Money scope = sheet.policyScope();

        boolean perYear = rule.deductiblePer() == BasicInsurance.DeductiblePer.YEAR;
        Money deductible = level.deductible().value();
        Bucket deductibleBucket = Bucket.basicDeductible(encounter.type());
        Money deductibleLeft = perYear ? deductible.minus(sheet.used(deductibleBucket)).atLeastZero() : deductible;
        Money deductibleApplied = scope.min(deductibleLeft);

        BigDecimal rate = level.rate().value();
        Money computed = Money.roundHalfUp(scope.minus(deductibleApplied).times(rate)).atLeastZero();
        Bucket paidBucket = Bucket.basicPaid(rule.pool());
        AnnualCap cap = sheet.annualCap(rule.pool(), paidBucket);
        Money pay = cap.limit(computed);

        LedgerBalances deltas = (perYear ? LedgerBalances.EMPTY.plus(deductibleBucket, deductibleApplied)
                : LedgerBalances.EMPTY).plus(paidBucket, pay);
        String formula = ExplanationText.basic(scope, deductibleLeft, deductible, perYear, deductibleApplied, rate,
                computed, cap, pay);
        Provenance provenance = new Provenance().of("起付线", level.deductible()).of("报销比例", level.rate())
                .of("年度限额", plan.pools().get(rule.pool()));
        String title = Rule.BASIC_PAID.title() + "（" + ClerkTerms.encounterType(encounter.type()) + "，"
                + encounter.hospitalLevel() + "级医院）";
        return new StageOutcome(pay, plan.fund(), List.of(ExplanationText.line(Rule.BASIC_PAID,
                Rule.BASIC_PAID.id(encounter.type(), encounter.hospitalLevel()), title, level.rate().citation(),
                formula, pay, provenance)), deltas, cap.withheld(computed));
    }

    private static StageOutcome nothing(Rule rule, String why) {
        return StageOutcome.nothing(ExplanationText.info(rule, null, why));
    }
}
