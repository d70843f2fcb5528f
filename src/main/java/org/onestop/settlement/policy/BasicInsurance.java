package org.onestop.settlement.policy;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import org.onestop.settlement.common.EncounterType;
import org.onestop.settlement.common.InsuranceType;
import org.onestop.settlement.common.Money;

/** Stage 1, basic insurance (基本医保统筹基金), per insurance type: policies.md §2 stage 1. */
public record BasicInsurance(Map<InsuranceType, Plan> plans) {

    public Optional<Plan> plan(InsuranceType type) {
        return Optional.ofNullable(plans.get(type));
    }

    /** One insurance type's fund, annual cap pools, and rules per encounter type. */
    public record Plan(Fund fund, Map<String, Cited<Money>> pools, Map<EncounterType, EncounterRule> encounters) {
    }

    /** Whether a deductible (起付线) is charged once per admission or once per year. */
    public enum DeductiblePer { ADMISSION, YEAR }

    /** The rule of one encounter type: which cap pool it draws on, and deductible and rate by hospital level. */
    public record EncounterRule(String pool, DeductiblePer deductiblePer, Map<Integer, Level> levels) {
    }

    /** Deductible and rate at one hospital level. */
    public record Level(Cited<Money> deductible, Cited<BigDecimal> rate) {
    }
}
