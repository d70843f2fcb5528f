package org.onestop.settlement.policy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.onestop.settlement.common.IdentityCategory;
import org.onestop.settlement.common.InsuranceType;
import org.onestop.settlement.common.Money;

/**
 * The duties the policy texts give the assistance office and the hospitals beside the settlement itself, read from a
 * policy file's {@code side} section (docs/policy-data.md): high-cost alerts, premium subsidies, deposit waivers,
 * Wuhai's outpatient cash grant and its other-hardship test. A region without a rule has it empty.
 */
public record SideRules(Optional<HighCostAlert> highCostAlert, Optional<PremiumSubsidy> premiumSubsidy,
                        Optional<DepositWaiver> depositWaiver, Optional<OutpatientCashGrant> outpatientCashGrant,
                        Optional<HardshipTest> hardshipTest) {

    /** What amount an alert rule compares with its threshold. */
    public enum AlertBasis {
        /** One inpatient stay: what the person pays after every stage (insurance and assistance). */
        STAY_AFTER_ALL_STAGES,
        /** One inpatient stay: what the person pays after basic and major-illness insurance. */
        STAY_AFTER_INSURANCE,
        /** The year's stays and visits: the accumulated burden after basic and major-illness insurance. */
        YEAR_AFTER_INSURANCE
    }

    /** Who pays a share of a resident premium. */
    public enum Payer { ASSISTANCE_FUND, GOVERNMENT, PERSON }

    /** The alert rules of a region (监测预警), in precedence order: a person is watched by the first that takes them. */
    public record HighCostAlert(List<AlertRule> rules) {

        /** The rule that watches a person: the first, in precedence order, that {@link AlertRule#watches} them. */
        public Optional<AlertRule> watching(Set<IdentityCategory> held, InsuranceType insurance, boolean rural) {
            return rules.stream().filter(rule -> rule.watches(held, insurance, rural)).findFirst();
        }
    }

    /**
     * One alert rule: whom it watches ({@code identities}, or everyone not taken by an earlier rule when empty, rural
     * residents only when {@code ruralOnly}), the amount it watches, and the threshold it must exceed: a fixed
     * {@code above}, or {@code shareOfIncome} × {@code income}.
     */
    public record AlertRule(String code, String citation, Set<IdentityCategory> identities, boolean ruralOnly,
                            AlertBasis basis, Cited<Money> above, Cited<BigDecimal> shareOfIncome,
                            Cited<Money> income) {

        public boolean forOthers() {
            return identities.isEmpty();
        }

        /**
         * Whether the rule watches a person holding {@code held} on the day: a rule with identities watches their
         * holders; one without watches every insured person (rural residents only where {@code ruralOnly}).
         */
        public boolean watches(Set<IdentityCategory> held, InsuranceType insurance, boolean rural) {
            if (!forOthers()) {
                return identities.stream().anyMatch(held::contains);
            }
            return insurance != InsuranceType.UNINSURED && (!ruralOnly || rural);
        }

        public Money threshold() {
            return above != null ? above.value() : Money.roundHalfUp(income.value().times(shareOfIncome.value()));
        }

        /** The threshold with its working, e.g. {@code 40000.00 × 50% = 20000.00}. */
        public String thresholdWorking() {
            return above != null ? threshold().toString()
                    : income.value() + " × " + Percent.of(shareOfIncome.value()) + " = " + threshold();
        }

        public boolean illustrative() {
            return above != null ? above.illustrative() : income.illustrative() || shareOfIncome.illustrative();
        }
    }

    /** The premium subsidy tiers of a region (资助参保), highest subsidy first. */
    public record PremiumSubsidy(List<SubsidyTier> tiers) {
    }

    /**
     * One subsidy tier: the identities it takes, what the assistance fund pays (a share of the premium, or a fixed
     * amount up to the premium) and who pays the rest.
     */
    public record SubsidyTier(String code, String citation, Set<IdentityCategory> identities,
                              Cited<BigDecimal> fundShare, Cited<Money> fundAmount, Payer remainderPaidBy) {
    }

    /** 先诊疗后付费: the identities whose admission deposit a designated hospital of the city waives. */
    public record DepositWaiver(String citation, Set<IdentityCategory> identities, boolean referralRequired) {
    }

    /**
     * Wuhai's yearly outpatient cash grant (普通疾病门诊救助): class A, elderly and disability amounts, the highest
     * one only; ages are taken on {@code ageOnMonth}/{@code ageOnDay} of the year.
     */
    public record OutpatientCashGrant(String citation, Set<IdentityCategory> identities, String classASubclass,
                                      Cited<Money> classA, Cited<Money> elderly, Cited<Integer> minAgeMale,
                                      Cited<Integer> minAgeFemale, Cited<Money> disability,
                                      Cited<Integer> maxDisabilityGrade, Cited<Integer> ageOnMonth,
                                      Cited<Integer> ageOnDay) {
    }

    /**
     * Wuhai's other-hardship test (其他特殊困难人员): family monthly income per head below the minimum wage × a factor
     * (ordinary or major-disease assistance), and the year's medical burden above a share of the family's yearly
     * income; a member without fixed income counts at the minimum wage.
     */
    public record HardshipTest(String citation, Cited<Money> minimumWageMonthly, Cited<BigDecimal> incomeFactorOrdinary,
                               Cited<BigDecimal> incomeFactorMajor, Cited<BigDecimal> expenseShareOfFamilyIncome) {
    }

    /** A rate as a percentage for workings: {@code 0.5} → {@code 50%}. */
    public static final class Percent {

        private Percent() {
        }

        public static String of(BigDecimal rate) {
            return rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
        }
    }
}
