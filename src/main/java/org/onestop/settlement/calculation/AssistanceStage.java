package org.onestop.settlement.calculation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.onestop.settlement.common.InsuranceType;
import org.onestop.settlement.common.Money;
import org.onestop.settlement.ledger.Bucket;
import org.onestop.settlement.ledger.LedgerBalances;
import org.onestop.settlement.policy.Assistance;
import org.onestop.settlement.policy.Cited;

/**
 * Stage 3, medical assistance (医疗救助), docs/calculation.md reading 5. One identity per encounter, the highest
 * standard ({@link SchemeSelection}); the scheme's annual threshold is consumed first, then each program pays
 * {@code rate × what is left}, bounded by every cap pool it draws on.
 */
final class AssistanceStage {

    /** The leaf of a region's assistance section citing its 就高不重复 clause, where the document has one. */
    private static final String HIGHEST_STANDARD = "highestStandard";

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
            lines.add(ExplanationText.info(Rule.ASSISTANCE_IDENTITY, scheme.citation(), "采用身份："
                    + ClerkTerms.identity(selection.identity()) + "，按「" + scheme.name() + "」救助"));
            lines.addAll(AssistanceNotes.subclassAssumed(selection));
        }
        for (SchemeSelection.NotUsed notUsed : selection.notUsed()) {
            lines.add(notUsedLine(sheet, notUsed));
        }
        if (scheme == null) {
            lines.add(ExplanationText.info(Rule.ASSISTANCE_NO_IDENTITY, null,
                    encounter.dischargeDate() + " 无有效的医疗救助对象身份"));
            return notAssessed(lines);
        }
        if (sheet.patient().insuranceType() == InsuranceType.UNINSURED && !assistance.uninsuredAssisted().value()) {
            lines.add(ExplanationText.info(Rule.ASSISTANCE_NOT_INSURED, assistance.uninsuredAssisted().citation(),
                    "未参加基本医保：本地区先保险后救助，只救助参保人员"));
            return notAssessed(lines);
        }
        if (!InstitutionRule.assistanceCovers(encounter, assistance)) {
            Cited<Boolean> clause = InstitutionRule.exclusionClause(encounter, assistance);
            lines.add(ExplanationText.info(Rule.ASSISTANCE_NON_DESIGNATED, clause.citation(), "非定点医疗机构"
                            + (encounter.emergency() ? "（急诊）" : "") + (encounter.referral() ? "（转诊）" : "")
                            + "：本地区不予救助", new Provenance().of("非定点医疗机构", clause)));
            return notAssessed(lines);
        }
        List<Assistance.Program> programs = new ArrayList<>();
        for (Assistance.Program program : scheme.programs()) {
            String reason = AssistanceNotes.whyNot(program, encounter.type(), sheet.isMajorDisease());
            if (reason == null) {
                programs.add(program);
            } else {
                lines.add(ExplanationText.line(Rule.ASSISTANCE_PROGRAM_NOT_APPLIED,
                        Rule.ASSISTANCE_PROGRAM_NOT_APPLIED.id(), Rule.ASSISTANCE_PROGRAM_NOT_APPLIED.title() + "："
                                + program.name(), program.rate().citation(), program.name() + "：" + reason, null,
                        new Provenance()));
            }
        }
        if (programs.isEmpty()) {
            lines.add(ExplanationText.info(Rule.ASSISTANCE_NOT_COVERED, scheme.citation(), "「" + scheme.name()
                    + "」没有适用于本次" + ClerkTerms.encounterType(encounter.type()) + "的救助项目，不计起付标准"));
            return notAssessed(lines);
        }
        Money basicPay = sheet.paid(Stage.BASIC);
        Money majorIllnessPay = sheet.paid(Stage.MAJOR_ILLNESS);
        Money base = sheet.policyScope().minus(basicPay).minus(majorIllnessPay).atLeastZero();
        AnnualCap threshold = sheet.annualCap("threshold", Bucket.ASSISTANCE_THRESHOLD);
        Money thresholdApplied = threshold.limit(base);
        LedgerBalances deltas = LedgerBalances.EMPTY.plus(Bucket.ASSISTANCE_THRESHOLD, thresholdApplied);
        Money left = base.minus(thresholdApplied);
        lines.add(ExplanationText.line(Rule.ASSISTANCE_THRESHOLD, scheme.threshold().citation(),
                ExplanationText.assistanceThreshold(sheet.policyScope(), basicPay, majorIllnessPay, base,
                        threshold.left(), threshold.cap(), thresholdApplied, left), thresholdApplied,
                new Provenance().of("起付标准", scheme.threshold())));

        Money stagePay = Money.ZERO;
        Money withheld = Money.ZERO;
        for (Assistance.Program program : programs) {
            BigDecimal rate = program.rate().value();
            Money computed = Money.roundHalfUp(left.times(rate));
            Money pay = computed;
            List<AnnualCap> caps = new ArrayList<>();
            Provenance provenance = new Provenance().of("救助比例", program.rate());
            for (String pool : program.pools()) {
                Bucket bucket = Bucket.assistancePaid(pool);
                AnnualCap cap = new AnnualCap(pool, sheet.caps().capOf(bucket),
                        sheet.used(bucket).plus(deltas.amountOf(bucket)));
                caps.add(cap);
                provenance.of("年度救助限额", scheme.pools().get(pool));
                pay = cap.limit(pay);
            }
            for (String pool : program.pools()) {
                deltas = deltas.plus(Bucket.assistancePaid(pool), pay);
            }
            lines.add(ExplanationText.line(Rule.ASSISTANCE_PROGRAM, Rule.ASSISTANCE_PROGRAM.id(program.code()),
                    Rule.ASSISTANCE_PROGRAM.title() + "：" + program.name(), program.rate().citation(),
                    ExplanationText.assistanceProgram(program.name(), rate, left, computed, caps, pay), pay,
                    provenance));
            stagePay = stagePay.plus(pay);
            withheld = withheld.plus(computed.minus(pay));
            left = left.minus(pay);
        }
        return new Assessment(new StageOutcome(stagePay, assistance.fund(), lines, deltas, withheld), scheme);
    }

    /** An identity not used, and for one of lower standard what its own scheme would have paid. */
    private static ExplanationLine notUsedLine(Worksheet sheet, SchemeSelection.NotUsed notUsed) {
        if (!(notUsed instanceof SchemeSelection.LowerStandard)) {
            return ExplanationText.info(Rule.ASSISTANCE_IDENTITY_NOT_USED, Rule.RULES_DOCUMENT + "#assistance-identity",
                    ExplanationText.notUsed(notUsed, null));
        }
        Cited<?> clause = highestStandardClause(sheet);
        Provenance provenance = new Provenance();
        if (clause == null) {
            provenance.reading("就高不重复");
        }
        return ExplanationText.info(Rule.ASSISTANCE_IDENTITY_NOT_USED, clause == null ? null : clause.citation(),
                ExplanationText.notUsed(notUsed, HighestStandard.wouldPay(sheet, notUsed.identity())), provenance);
    }

    /** The region's own 就高不重复 clause ({@code assistance.highestStandard}), or null where it has none. */
    private static Cited<?> highestStandardClause(Worksheet sheet) {
        if (sheet.policy().parameters().get("assistance") instanceof Map<?, ?> section
                && section.get(HIGHEST_STANDARD) instanceof Cited<?> cited) {
            return cited;
        }
        return null;
    }

    private static Assessment notAssessed(List<ExplanationLine> lines) {
        return new Assessment(new StageOutcome(Money.ZERO, null, lines, LedgerBalances.EMPTY), null);
    }
}
