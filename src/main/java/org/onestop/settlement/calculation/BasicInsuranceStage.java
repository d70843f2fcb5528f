package org.onestop.settlement.calculation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.onestop.settlement.common.Money;
import org.onestop.settlement.ledger.Bucket;
import org.onestop.settlement.ledger.LedgerBalances;
import org.onestop.settlement.policy.BasicInsurance;

/**
 * Stage 1, basic insurance (基本医保统筹基金), policies.md §2 stage 1:
 * {@code pay = min(round((scope − deductible applied) × rate), cap − paid this year)}, never below 0.
 */
final class BasicInsuranceStage {

    private static final String SPEC = "policies.md §2 stage 1";

    StageOutcome apply(Worksheet sheet) {
        var encounter = sheet.encounter();
        var insuranceType = sheet.patient().insuranceType();
        var plan = sheet.policy().basicInsurance().plan(insuranceType).orElse(null);
        if (plan == null) {
            return nothing("basic.not-insured", "insurance type " + insuranceType + ": no basic insurance");
        }
        if (!InstitutionRule.insuranceCovers(encounter)) {
            return nothing("basic.non-designated",
                    "non-designated institution and not an emergency: the insurance stages pay nothing");
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
        String ruleName = "basic." + encounter.type().name().toLowerCase(Locale.ROOT)
                + ".level" + encounter.hospitalLevel();
        String formula = ExplanationText.basic(scope, deductibleLeft, deductible, perYear, deductibleApplied, rate,
                computed, cap, pay);
        return new StageOutcome(pay, plan.fund(), List.of(new ExplanationLine(Stage.BASIC, ruleName,
                level.rate().citation(), formula, pay, level.rate().illustrative()
                || level.deductible().illustrative() || plan.pools().get(rule.pool()).illustrative())), deltas);
    }

    private static StageOutcome nothing(String rule, String why) {
        return StageOutcome.nothing(new ExplanationLine(Stage.BASIC, rule, SPEC, why, Money.ZERO));
    }
}
