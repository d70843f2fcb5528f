package org.onestop.settlement.calculation;

import java.math.BigDecimal;
import java.util.List;
import java.util.StringJoiner;

import org.onestop.settlement.common.Money;

/**
 * Renders the formulas of explanation lines from the values a stage computed, so that a clerk can redo every step;
 * the only place where explanation text is put together.
 */
final class ExplanationText {

    private ExplanationText() {
    }

    /** A rate as a reader writes it: 0.6 → "60%", 0.065 → "6.5%". */
    static String percent(BigDecimal rate) {
        return rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    /** A rate as a plain factor: 0.5 → "0.5". */
    static String factor(BigDecimal rate) {
        return rate.stripTrailingZeros().toPlainString();
    }

    /** e.g. "BASIC cap C − paid P = L left → pays X", with the numbers. */
    static String cap(AnnualCap cap, Money computed, Money pay) {
        return capLeft(cap) + payClause(computed, pay);
    }

    private static String capLeft(AnnualCap cap) {
        return cap.pool() + " cap " + cap.cap() + " − paid " + cap.paidBefore() + " = " + cap.left() + " left";
    }

    private static String payClause(Money computed, Money pay) {
        return (pay.compareTo(computed) < 0 ? " → cap reached, pays " : " → pays ") + pay;
    }

    /** Basic insurance (policies.md §2 stage 1): deductible applied, rate, cap. */
    static String basic(Money scope, Money deductibleLeft, Money deductible, boolean perYear, Money deductibleApplied,
                        BigDecimal rate, Money computed, AnnualCap cap, Money pay) {
        return "deductible applied = min(" + scope + ", " + deductibleLeft + " left of " + deductible
                + (perYear ? " a year" : " an admission") + ") = " + deductibleApplied + "; (" + scope + " − "
                + deductibleApplied + ") × " + percent(rate) + " = " + computed + "; " + cap(cap, computed, pay);
    }

    /** Major illness (policies.md §2 stage 2): base, accumulation, (preferential) deductible, segments, cap. */
    static String majorIllness(MajorIllnessStage.Working working) {
        StringJoiner formula = new StringJoiner("; ");
        formula.add("base = " + working.scope() + " − " + working.basicPay() + " = " + working.base());
        formula.add("B0 = " + working.baseBefore() + ", B1 = " + working.baseBefore() + " + " + working.base()
                + " = " + working.baseAfter());
        if (working.preferentialFactor() != null) {
            formula.add("tilted deductible " + working.planDeductible() + " × "
                    + factor(working.preferentialFactor()) + " = " + working.preferentialDeductible());
            if (working.specialDrugWithoutDeductible()) {
                formula.add("prescribed special drug: no deductible");
            }
        }
        formula.add("S(B1) − S(B0) = " + slices(working.slices(), working.deductible(), working.computed()));
        formula.add(working.cap() == null ? "tilted: no annual cap → pays " + working.pay()
                : cap(working.cap(), working.computed(), working.pay()));
        return formula.toString();
    }

    private static String slices(List<MarginalRateScale.Slice> slices, Money deductible, Money computed) {
        if (slices.isEmpty()) {
            return "0 (below the deductible " + deductible + ")";
        }
        StringJoiner terms = new StringJoiner(" + ");
        slices.forEach(slice -> terms.add(percent(slice.rate()) + " × (" + slice.to() + " − " + slice.from() + ")"));
        return terms + " = " + computed;
    }

    /** Assistance (policies.md §2 stage 3): the base and the scheme's threshold consumed. */
    static String assistanceThreshold(Money scope, Money basicPay, Money majorIllnessPay, Money base,
                                      Money thresholdLeft, Money threshold, Money applied, Money left) {
        return "base = " + scope + " − " + basicPay + " − " + majorIllnessPay + " = " + base
                + "; threshold applied = min(" + base + ", " + thresholdLeft + " left of " + threshold
                + " a year) = " + applied + "; left " + base + " − " + applied + " = " + left;
    }

    /** One assistance program: rate on what is left, bounded by every pool it draws on. */
    static String assistanceProgram(String programName, BigDecimal rate, Money left, Money computed,
                                    List<AnnualCap> caps, Money pay) {
        StringJoiner capsLeft = new StringJoiner("; ");
        caps.forEach(cap -> capsLeft.add(capLeft(cap)));
        return programName + ": " + percent(rate) + " × " + left + " = " + computed + "; " + capsLeft
                + payClause(computed, pay);
    }

    /** Secondary tilt (policies.md §2 stage 4): burden, accumulation, rate above the threshold, cap. */
    static String secondaryTilt(Money scope, List<Money> paidBefore, Money burden, Money burdenBefore,
                                Money burdenAfter, Money threshold, Money aboveAfter, Money aboveBefore,
                                BigDecimal rate, Money computed, AnnualCap cap, Money pay) {
        StringJoiner minus = new StringJoiner(" − ");
        minus.add(scope.toString());
        paidBefore.forEach(paid -> minus.add(paid.toString()));
        return "burden = " + minus + " = " + burden + "; R0 = " + burdenBefore + ", R1 = " + burdenAfter + "; "
                + percent(rate) + " × (max(0, " + burdenAfter + " − " + threshold + ") − max(0, " + burdenBefore
                + " − " + threshold + ")) = " + percent(rate) + " × (" + aboveAfter + " − " + aboveBefore + ") = "
                + computed + "; " + (cap == null ? "no annual cap → pays " + pay : cap(cap, computed, pay));
    }

    /** Why an identity the person holds is not the one used for assistance. */
    static String notUsed(SchemeSelection.NotUsed notUsed) {
        Identity identity = notUsed.identity();
        if (notUsed instanceof SchemeSelection.NotValid notValid) {
            return identity.label() + ": not valid on " + notValid.day() + " (valid " + identity.validFrom() + " to "
                    + (identity.validTo() == null ? "open" : identity.validTo())
                    + IdentityValidity.retroactiveStart(identity, notValid.scheme())
                    .map(start -> ", retroactive from " + start).orElse("") + ")";
        }
        if (notUsed instanceof SchemeSelection.LowerStandard lower) {
            return identity.label() + " (scheme " + lower.scheme().code() + ") not used: " + lower.used().label()
                    + " (scheme " + lower.usedScheme().code()
                    + ") has the higher standard; identities are not added (就高不重复: 001 第六条, 004 二(一))";
        }
        return identity.label() + ": no assistance scheme of this region takes it";
    }
}
