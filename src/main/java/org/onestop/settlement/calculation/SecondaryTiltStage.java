package org.onestop.settlement.calculation;

import java.math.BigDecimal;

import org.onestop.settlement.common.CareLocation;
import org.onestop.settlement.common.Money;
import org.onestop.settlement.policy.Assistance;

/**
 * Stage 4, secondary tilt assistance (二次倾斜救助 / 再救助), policies.md §2 stage 4: on the year's accumulated
 * burden after the three systems, {@code pay = min(round(rate × (max(0, R1 − T) − max(0, R0 − T))), cap − paid)}.
 * Paid by the assistance fund on its own line.
 */
final class SecondaryTiltStage {

    private static final String SPEC = "policies.md §2 stage 4";

    void apply(Calculation c) {
        AssistanceStage.Assessed assessed = c.assessed;
        if (assessed == null) {
            c.explain(Stage.TILT, "tilt.not-eligible", SPEC,
                    "the encounter was not eligible for assistance, so not for the secondary tilt", Money.ZERO);
            return;
        }
        Assistance.Scheme scheme = assessed.scheme();
        Assistance.Tilt tilt = scheme.tilt().orElse(null);
        if (tilt == null) {
            c.explain(Stage.TILT, "tilt.none", scheme.citation(),
                    "scheme " + scheme.code() + " has no secondary tilt", Money.ZERO);
            return;
        }
        if (!placeQualifies(tilt.placeOfCare(), c)) {
            c.explain(Stage.TILT, "tilt.place-of-care", tilt.rate().citation(),
                    "care at " + c.encounter.careLocation() + (c.encounter.referral() ? " with referral" : "")
                            + (c.encounter.designated() ? "" : ", non-designated")
                            + ": only designated care in the insured area, or a registered referral within the"
                            + " province, counts", Money.ZERO);
            return;
        }
        Money burden = c.policyScope().minus(c.paid(Stage.BASIC)).minus(c.paid(Stage.MAJOR_ILLNESS))
                .minus(c.paid(Stage.ASSISTANCE)).atLeastZero();
        Money r0 = c.used(Buckets.TILT_BASE);
        Money r1 = r0.plus(burden);
        c.add(Buckets.TILT_BASE, burden);
        Money t = tilt.threshold().value();
        Money above1 = r1.minus(t).atLeastZero();
        Money above0 = r0.minus(t).atLeastZero();
        BigDecimal rate = tilt.rate().value();
        Money computed = Money.roundHalfUp(above1.minus(above0).times(rate));
        String formula = "burden = " + c.policyScope() + " − " + c.paid(Stage.BASIC) + " − "
                + c.paid(Stage.MAJOR_ILLNESS) + " − " + c.paid(Stage.ASSISTANCE) + " = " + burden
                + "; R0 = " + r0 + ", R1 = " + r1 + "; " + Calculation.percent(rate) + " × (max(0, " + r1 + " − " + t
                + ") − max(0, " + r0 + " − " + t + ")) = " + Calculation.percent(rate) + " × (" + above1 + " − "
                + above0 + ") = " + computed;
        Money pay;
        if (tilt.cap().value() == null) {
            pay = computed;
            formula += "; no annual cap → pays " + pay;
        } else {
            Money paidBefore = c.used(Buckets.TILT_PAID);
            Money capLeft = tilt.cap().value().minus(paidBefore).atLeastZero();
            pay = computed.min(capLeft);
            formula += "; " + Caps.describe("tilt", tilt.cap().value(), paidBefore, capLeft, computed, pay);
        }
        c.add(Buckets.TILT_PAID, pay);
        c.pay(Stage.TILT, c.policy.assistance().tiltFund(), pay);
        c.explain(Stage.TILT, computed.isZero() ? "tilt.below-threshold" : "tilt.paid", tilt.rate().citation(),
                formula, pay);
    }

    private static boolean placeQualifies(Assistance.PlaceOfCare place, Calculation c) {
        return switch (place) {
            case ANY -> true;
            case LOCAL_OR_REFERRED_IN_PROVINCE -> (c.encounter.designated()
                    && c.encounter.careLocation() == CareLocation.LOCAL)
                    || (c.encounter.referral() && c.encounter.careLocation() != CareLocation.OUT_OF_PROVINCE);
        };
    }
}
