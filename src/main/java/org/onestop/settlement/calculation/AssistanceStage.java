package org.onestop.settlement.calculation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

import org.onestop.settlement.common.InsuranceType;
import org.onestop.settlement.common.Money;
import org.onestop.settlement.policy.Assistance;
import org.onestop.settlement.policy.Cited;

/**
 * Stage 3, medical assistance (医疗救助), policies.md §2 stage 3 and §3. One identity per encounter, the highest
 * standard (就高不重复: 001 第六条, 004 二(一)); the scheme's annual threshold is consumed first, then each program
 * pays {@code rate × what is left}, bounded by every cap pool it draws on.
 */
final class AssistanceStage {

    private static final String SPEC = "policies.md §2 stage 3";

    /** The outcome the secondary tilt needs: the scheme used, when the encounter was eligible for assistance. */
    record Assessed(Assistance.Scheme scheme, Identity identity) {
    }

    void apply(Calculation c) {
        Assistance assistance = c.policy.assistance();
        Chosen chosen = choose(c);
        Assistance.Scheme scheme = chosen.scheme();
        if (scheme != null) {
            c.identityUsed = chosen.identity();
            c.explain(Stage.ASSISTANCE, "assistance.identity", scheme.citation(),
                    "identity used: " + chosen.identity().label() + " → scheme " + scheme.code() + " "
                            + scheme.name() + (scheme.note() == null ? "" : " (" + scheme.note() + ")"), Money.ZERO);
        }
        for (String reason : chosen.notUsed()) {
            c.explain(Stage.ASSISTANCE, "assistance.identity-not-used", SPEC, reason, Money.ZERO);
        }
        if (scheme == null) {
            c.explain(Stage.ASSISTANCE, "assistance.no-identity", SPEC,
                    "no assistance identity valid on " + c.encounter.dischargeDate(), Money.ZERO);
            return;
        }
        if (c.patient.insuranceType() == InsuranceType.UNINSURED && !assistance.uninsuredAssisted().value()) {
            c.explain(Stage.ASSISTANCE, "assistance.not-insured", assistance.uninsuredAssisted().citation(),
                    "not insured: this region assists insured persons only (先保险后救助)", Money.ZERO);
            return;
        }
        if (!InstitutionRule.assistanceCovers(c)) {
            c.explain(Stage.ASSISTANCE, "assistance.non-designated", assistance.nonDesignatedEmergency().citation(),
                    "non-designated institution"
                            + (c.encounter.emergency() ? ", emergency" : "")
                            + (c.encounter.referral() ? ", referral" : "")
                            + ": no assistance in this region", Money.ZERO);
            return;
        }
        List<Assistance.Program> programs = new ArrayList<>();
        for (Assistance.Program program : scheme.programs()) {
            if (program.encounterTypes().contains(c.encounter.type()) && diseaseFits(program, c)) {
                programs.add(program);
            }
        }
        if (programs.isEmpty()) {
            c.explain(Stage.ASSISTANCE, "assistance.not-covered", scheme.citation(),
                    "no program of scheme " + scheme.code() + " takes a " + c.encounter.type()
                            + (c.isMajorDisease() ? " major-disease" : "") + " encounter", Money.ZERO);
            return;
        }
        c.assessed = new Assessed(scheme, chosen.identity());

        Money base = c.policyScope().minus(c.paid(Stage.BASIC)).minus(c.paid(Stage.MAJOR_ILLNESS)).atLeastZero();
        Money threshold = scheme.threshold().value();
        Money thresholdLeft = threshold.minus(c.used(Buckets.ASSISTANCE_THRESHOLD)).atLeastZero();
        Money thresholdApplied = base.min(thresholdLeft);
        c.add(Buckets.ASSISTANCE_THRESHOLD, thresholdApplied);
        Money left = base.minus(thresholdApplied);
        c.explain(Stage.ASSISTANCE, "assistance.threshold", scheme.threshold().citation(),
                "base = " + c.policyScope() + " − " + c.paid(Stage.BASIC) + " − " + c.paid(Stage.MAJOR_ILLNESS)
                        + " = " + base + "; threshold applied = min(" + base + ", " + thresholdLeft + " left of "
                        + threshold + " a year) = " + thresholdApplied + "; left " + base + " − " + thresholdApplied
                        + " = " + left, Money.ZERO);

        for (Assistance.Program program : programs) {
            BigDecimal rate = program.rate().value();
            Money computed = Money.roundHalfUp(left.times(rate));
            Money pay = computed;
            StringJoiner caps = new StringJoiner("; ");
            for (String pool : program.pools()) {
                Cited<Money> cap = scheme.pools().get(pool);
                Money paidBefore = c.used(Buckets.assistancePaid(pool));
                Money capLeft = cap.value().minus(paidBefore).atLeastZero();
                caps.add(pool + " cap " + cap.value() + " − paid " + paidBefore + " = " + capLeft + " left");
                pay = pay.min(capLeft);
            }
            for (String pool : program.pools()) {
                c.add(Buckets.assistancePaid(pool), pay);
            }
            c.pay(Stage.ASSISTANCE, assistance.fund(), pay);
            String formula = Calculation.percent(rate) + " × " + left + " = " + computed + "; " + caps
                    + (pay.compareTo(computed) < 0 ? " → cap reached, pays " : " → pays ") + pay;
            c.explain(Stage.ASSISTANCE, "assistance." + program.code().toLowerCase(Locale.ROOT),
                    program.rate().citation(), program.name() + ": " + formula, pay);
            left = left.minus(pay);
        }
    }

