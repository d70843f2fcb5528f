package org.onestop.settlement.calculation;

import java.math.BigDecimal;
import java.util.List;

import org.onestop.settlement.common.CareLocation;
import org.onestop.settlement.common.Money;
import org.onestop.settlement.ledger.Bucket;
import org.onestop.settlement.ledger.LedgerBalances;
import org.onestop.settlement.policy.Assistance;

/**
 * Stage 4, secondary tilt assistance (二次倾斜救助 / 再救助), docs/calculation.md reading 6: on the year's accumulated
 * burden after the three systems, {@code pay = min(round(rate × (max(0, R1 − T) − max(0, R0 − T))), cap − paid)}.
 * Paid by the assistance fund on its own line, only for an encounter assessed for assistance.
 */
final class SecondaryTiltStage {

    /** @param assessedScheme the scheme the assistance stage assessed the encounter under, or null */
    StageOutcome apply(Worksheet sheet, Assistance.Scheme assessedScheme) {
        if (assessedScheme == null) {
            return nothing(Rule.TILT_NOT_ELIGIBLE, null, "本次就诊未获医疗救助资格，不计入再救助");
        }
        Assistance.SecondaryTilt tilt = assessedScheme.tilt().orElse(null);
        if (tilt == null) {
            return nothing(Rule.TILT_NONE, null, "本地区文件对「" + assessedScheme.name() + "」未规定再救助");
        }
        var encounter = sheet.encounter();
        if (!placeQualifies(tilt.placeOfCare(), encounter)) {
            return nothing(Rule.TILT_PLACE_OF_CARE, tilt.rate().citation(),
                    "就医地：" + ClerkTerms.careLocation(encounter.careLocation()) + (encounter.referral() ? "，已转诊" : "")
                            + (encounter.designated() ? "" : "，非定点")
                            + "；只计参保地定点医疗机构或经转诊在省内就医的费用");
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
        Provenance provenance = new Provenance().of("起付标准", tilt.threshold()).of("救助比例", tilt.rate())
                .of("年度限额", tilt.cap());
        return new StageOutcome(pay, sheet.policy().assistance().tiltFund(), List.of(ExplanationText.line(
                computed.isZero() ? Rule.TILT_BELOW_THRESHOLD : Rule.TILT_PAID, tilt.rate().citation(), formula, pay,
                provenance)), deltas, cap == null ? Money.ZERO : cap.withheld(computed));
    }

    private static boolean placeQualifies(Assistance.PlaceOfCare place, Encounter encounter) {
        return switch (place) {
            case ANY -> true;
            case LOCAL_OR_REFERRED_IN_PROVINCE -> (encounter.designated()
                    && encounter.careLocation() == CareLocation.LOCAL)
                    || (encounter.referral() && encounter.careLocation() != CareLocation.OUT_OF_PROVINCE);
        };
    }

    private static StageOutcome nothing(Rule rule, String citation, String why) {
        return StageOutcome.nothing(ExplanationText.info(rule, citation, why));
    }
}
