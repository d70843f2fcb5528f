package org.onestop.settlement.calculation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.onestop.settlement.policy.Assistance;
import org.onestop.settlement.policy.MajorIllness;
import org.onestop.settlement.policy.PolicyVersion;

/** Which rules a person's identities select on a day: the stages use it, and so does the ledger view. */
public final class Eligibility {

    private Eligibility() {
    }

    /** The region's scheme that takes an identity (by category and subclass), or null. */
    static Assistance.Scheme schemeOf(Identity identity, Assistance assistance) {
        for (Assistance.Scheme scheme : assistance.schemes()) {
            for (Assistance.IdentityMatcher matcher : scheme.identities()) {
                if (matcher.matches(identity.category(), identity.subclass())) {
                    return scheme;
                }
            }
        }
        return null;
    }

    /** The scheme of highest precedence that an identity valid on {@code date} selects (就高不重复). */
    public static Optional<Assistance.Scheme> schemeOn(PolicyVersion policy, List<Identity> identities,
                                                       LocalDate date) {
        List<Assistance.Scheme> schemes = policy.assistance().schemes();
        return identities.stream()
                .map(i -> {
                    Assistance.Scheme scheme = schemeOf(i, policy.assistance());
                    return scheme != null && IdentityValidity.validOn(i, date, scheme) ? scheme : null;
                })
                .filter(s -> s != null)
                .min((a, b) -> Integer.compare(schemes.indexOf(a), schemes.indexOf(b)));
    }

    /**
     * The major-illness tilt (倾斜支付) that applies: the patient's insurance type is covered and an identity the tilt
     * lists is valid on {@code date}.
     */
    public static Optional<MajorIllness.Tilt> majorIllnessTilt(PolicyVersion policy, Patient patient,
                                                               List<Identity> identities, LocalDate date) {
        return policy.majorIllness().tilt().filter(t -> t.insuranceTypes().contains(patient.insuranceType())
                && identities.stream().anyMatch(i -> t.identities().contains(i.category())
                && IdentityValidity.validOn(i, date)));
    }
}
