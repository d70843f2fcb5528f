package org.onestop.settlement.policy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.onestop.settlement.common.EncounterType;
import org.onestop.settlement.common.IdentityCategory;
import org.onestop.settlement.common.InsuranceType;
import org.onestop.settlement.common.Money;

/**
 * Stage 2, major-illness insurance (大病保险; employees 职工大额医疗费用补助): policies.md §2 stage 2.
 * {@code preferentialPayment} is null where the region's document sets none.
 */
public record MajorIllness(Set<EncounterType> encounterTypes, Map<InsuranceType, Plan> plans,
                           PreferentialPayment preferentialPayment) {

    /** The plan for an insurance type, if the region has one. */
    public Optional<Plan> plan(InsuranceType type) {
        return Optional.ofNullable(plans.get(type));
    }

    /** Annual deductible on the accumulated base, absolute segments, annual cap. */
    public record Plan(Fund fund, Cited<Money> deductible, List<Segment> segments, Cited<Money> cap) {
    }

    /**
     * A segment of the accumulated base. The first starts at the deductible ({@code from} is null); each later one at
     * its own lower bound; each ends where the next begins.
     */
    public record Segment(Cited<Money> from, Cited<BigDecimal> rate) {
    }

    /**
     * Preferential payment (倾斜支付, 001 第十二条(二), 004 三(四)) for the poorest: which identities and insurance
     * types, and how the plan is changed. Not to be confused with the secondary tilt assistance of stage 4.
     */
    public record PreferentialPayment(String citation, Set<IdentityCategory> identities, Set<InsuranceType> insuranceTypes,
                       Cited<BigDecimal> deductibleFactor, Cited<BigDecimal> rateIncrease, Cited<Boolean> capped,
                       Cited<Boolean> specialDrugWithoutDeductible) {
    }
}
