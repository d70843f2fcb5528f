package org.onestop.settlement.calculation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.onestop.settlement.common.InsuranceType;
import org.onestop.settlement.common.Money;
import org.onestop.settlement.ledger.Bucket;
import org.onestop.settlement.ledger.LedgerBalances;
import org.onestop.settlement.policy.Assistance;

/**
 * Stage 3, medical assistance (医疗救助), policies.md §2 stage 3 and §3. One identity per encounter, the highest
 * standard ({@link SchemeSelection}); the scheme's annual threshold is consumed first, then each program pays
 * {@code rate × what is left}, bounded by every cap pool it draws on.
 */
final class AssistanceStage {

    private static final String SPEC = "policies.md §2 stage 3";

    /**
     * The stage's outcome, and the scheme the encounter was assessed under: null when it was not eligible for
     * assistance (the secondary tilt then pays nothing either).
     */
    record Assessment(StageOutcome outcome, Assistance.Scheme assessedScheme) {
    }

    Assessment apply(Worksheet sheet) {
        Assistance assistance = sheet.policy().assistance();
        var encounter = sheet.encounter();
        SchemeSelection selection = sheet.schemeSelection();
        Assistance.Scheme scheme = selection.scheme();
        List<ExplanationLine> lines = new ArrayList<>();
        if (scheme != null) {
            lines.add(line("assistance.identity", scheme.citation(), "identity used: "
                    + selection.identity().label() + " → scheme " + scheme.code() + " " + scheme.name()
                    + (scheme.note() == null ? "" : " (" + scheme.note() + ")"), Money.ZERO));
        }
        for (SchemeSelection.NotUsed notUsed : selection.notUsed()) {
            lines.add(line("assistance.identity-not-used", SPEC, ExplanationText.notUsed(notUsed), Money.ZERO));
        }
        if (scheme == null) {
            lines.add(line("assistance.no-identity", SPEC,
                    "no assistance identity valid on " + encounter.dischargeDate(), Money.ZERO));
            return notAssessed(lines);
        }
        if (sheet.patient().insuranceType() == InsuranceType.UNINSURED && !assistance.uninsuredAssisted().value()) {
            lines.add(line("assistance.not-insured", assistance.uninsuredAssisted().citation(),
                    "not insured: this region assists insured persons only (先保险后救助)", Money.ZERO));
            return notAssessed(lines);
        }
        if (!InstitutionRule.assistanceCovers(encounter, assistance)) {
            lines.add(line("assistance.non-designated", assistance.nonDesignatedEmergency().citation(),
                    "non-designated institution" + (encounter.emergency() ? ", emergency" : "")
                            + (encounter.referral() ? ", referral" : "") + ": no assistance in this region",
                    Money.ZERO));
            return notAssessed(lines);
        }
        List<Assistance.Program> programs = scheme.programs().stream()
                .filter(program -> program.encounterTypes().contains(encounter.type())
                        && diseaseFits(program, sheet.isMajorDisease()))
                .toList();
        if (programs.isEmpty()) {
            lines.add(line("assistance.not-covered", scheme.citation(), "no program of scheme " + scheme.code()
                    + " takes a " + encounter.type() + (sheet.isMajorDisease() ? " major-disease" : "")
                    + " encounter", Money.ZERO));
            return notAssessed(lines);
        }
        Money basicPay = sheet.paid(Stage.BASIC);
        Money majorIllnessPay = sheet.paid(Stage.MAJOR_ILLNESS);
        Money base = sheet.policyScope().minus(basicPay).minus(majorIllnessPay).atLeastZero();
        AnnualCap threshold = sheet.annualCap("threshold", Bucket.ASSISTANCE_THRESHOLD);
        Money thresholdApplied = threshold.limit(base);
        LedgerBalances deltas = LedgerBalances.EMPTY.plus(Bucket.ASSISTANCE_THRESHOLD, thresholdApplied);
        Money left = base.minus(thresholdApplied);
        lines.add(new ExplanationLine(Stage.ASSISTANCE, "assistance.threshold", scheme.threshold().citation(),
                ExplanationText.assistanceThreshold(sheet.policyScope(), basicPay, majorIllnessPay, base,
                        threshold.left(), threshold.cap(), thresholdApplied, left), Money.ZERO,
                scheme.threshold().illustrative()));

        Money stagePay = Money.ZERO;
        for (Assistance.Program program : programs) {
            BigDecimal rate = program.rate().value();
            Money computed = Money.roundHalfUp(left.times(rate));
            Money pay = computed;
            List<AnnualCap> caps = new ArrayList<>();
            for (String pool : program.pools()) {
                Bucket bucket = Bucket.assistancePaid(pool);
                AnnualCap cap = new AnnualCap(pool, sheet.caps().capOf(bucket),
                        sheet.used(bucket).plus(deltas.amountOf(bucket)));
                caps.add(cap);
                pay = cap.limit(pay);
            }
            for (String pool : program.pools()) {
                deltas = deltas.plus(Bucket.assistancePaid(pool), pay);
            }
            boolean illustrative = program.rate().illustrative()
                    || program.pools().stream().anyMatch(pool -> scheme.pools().get(pool).illustrative());
            lines.add(new ExplanationLine(Stage.ASSISTANCE, "assistance." + program.code().toLowerCase(Locale.ROOT),
                    program.rate().citation(),
                    ExplanationText.assistanceProgram(program.name(), rate, left, computed, caps, pay), pay,
                    illustrative));
            stagePay = stagePay.plus(pay);
            left = left.minus(pay);
        }
        return new Assessment(new StageOutcome(stagePay, assistance.fund(), lines, deltas), scheme);
    }

    private static Assessment notAssessed(List<ExplanationLine> lines) {
        return new Assessment(new StageOutcome(Money.ZERO, null, lines, LedgerBalances.EMPTY), null);
    }

    private static ExplanationLine line(String rule, String citation, String formula, Money amount) {
        return new ExplanationLine(Stage.ASSISTANCE, rule, citation, formula, amount);
    }

    private static boolean diseaseFits(Assistance.Program program, boolean majorDisease) {
        return switch (program.disease()) {
            case ANY -> true;
            case MAJOR -> majorDisease;
            case NOT_MAJOR -> !majorDisease;
        };
    }
}
