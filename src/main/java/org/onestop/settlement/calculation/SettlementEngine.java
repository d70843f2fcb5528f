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
 * deltas. The explanation ends with the settlement's summary.
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
        var diseases = policy.diseases();
        for (var match : sheet.majorDiseases()) {
            explanation.add(ExplanationText.info(Rule.DISEASE_MAJOR, diseases.citation(), "诊断 " + match.code()
                    + " 属本地区重特大疾病目录：" + match.disease().name(), new Provenance().of("病种编码范围",
                    new Cited<>(match.code(), diseases.citation(), diseases.illustrative()))));
        }
        List<FundLine> funds = new ArrayList<>();
        Map<Stage, Money> withheld = new EnumMap<>(Stage.class);
        sheet = record(sheet, Stage.BASIC, basic.apply(sheet), explanation, funds, withheld);
        sheet = record(sheet, Stage.MAJOR_ILLNESS, majorIllness.apply(sheet), explanation, funds, withheld);
        AssistanceStage.Assessment assessment = assistance.apply(sheet);
        sheet = record(sheet, Stage.ASSISTANCE, assessment.outcome(), explanation, funds, withheld);
        sheet = record(sheet, Stage.TILT, secondaryTilt.apply(sheet, assessment.assessedScheme()), explanation,
                funds, withheld);

        StagePayments payments = new StagePayments(sheet.paid(Stage.BASIC), sheet.paid(Stage.MAJOR_ILLNESS),
                sheet.paid(Stage.ASSISTANCE), sheet.paid(Stage.TILT));
        explanation.add(SettlementSummary.line(encounter.amounts(), payments, withheld));
        var assessed = assessment.assessedScheme();
        return new CalculationResult(policy.version(), encounter.amounts(), payments, List.copyOf(funds),
                sheet.schemeSelection().identity(), assessed == null ? null : assessed.code(), sheet.isMajorDisease(),
                sheet.deltas(), List.copyOf(explanation));
    }

    /**
     * The worksheet after a stage, with its lines added to the explanation, its fund line when it pays, and what a
     * cap withheld from it.
     */
    private static Worksheet record(Worksheet sheet, Stage stage, StageOutcome outcome,
                                    List<ExplanationLine> explanation, List<FundLine> funds,
                                    Map<Stage, Money> withheld) {
        explanation.addAll(outcome.lines());
        withheld.put(stage, outcome.capWithheld());
        if (outcome.pay().isPositive()) {
            funds.add(new FundLine(stage, outcome.fund().code(), outcome.fund().name(), outcome.pay()));
        }
        return sheet.after(stage, outcome);
    }
}