    private static boolean diseaseFits(Assistance.Program program, Calculation c) {
        return switch (program.disease()) {
            case ANY -> true;
            case MAJOR -> c.isMajorDisease();
            case NOT_MAJOR -> !c.isMajorDisease();
        };
    }

    /** The scheme and identity used (both null when none is valid), and why each other identity is not used. */
    private record Chosen(Assistance.Scheme scheme, Identity identity, List<String> notUsed) {
    }

    /**
     * The first scheme in precedence order that one of the person's identities, valid on the discharge date, takes;
     * with a sentence for every identity not used and why.
     */
    private static Chosen choose(Calculation c) {
        var date = c.encounter.dischargeDate();
        Assistance.Scheme bestScheme = null;
        Identity best = null;
        List<String> notUsed = new ArrayList<>();
        for (Identity identity : c.identities) {
            Assistance.Scheme scheme = Eligibility.schemeOf(identity, c.policy.assistance());
            if (scheme == null) {
                notUsed.add(identity.label() + ": no assistance scheme of this region takes it");
            } else if (!IdentityValidity.validOn(identity, date, scheme)) {
                notUsed.add(identity.label() + ": not valid on " + date + " (valid " + identity.validFrom() + " to "
                        + (identity.validTo() == null ? "open" : identity.validTo())
                        + IdentityValidity.retroactiveStart(identity, scheme)
                        .map(s -> ", retroactive from " + s).orElse("") + ")");
            } else if (best == null || rank(scheme, c) < rank(bestScheme, c)) {
                if (best != null) {
                    notUsed.add(lowerStandard(best, bestScheme, identity, scheme));
                }
                best = identity;
                bestScheme = scheme;
            } else {
                notUsed.add(lowerStandard(identity, scheme, best, bestScheme));
            }
        }
        return new Chosen(bestScheme, best, notUsed);
    }

    private static String lowerStandard(Identity lower, Assistance.Scheme lowerScheme, Identity higher,
                                        Assistance.Scheme higherScheme) {
        return lower.label() + " (scheme " + lowerScheme.code() + ") not used: " + higher.label() + " (scheme "
                + higherScheme.code() + ") has the higher standard; identities are not added (就高不重复: 001 第六条, 004 二(一))";
    }

    private static int rank(Assistance.Scheme scheme, Calculation c) {
        return c.policy.assistance().schemes().indexOf(scheme);
    }
}
