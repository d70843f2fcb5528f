package org.onestop.settlement.calculation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;

import org.onestop.settlement.common.Money;
import org.onestop.settlement.policy.PolicyVersion;

/**
 * The pure settlement engine: runs one encounter through basic insurance, major-illness insurance, medical
 * assistance and the secondary tilt (先保险后救助, policies.md §2) against the person's year-to-date ledger, and answers
 * every stage's payment, the ledger deltas and the explanation. It reads every figure from the policy version and
 * keeps no state: the caller stores the deltas.
 */
public final class SettlementEngine {

    private final BasicInsuranceStage basic = new BasicInsuranceStage();
    private final MajorIllnessStage majorIllness = new MajorIllnessStage();
    private final AssistanceStage assistance = new AssistanceStage();
    private final SecondaryTiltStage tilt = new SecondaryTiltStage();

    /**
     * @param identities every identity the person holds (valid or not: the engine picks and explains)
     * @param ledger     the person's ledger for the region and the encounter's year, before this encounter
     */
    public CalculationResult settle(PolicyVersion policy, Patient patient, List<Identity> identities,
                                    Encounter encounter, LedgerSnapshot ledger) {
        Calculation c = new Calculation(policy, patient, identities, encounter, ledger);
        for (var match : c.majorDiseases) {
            c.explain(Stage.ASSISTANCE, "disease.major", policy.diseases().citation(),
                    "major disease: " + match.code() + " matches " + match.rule(), Money.ZERO);
        }
        basic.apply(c);
        majorIllness.apply(c);
        assistance.apply(c);
        tilt.apply(c);

        Money fundPay = c.paid(Stage.BASIC).plus(c.paid(Stage.MAJOR_ILLNESS)).plus(c.paid(Stage.ASSISTANCE))
                .plus(c.paid(Stage.TILT));
        Money total = encounter.amounts().total();
        return new CalculationResult(policy.version(), encounter.amounts(), c.policyScope(), c.paid(Stage.BASIC),
                c.paid(Stage.MAJOR_ILLNESS), c.paid(Stage.ASSISTANCE), c.paid(Stage.TILT), fundPay,
                total.minus(fundPay), List.copyOf(c.funds()), c.identityUsed,
                c.assessed == null ? null : c.assessed.scheme().code(), c.isMajorDisease(),
                Collections.unmodifiableMap(new LinkedHashMap<>(c.deltas())),
                List.copyOf(c.explanation()));
    }
}
