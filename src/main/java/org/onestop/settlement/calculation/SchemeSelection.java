package org.onestop.settlement.calculation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.onestop.settlement.policy.Assistance;

/**
 * Which assistance scheme a person's identities select on a day: one identity per encounter, the highest standard
 * (就高不重复: 001 第六条, 004 二(一)), i.e. the first scheme in the region's precedence order that an identity valid
 * on the day takes. The engine, the ledger's caps and the tests all ask this one rule.
 *
 * @param scheme   the scheme selected, or null when no identity valid on the day selects one
 * @param identity the identity that selects it, or null with the scheme
 * @param notUsed  every other identity and why it is not used, in the order the identities are listed
 */
public record SchemeSelection(Assistance.Scheme scheme, Identity identity, List<NotUsed> notUsed) {

    /** Why an identity the person holds is not the one used. */
    public sealed interface NotUsed permits NoScheme, NotValid, LowerStandard {

        Identity identity();
    }

    /** No scheme of the region takes the identity. */
    public record NoScheme(Identity identity) implements NotUsed {
    }

    /** The identity does not cover the day, even reaching back on application. */
    public record NotValid(Identity identity, Assistance.Scheme scheme, LocalDate day) implements NotUsed {
    }

    /** Another identity selects a scheme of higher precedence; identities are not added. */
    public record LowerStandard(Identity identity, Assistance.Scheme scheme, Identity used,
                                Assistance.Scheme usedScheme) implements NotUsed {
    }

    /** Selects among {@code identities} under the region's {@code assistance} on {@code day}. */
    public static SchemeSelection on(Assistance assistance, List<Identity> identities, LocalDate day) {
        Assistance.Scheme bestScheme = null;
        Identity best = null;
        List<NotUsed> notUsed = new ArrayList<>();
        for (Identity identity : identities) {
            Assistance.Scheme scheme = schemeTaking(identity, assistance);
            if (scheme == null) {
                notUsed.add(new NoScheme(identity));
            } else if (!IdentityValidity.validOn(identity, day, scheme)) {
                notUsed.add(new NotValid(identity, scheme, day));
            } else if (best == null || precedence(assistance, scheme) < precedence(assistance, bestScheme)) {
                if (best != null) {
                    notUsed.add(new LowerStandard(best, bestScheme, identity, scheme));
                }
                best = identity;
                bestScheme = scheme;
            } else {
                notUsed.add(new LowerStandard(identity, scheme, best, bestScheme));
            }
        }
        return new SchemeSelection(bestScheme, best, List.copyOf(notUsed));
    }

    /** Whether an identity selects a scheme. */
    public boolean selected() {
        return scheme != null;
    }

    /** The region's scheme that takes an identity (by category and subclass), or null. */
    static Assistance.Scheme schemeTaking(Identity identity, Assistance assistance) {
        for (Assistance.Scheme scheme : assistance.schemes()) {
            for (Assistance.IdentityMatcher matcher : scheme.identities()) {
                if (matcher.matches(identity.category(), identity.subclass())) {
                    return scheme;
                }
            }
        }
        return null;
    }

    private static int precedence(Assistance assistance, Assistance.Scheme scheme) {
        return assistance.schemes().indexOf(scheme);
    }
}
