package org.onestop.settlement.calculation;

import java.time.LocalDate;
import java.util.List;

import org.onestop.settlement.common.InsuranceType;
import org.onestop.settlement.ledger.Bucket;
import org.onestop.settlement.ledger.QuotaCaps;
import org.onestop.settlement.policy.BasicInsurance;
import org.onestop.settlement.policy.MajorIllness;
import org.onestop.settlement.policy.PolicyVersion;

/**
 * What a person's insurance and identities entitle them to on a day: the major-illness preferential payment, the
 * assistance scheme ({@link SchemeSelection}) and, from both, the annual caps of every ledger bucket. The stages, the
 * ledger view and the tests all ask here.
 */
public final class Eligibility {

    private Eligibility() {
    }

    /**
     * The major-illness preferential payment (倾斜支付, 001 第十二条(二), 004 三(四)) that applies, or null: the
     * patient's insurance type is covered and an identity it lists is valid on {@code day}.
     */
    public static MajorIllness.PreferentialPayment preferentialPayment(PolicyVersion policy, Patient patient,
                                                                       List<Identity> identities, LocalDate day) {
        MajorIllness.PreferentialPayment preferential = policy.majorIllness().preferentialPayment();
        boolean applies = preferential != null && preferential.insuranceTypes().contains(patient.insuranceType())
                && identities.stream().anyMatch(identity -> preferential.identities().contains(identity.category())
                && IdentityValidity.validOn(identity, day));
        return applies ? preferential : null;
    }

    /** What caps each bucket of the person's year on {@code day}. */
    public static QuotaCaps quotaCaps(PolicyVersion policy, Patient patient, List<Identity> identities,
                                      LocalDate day) {
        return quotaCaps(policy, patient.insuranceType(), preferentialPayment(policy, patient, identities, day),
                SchemeSelection.on(policy.assistance(), identities, day));
    }

    /**
     * The caps once the preferential payment (or null) and the scheme are known: the basic pools and per-year
     * deductibles, major illness (uncapped when the preferential payment lifts the cap), and the selected scheme's
     * threshold, pools and secondary tilt.
     */
    static QuotaCaps quotaCaps(PolicyVersion policy, InsuranceType insuranceType,
                               MajorIllness.PreferentialPayment preferential, SchemeSelection selection) {
        QuotaCaps.Builder caps = QuotaCaps.builder();
        policy.basicInsurance().plan(insuranceType).ifPresent(plan -> {
            plan.pools().forEach((pool, cap) -> caps.capped(Bucket.basicPaid(pool), cap.value()));
            plan.encounters().forEach((type, rule) -> {
                if (rule.deductiblePer() == BasicInsurance.DeductiblePer.YEAR && hasDeductible(rule)) {
                    caps.uncapped(Bucket.basicDeductible(type));
                }
            });
        });
        policy.majorIllness().plan(insuranceType).ifPresent(plan -> {
            caps.uncapped(Bucket.MAJOR_ILLNESS_BASE);
            boolean uncapped = preferential != null && !preferential.capped().value();
            caps.capped(Bucket.MAJOR_ILLNESS_PAID, uncapped ? null : plan.cap().value());
        });
        if (selection.selected()) {
            var scheme = selection.scheme();
            caps.capped(Bucket.ASSISTANCE_THRESHOLD, scheme.threshold().value());
            scheme.pools().forEach((pool, cap) -> caps.capped(Bucket.assistancePaid(pool), cap.value()));
            if (scheme.tilt() != null) {
                caps.uncapped(Bucket.TILT_BASE);
                caps.capped(Bucket.TILT_PAID, scheme.tilt().cap().value());
            }
        }
        return caps.build();
    }

    private static boolean hasDeductible(BasicInsurance.EncounterRule rule) {
        return rule.levels().values().stream().anyMatch(level -> level.deductible().value().isPositive());
    }
}
