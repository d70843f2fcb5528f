package org.onestop.settlement.calculation;

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
        Assistance.SecondaryTilt tilt = assessedScheme.tilt();
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
        Calculation calculation = calculate(sheet, tilt);
        Money computed = calculation.computed();
        String formula = ExplanationText.secondaryTilt(sheet.policyScope(), calculation.paidBefore(),
                calculation.burden(), calculation.burdenBefore(), calculation.burdenAfter(), tilt.threshold().value(),
                calculation.aboveAfter(), calculation.aboveBefore(), tilt.rate().value(), computed, calculation.cap(),
                calculation.pay());
        Provenance provenance = new Provenance().of("起付标准", tilt.threshold()).of("救助比例", tilt.rate())
                .of("年度限额", tilt.cap());
        return new StageOutcome(calculation.pay(), sheet.policy().assistance().tiltFund(), List.of(
                ExplanationText.line(computed.isZero() ? Rule.TILT_BELOW_THRESHOLD : Rule.TILT_PAID,
                        tilt.rate().citation(), formula, calculation.pay(), provenance)), calculation.deltas(),
                calculation.withheld());
    }

    /**
     * What the stage pays on {@code sheet}, without an explanation: the same arithmetic as {@link #apply}, for
     * comparing the scheme of an identity not used (就高不重复).
     */
    static Money payment(Worksheet sheet, Assistance.Scheme assessedScheme) {
        Assistance.SecondaryTilt tilt = assessedScheme == null ? null : assessedScheme.tilt();
        if (tilt == null || !placeQualifies(tilt.placeOfCare(), sheet.encounter())) {
            return Money.ZERO;
        }
        return calculate(sheet, tilt).pay();
    }

    /**
     * The stage's arithmetic: the encounter's burden after the three systems ({@code paidBefore}: basic, major
     * illness, assistance), the year's burden before and after it, the part above the threshold each time, the
     * computed payment and the cap ({@code null} where the tilt has none).
     */
    record Calculation(List<Money> paidBefore, Money burden, Money burdenBefore, Money burdenAfter, Money aboveAfter,
                       Money aboveBefore, Money computed, AnnualCap cap, Money pay) {

        LedgerBalances deltas() {
            return LedgerBalances.EMPTY.plus(Bucket.TILT_BASE, burden).plus(Bucket.TILT_PAID, pay);
        }

        Money withheld() {
            return cap == null ? Money.ZERO : cap.withheld(computed);
        }
    }

    private static Calculation calculate(Worksheet sheet, Assistance.SecondaryTilt tilt) {
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
        Money computed = Money.roundHalfUp(aboveAfter.minus(aboveBefore).times(tilt.rate().value()));
        AnnualCap cap = tilt.cap().value() == null ? null : sheet.annualCap("tilt", Bucket.TILT_PAID);
        Money pay = cap == null ? computed : cap.limit(computed);
        return new Calculation(paidBefore, burden, burdenBefore, burdenAfter, aboveAfter, aboveBefore, computed, cap,
                pay);
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
