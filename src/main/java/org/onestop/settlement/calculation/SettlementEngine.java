package org.onestop.settlement.calculation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.onestop.settlement.common.Money;
import org.onestop.settlement.ledger.LedgerBalances;
import org.onestop.settlement.policy.Cited;
import org.onestop.settlement.policy.PolicyVersion;

/**
 * The pure settlement engine: runs one encounter through basic insurance, major-illness insurance, medical
 * assistance and the secondary tilt (先保险后救助, policies.md §2) against the person's year-to-date ledger, and answers
 * every stage's payment, the ledger deltas and the explanation. Each stage is a function of the worksheet the stages
 * before it left; the engine reads every figure from the policy version and keeps no state: the caller stores the
 * deltas. The explanation ends with the settlement's summary. {@link #assist} runs stages 3 and 4 alone, on insurance
 * amounts given, with the same stage code as at discharge.
 */
public final class SettlementEngine {

    private final BasicInsuranceStage basic = new BasicInsuranceStage();
    private final MajorIllnessStage majorIllness = new MajorIllnessStage();
    private final AssistanceStage assistance = new AssistanceStage();
    private final SecondaryTiltStage secondaryTilt = new SecondaryTiltStage();

    /**
     * @param identities every identity the person holds (valid or not: the engine picks and explains)
     * @param ledger     the person's ledger for the region and the encounter's year, before this encounter
     */
    public CalculationResult settle(PolicyVersion policy, Patient patient, List<Identity> identities,
                                    Encounter encounter, LedgerBalances ledger) {
        Run run = new Run(new Worksheet(policy, patient, identities, encounter, ledger));
        run.record(Stage.BASIC, basic.apply(run.sheet));
        run.record(Stage.MAJOR_ILLNESS, majorIllness.apply(run.sheet));
        return run.assistanceStages();
    }

    /**
     * Stages 3 and 4 only, for an encounter whose insurance stages were paid before or elsewhere: stages 1 and 2
     * pay exactly the amounts given (no fund line, no ledger delta), then assistance and the tilt run as at
     * discharge against {@code ledger}.
     */
    public CalculationResult assist(PolicyVersion policy, Patient patient, List<Identity> identities,
                                    Encounter encounter, InsurancePaid insurance, LedgerBalances ledger) {
        Run run = new Run(new Worksheet(policy, patient, identities, encounter, ledger));
        run.record(Stage.BASIC, GivenInsurance.basic(insurance));
        run.record(Stage.MAJOR_ILLNESS, GivenInsurance.majorIllness(insurance));
        return run.assistanceStages();
    }

    /**
     * After-care assistance (医后救助, 001 第十五条(一)(二), 002 二(五)2): {@link #assist} on the receipt's insurance
     * amounts, its explanation opened by the region's after-care clause and the care it was claimed for. The region
     * must have the clause ({@code policy.assistance().afterCare()}).
     */
    public CalculationResult afterCare(PolicyVersion policy, Patient patient, List<Identity> identities,
                                       Encounter encounter, String institution, InsurancePaid insurance,
                                       LedgerBalances ledger) {
        Cited<Boolean> clause = policy.assistance().afterCare();
        if (clause == null) {
            throw new IllegalArgumentException(policy.version() + " has no after-care assistance");
        }
        Run run = new Run(new Worksheet(policy, patient, identities, encounter, ledger),
                ExplanationText.info(Rule.AFTER_CARE, clause.citation(), ExplanationText.afterCare(institution,
                        encounter.designated(), encounter.emergency(), encounter.referral(), insurance),
                        new Provenance().of("医后救助", clause)));
        run.record(Stage.BASIC, GivenInsurance.basic(insurance));
        run.record(Stage.MAJOR_ILLNESS, GivenInsurance.majorIllness(insurance));
        return run.assistanceStages();
    }

    /**
     * One encounter's pass through the stages: the worksheet each stage leaves, the explanation (starting with the
     * major diseases found), the fund lines of the stages that pay, and what a cap withheld from each.
     */
    private final class Run {

        private Worksheet sheet;
        private final List<ExplanationLine> explanation = new ArrayList<>();
        private final List<FundLine> funds = new ArrayList<>();
        private final Map<Stage, Money> withheld = new EnumMap<>(Stage.class);

        /** @param opening the lines the explanation starts with, before the major diseases found */
        Run(Worksheet sheet, ExplanationLine... opening) {
            this.sheet = sheet;
            explanation.addAll(List.of(opening));
            var diseases = sheet.policy().diseases();
            for (var match : sheet.majorDiseases()) {
                explanation.add(ExplanationText.info(Rule.DISEASE_MAJOR, diseases.citation(), "诊断 " + match.code()
                        + " 属本地区重特大疾病目录：" + match.disease().name(), new Provenance().of("病种编码范围",
                        new Cited<>(match.code(), diseases.citation(), diseases.illustrative()))));
            }
        }

        /** Stages 3 and 4 on the worksheet the insurance stages left, then the summary. */
        CalculationResult assistanceStages() {
            AssistanceStage.Assessment assessment = assistance.apply(sheet);
            record(Stage.ASSISTANCE, assessment.outcome());
            record(Stage.TILT, secondaryTilt.apply(sheet, assessment.assessedScheme()));
            StagePayments payments = new StagePayments(sheet.paid(Stage.BASIC), sheet.paid(Stage.MAJOR_ILLNESS),
                    sheet.paid(Stage.ASSISTANCE), sheet.paid(Stage.TILT));
            Encounter encounter = sheet.encounter();
            explanation.add(SettlementSummary.line(encounter.amounts(), payments, withheld));
            var assessed = assessment.assessedScheme();
            return new CalculationResult(sheet.policy().version(), encounter.amounts(), payments, List.copyOf(funds),
                    sheet.schemeSelection().identity(), assessed == null ? null : assessed.code(),
                    sheet.isMajorDisease(), sheet.deltas(), List.copyOf(explanation));
        }

        /**
         * The worksheet after a stage, with its lines added to the explanation, its fund line when it pays from a
         * fund, and what a cap withheld from it.
         */
        void record(Stage stage, StageOutcome outcome) {
            explanation.addAll(outcome.lines());
            withheld.put(stage, outcome.capWithheld());
            if (outcome.pay().isPositive() && outcome.fund() != null) {
                funds.add(new FundLine(stage, outcome.fund().code(), outcome.fund().name(), outcome.pay()));
            }
            sheet = sheet.after(stage, outcome);
        }
    }
}
