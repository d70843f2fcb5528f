package org.onestop.settlement.calculation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import org.onestop.settlement.common.Money;
import org.onestop.settlement.policy.MajorIllness;

/**
 * Stage 2, major-illness insurance (大病保险), policies.md §2 stage 2. The base {@code scope − basic pay} accumulates
 * over the year; segments are absolute on the accumulated base, so
 * {@code pay = min(round(S(B1) − S(B0)), cap − paid this year)}. The tilt for the poorest (倾斜支付: 001 第十二条(二),
 * 004 三(四)) halves the deductible, raises every rate and may lift the cap.
 */
final class MajorIllnessStage {

    private static final String SPEC = "policies.md §2 stage 2";

    void apply(Calculation c) {
        MajorIllness mi = c.policy.majorIllness();
        if (!mi.encounterTypes().contains(c.encounter.type())) {
            c.explain(Stage.MAJOR_ILLNESS, "major-illness.not-covered", SPEC,
                    c.encounter.type() + " is not covered by major-illness insurance", Money.ZERO);
            return;
        }
        MajorIllness.Plan plan = mi.plan(c.patient.insuranceType()).orElse(null);
        if (plan == null) {
            c.explain(Stage.MAJOR_ILLNESS, "major-illness.not-insured", SPEC,
                    "insurance type " + c.patient.insuranceType() + ": no major-illness insurance", Money.ZERO);
            return;
        }
        if (!InstitutionRule.insuranceCovers(c)) {
            c.explain(Stage.MAJOR_ILLNESS, "major-illness.non-designated", SPEC,
                    "non-designated institution and not an emergency: the insurance stages pay nothing", Money.ZERO);
            return;
        }
        MajorIllness.Tilt tilt = Eligibility.majorIllnessTilt(c.policy, c.patient, c.identities,
                c.encounter.dischargeDate()).orElse(null);
        Money base = c.policyScope().minus(c.paid(Stage.BASIC)).atLeastZero();
        Money b0 = c.used(Buckets.MAJOR_ILLNESS_BASE);
        Money b1 = b0.plus(base);
        c.add(Buckets.MAJOR_ILLNESS_BASE, base);

        StringJoiner formula = new StringJoiner("; ");
        formula.add("base = " + c.policyScope() + " − " + c.paid(Stage.BASIC) + " = " + base);
        formula.add("B0 = " + b0 + ", B1 = " + b0 + " + " + base + " = " + b1);

        Money deductible = plan.deductible().value();
        if (tilt != null) {
            BigDecimal factor = tilt.deductibleFactor().value();
            Money tilted = Money.roundHalfUp(deductible.times(factor));
            formula.add("tilted deductible " + deductible + " × " + Calculation.factor(factor) + " = " + tilted);
            deductible = tilted;
            if (c.encounter.specialDrug() && tilt.specialDrugWithoutDeductible().value()) {
                formula.add("prescribed special drug: no deductible");
                deductible = Money.ZERO;
            }
        }
        List<Band> bands = bands(plan, deductible, tilt);
        BigDecimal raw = BigDecimal.ZERO;
        StringJoiner terms = new StringJoiner(" + ");
        for (Band band : bands) {
            Money from = band.clamp(b0);
            Money to = band.clamp(b1);
            if (to.compareTo(from) > 0) {
                raw = raw.add(to.minus(from).times(band.rate()));
                terms.add(Calculation.percent(band.rate()) + " × (" + to + " − " + from + ")");
            }
        }
        Money computed = Money.roundHalfUp(raw);
        formula.add("S(B1) − S(B0) = " + (terms.length() == 0 ? "0 (below the deductible " + deductible + ")"
                : terms + " = " + computed));

        Money paidBefore = c.used(Buckets.MAJOR_ILLNESS_PAID);
        boolean capped = tilt == null || tilt.capped().value();
        Money pay;
        if (capped) {
            Money capLeft = plan.cap().value().minus(paidBefore).atLeastZero();
            pay = computed.min(capLeft);
            formula.add(Caps.describe("major-illness", plan.cap().value(), paidBefore, capLeft, computed, pay));
        } else {
            pay = computed;
            formula.add("tilted: no annual cap → pays " + pay);
        }
        c.add(Buckets.MAJOR_ILLNESS_PAID, pay);
        c.pay(Stage.MAJOR_ILLNESS, plan.fund(), pay);

        String rule = tilt == null ? "major-illness.segments" : "major-illness.tilt";
        String citation = tilt == null ? plan.segments().get(0).rate().citation() : tilt.citation();
        c.explain(Stage.MAJOR_ILLNESS, rule, citation, formula.toString(), pay);
    }

    /** The segments as absolute bands {@code [lower, upper)} with their (tilted) rates. */
    private static List<Band> bands(MajorIllness.Plan plan, Money deductible, MajorIllness.Tilt tilt) {
        BigDecimal increase = tilt == null ? BigDecimal.ZERO : tilt.rateIncrease().value();
        List<MajorIllness.Segment> segments = plan.segments();
        List<Band> bands = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            Money lower = i == 0 ? deductible : segments.get(i).from().value();
            Money upper = i + 1 < segments.size() ? segments.get(i + 1).from().value() : null;
            bands.add(new Band(lower, upper, segments.get(i).rate().value().add(increase)));
        }
        return bands;
    }

    /** One absolute band of the accumulated base; {@code upper} null means unbounded. */
    private record Band(Money lower, Money upper, BigDecimal rate) {

        /** {@code max(lower, min(x, upper))}: how much of the base up to x has reached this band's floor. */
        Money clamp(Money x) {
            Money capped = upper == null ? x : x.min(upper);
            return capped.max(lower);
        }
    }
}
