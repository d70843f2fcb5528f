package org.onestop.settlement.calculation;

import java.util.ArrayList;
import java.util.List;

import org.onestop.settlement.common.Money;
import org.onestop.settlement.ledger.LedgerBalances;
import org.onestop.settlement.policy.PolicyVersion;

/**
 * The pure settlement engine: runs one encounter through basic insurance, major-illness insurance, medical
 * assistance and the secondary tilt (先保险后救助, policies.md §2) against the person's year-to-date ledger, and answers
 * every stage's payment, the ledger deltas and the explanation. Each stage is a function of the worksheet the stages
 * before it left; the engine reads every figure from the policy version and keeps no state: the caller stores the
 * deltas.
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
        Worksheet sheet = new Worksheet(policy, patient, identities, encounter, ledger);
        List<ExplanationLine> explanation = new ArrayList<>();
        for (var match : sheet.majorDiseases()) {
            explanation.add(new ExplanationLine(Stage.ASSISTANCE, "disease.major", policy.diseases().citation(),
                    "major disease: " + match.code() + " matches " + match.rule(), Money.ZERO));
        }
        List<FundLine> funds = new ArrayList<>();
        sheet = record(sheet, Stage.BASIC, basic.apply(sheet), explanation, funds);
        sheet = record(sheet, Stage.MAJOR_ILLNESS, majorIllness.apply(sheet), explanation, funds);
        AssistanceStage.Assessment assessment = assistance.apply(sheet);
        sheet = record(sheet, Stage.ASSISTANCE, assessment.outcome(), explanation, funds);
        sheet = record(sheet, Stage.TILT, secondaryTilt.apply(sheet, assessment.assessedScheme()), explanation,
                funds);

        StagePayments payments = new StagePayments(sheet.paid(Stage.BASIC), sheet.paid(Stage.MAJOR_ILLNESS),
                sheet.paid(Stage.ASSISTANCE), sheet.paid(Stage.TILT));
        var assessed = assessment.assessedScheme();
        return new CalculationResult(policy.version(), encounter.amounts(), payments, List.copyOf(funds),
                sheet.schemeSelection().identity(), assessed == null ? null : assessed.code(), sheet.isMajorDisease(),
                sheet.deltas(), List.copyOf(explanation));
    }

    /** The worksheet after a stage, with its lines added to the explanation and its fund line when it pays. */
    private static Worksheet record(Worksheet sheet, Stage stage, StageOutcome outcome,
                                    List<ExplanationLine> explanation, List<FundLine> funds) {
        explanation.addAll(outcome.lines());
        if (outcome.pay().isPositive()) {
            funds.add(new FundLine(stage, outcome.fund().code(), outcome.fund().name(), outcome.pay()));
        }
        return sheet.after(stage, outcome);
    }
}
