package org.onestop.settlement.calculation;

import java.math.BigDecimal;
import java.util.List;

import org.onestop.settlement.common.CareLocation;
import org.onestop.settlement.common.Money;
import org.onestop.settlement.ledger.Bucket;
import org.onestop.settlement.ledger.LedgerBalances;
import org.onestop.settlement.policy.Assistance;

/**
 * Stage 4, secondary tilt assistance (二次倾斜救助 / 再救助), policies.md §2 stage 4: on the year's accumulated
 * burden after the three systems, {@code pay = min(round(rate × (max(0, R1 − T) − max(0, R0 − T))), cap − paid)}.
 * Paid by the assistance fund on its own line, only for an encounter assessed for assistance.
 */
final class SecondaryTiltStage {

    private static final String SPEC = "policies.md §2 stage 4";

    /** @param assessedScheme the scheme the assistance stage assessed the encounter under, or null */
    StageOutcome apply(Worksheet sheet, Assistance.Scheme assessedScheme) {
        if (assessedScheme == null) {
            return nothing("tilt.not-eligible", SPEC,
                    "the encounter was not eligible for assistance, so not for the secondary tilt");
        }
        Assistance.SecondaryTilt tilt = assessedScheme.tilt().orElse(null);
        if (tilt == null) {
            return nothing("tilt.none", assessedScheme.citation(),
                    "scheme " + assessedScheme.code() + " has no secondary tilt");
        }
        var encounter = sheet.encounter();
        if (!placeQualifies(tilt.placeOfCare(), encounter)) {
            return nothing("tilt.place-of-care", tilt.rate().citation(),
                    "care at " + encounter.careLocation() + (encounter.referral() ? " with referral" : "")
                            + (encounter.designated() ? "" : ", non-designated")
                            + ": only designated care in the insured area, or a registered referral within the"
                            + " province, counts");
        }
        List<Money> paidBefore = List.of(sheet.paid(Stage.BASIC), sheet.paid(Stage.MAJOR_ILLNESS),
                sheet.paid(Stage.ASSISTANCE));
        Money burden = sheet.policyScope();
        for (Money paid : paidBefore) {
            burden = burden.minus(paid);
        }
        burden = burden.atLeastZero();
        Money burdenBefore = sheet.used(Bucket.TILT_BASE);
        Money burdenAfter = burdenBefore.plus(burden);
        Money threshold = tilt.threshold().value();
        Money aboveAfter = burdenAfter.minus(threshold).atLeastZero();
        Money aboveBefore = burdenBefore.minus(threshold).atLeastZero();
        BigDecimal rate = tilt.rate().value();
        Money computed = Money.roundHalfUp(aboveAfter.minus(aboveBefore).times(rate));
        AnnualCap cap = tilt.cap().value() == null ? null : sheet.annualCap("tilt", Bucket.TILT_PAID);
        Money pay = cap == null ? computed : cap.limit(computed);

        String formula = ExplanationText.secondaryTilt(sheet.policyScope(), paidBefore, burden, burdenBefore,
                burdenAfter, threshold, aboveAfter, aboveBefore, rate, computed, cap, pay);
        LedgerBalances deltas = LedgerBalances.EMPTY.plus(Bucket.TILT_BASE, burden).plus(Bucket.TILT_PAID, pay);
        return new StageOutcome(pay, sheet.policy().assistance().tiltFund(), List.of(new ExplanationLine(Stage.TILT,
                computed.isZero() ? "tilt.below-threshold" : "tilt.paid", tilt.rate().citation(), formula, pay,
                tilt.threshold().illustrative() || tilt.rate().illustrative() || tilt.cap().illustrative())),
                deltas);
    }

    private static boolean placeQualifies(Assistance.PlaceOfCare place, Encounter encounter) {
        return switch (place) {
            case ANY -> true;
            case LOCAL_OR_REFERRED_IN_PROVINCE -> (encounter.designated()
                    && encounter.careLocation() == CareLocation.LOCAL)
                    || (encounter.referral() && encounter.careLocation() != CareLocation.OUT_OF_PROVINCE);
        };
    }

    private static StageOutcome nothing(String rule, String citation, String why) {
        return StageOutcome.nothing(new ExplanationLine(Stage.TILT, rule, citation, why, Money.ZERO));
    }
}
