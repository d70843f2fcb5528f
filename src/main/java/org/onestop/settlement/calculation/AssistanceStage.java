package org.onestop.settlement.calculation;

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
        Rule refusal = refusal(sheet);
        if (refusal != null) {
            lines.add(refusalLine(refusal, sheet));
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
        Calculation calculation = calculate(sheet, scheme, programs);
        lines.add(ExplanationText.line(Rule.ASSISTANCE_THRESHOLD, scheme.threshold().citation(),
                ExplanationText.assistanceThreshold(sheet.policyScope(), sheet.paid(Stage.BASIC),
                        sheet.paid(Stage.MAJOR_ILLNESS), calculation.base(), calculation.threshold().left(),
                        calculation.threshold().cap(), calculation.thresholdApplied(), calculation.left()),
                calculation.thresholdApplied(), new Provenance().of("起付标准", scheme.threshold())));
        for (ProgramPayment payment : calculation.payments()) {
            Assistance.Program program = payment.program();
            Provenance provenance = new Provenance().of("救助比例", program.rate());
            program.pools().forEach(pool -> provenance.of("年度救助限额", scheme.pools().get(pool)));
            lines.add(ExplanationText.line(Rule.ASSISTANCE_PROGRAM, Rule.ASSISTANCE_PROGRAM.id(program.code()),
                    Rule.ASSISTANCE_PROGRAM.title() + "：" + program.name(), program.rate().citation(),
                    ExplanationText.assistanceProgram(program.name(), program.rate().value(), payment.left(),
                            payment.computed(), payment.caps(), payment.pay()), payment.pay(), provenance));
        }
        return new Assessment(new StageOutcome(calculation.pay(), sheet.policy().assistance().fund(), lines,
                calculation.deltas(),
                calculation.withheld()), scheme);
    }

    /**
     * What the stage pays on {@code sheet} and the ledger changes, without an explanation: the same arithmetic as
     * {@link #apply}, for comparing the scheme of an identity not used (就高不重复).
     */
    static Assessment payment(Worksheet sheet) {
        if (refusal(sheet) != null) {
            return notAssessed(List.of());
        }
        var encounter = sheet.encounter();
        Assistance.Scheme scheme = sheet.schemeSelection().scheme();
        List<Assistance.Program> programs = scheme.programs().stream()
                .filter(program -> AssistanceNotes.whyNot(program, encounter.type(), sheet.isMajorDisease()) == null)
                .toList();
        if (programs.isEmpty()) {
            return notAssessed(List.of());
        }
        Calculation calculation = calculate(sheet, scheme, programs);
        return new Assessment(new StageOutcome(calculation.pay(), sheet.policy().assistance().fund(), List.of(),
                calculation.deltas(), calculation.withheld()), scheme);
    }

    /**
     * Why the encounter is not assessed at all, or null: no identity selects a scheme, the person is not insured
     * where only the insured are assisted, or the institution is one the region does not assist at.
     */
    private static Rule refusal(Worksheet sheet) {
        Assistance assistance = sheet.policy().assistance();
        if (sheet.schemeSelection().scheme() == null) {
            return Rule.ASSISTANCE_NO_IDENTITY;
        }
        if (sheet.patient().insuranceType() == InsuranceType.UNINSURED && !assistance.uninsuredAssisted().value()) {
            return Rule.ASSISTANCE_NOT_INSURED;
        }
        return InstitutionRule.assistanceCovers(sheet.encounter(), assistance) ? null
                : Rule.ASSISTANCE_NON_DESIGNATED;
    }

    private static ExplanationLine refusalLine(Rule refusal, Worksheet sheet) {
        Assistance assistance = sheet.policy().assistance();
        var encounter = sheet.encounter();
        return switch (refusal) {
            case ASSISTANCE_NO_IDENTITY -> ExplanationText.info(refusal, null,
                    encounter.dischargeDate() + " 无有效的医疗救助对象身份");
            case ASSISTANCE_NOT_INSURED -> ExplanationText.info(refusal, assistance.uninsuredAssisted().citation(),
                    "未参加基本医保：本地区先保险后救助，只救助参保人员");
            default -> {
                Cited<Boolean> clause = InstitutionRule.exclusionClause(encounter, assistance);
                yield ExplanationText.info(refusal, clause.citation(), "非定点医疗机构"
                        + (encounter.emergency() ? "（急诊）" : "") + (encounter.referral() ? "（转诊）" : "")
                        + "：本地区不予救助", new Provenance().of("非定点医疗机构", clause));
            }
        };
    }

    /** One program's payment: {@code rate × left}, bounded by every pool it draws on. */
    record ProgramPayment(Assistance.Program program, Money left, Money computed, List<AnnualCap> caps, Money pay) {
    }

    /**
     * The stage's arithmetic: the base after the insurance stages, the threshold consumed, what is left above it, and
     * each program's payment in the scheme's order, each program paying from what the ones before it left.
     */
    record Calculation(Money base, AnnualCap threshold, Money thresholdApplied, Money left,
                       List<ProgramPayment> payments, LedgerBalances deltas) {

        Money pay() {
            Money pay = Money.ZERO;
            for (ProgramPayment payment : payments) {
                pay = pay.plus(payment.pay());
            }
            return pay;
        }

        Money withheld() {
            Money withheld = Money.ZERO;
            for (ProgramPayment payment : payments) {
                withheld = withheld.plus(payment.computed().minus(payment.pay()));
            }
            return withheld;
        }
    }

    private static Calculation calculate(Worksheet sheet, Assistance.Scheme scheme,
                                         List<Assistance.Program> programs) {
        Money base = sheet.policyScope().minus(sheet.paid(Stage.BASIC)).minus(sheet.paid(Stage.MAJOR_ILLNESS))
                .atLeastZero();
        AnnualCap threshold = sheet.annualCap("threshold", Bucket.ASSISTANCE_THRESHOLD);
        Money thresholdApplied = threshold.limit(base);
        LedgerBalances deltas = LedgerBalances.EMPTY.plus(Bucket.ASSISTANCE_THRESHOLD, thresholdApplied);
        Money aboveThreshold = base.minus(thresholdApplied);
        Money left = aboveThreshold;
        List<ProgramPayment> payments = new ArrayList<>(programs.size());
        for (Assistance.Program program : programs) {
            Money computed = Money.roundHalfUp(left.times(program.rate().value()));
            Money pay = computed;
            List<AnnualCap> caps = new ArrayList<>(program.pools().size());
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
            payments.add(new ProgramPayment(program, left, computed, caps, pay));
            left = left.minus(pay);
        }
        return new Calculation(base, threshold, thresholdApplied, aboveThreshold, payments, deltas);
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
