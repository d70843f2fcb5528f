package org.onestop.settlement.calculation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onestop.settlement.common.Money;
import org.onestop.settlement.policy.DiseaseCatalogue;
import org.onestop.settlement.policy.Fund;
import org.onestop.settlement.policy.PolicyVersion;

/**
 * The state of one encounter's calculation as it passes the stages: the inputs, what each stage paid, the ledger as
 * changed so far, and the explanation being written. Stages read it and record into it.
 */
final class Calculation {

    final PolicyVersion policy;
    final Patient patient;
    final List<Identity> identities;
    final Encounter encounter;
    final List<DiseaseCatalogue.Match> majorDiseases;
    private final LedgerSnapshot ledger;
    private final Map<String, Money> deltas = new LinkedHashMap<>();
    private final Map<Stage, Money> paid = new EnumMap<>(Stage.class);
    private final List<ExplanationLine> explanation = new ArrayList<>();
    private final List<FundLine> funds = new ArrayList<>();
    /** The identity chosen for assistance (valid on the discharge date, highest standard), or null. */
    Identity identityUsed;
    /** Set by the assistance stage when the encounter was eligible for assistance; the tilt needs it. */
    AssistanceStage.Assessed assessed;

    Calculation(PolicyVersion policy, Patient patient, List<Identity> identities, Encounter encounter,
                LedgerSnapshot ledger) {
        this.policy = policy;
        this.patient = patient;
        this.identities = List.copyOf(identities);
        this.encounter = encounter;
        this.ledger = ledger;
        this.majorDiseases = policy.diseases().match(encounter.diseaseCodes(),
                patient.ageOn(encounter.admissionDate()), patient.sex(), encounter.type());
    }

    Money policyScope() {
        return encounter.amounts().policyScope();
    }

    boolean isMajorDisease() {
        return !majorDiseases.isEmpty();
    }

    /** What a bucket holds now: the year-to-date ledger plus this encounter's changes so far. */
    Money used(String bucket) {
        return ledger.used(bucket).plus(deltas.getOrDefault(bucket, Money.ZERO));
    }

    void add(String bucket, Money amount) {
        if (!amount.isZero()) {
            deltas.merge(bucket, amount, Money::plus);
        }
    }

    Money paid(Stage stage) {
        return paid.getOrDefault(stage, Money.ZERO);
    }

    /** Records a payment of a stage (a program's share adds to the stage's one line for its fund). */
    void pay(Stage stage, Fund fund, Money amount) {
        paid.merge(stage, amount, Money::plus);
        if (!amount.isPositive()) {
            return;
        }
        for (int i = 0; i < funds.size(); i++) {
            FundLine line = funds.get(i);
            if (line.stage() == stage && line.fundCode().equals(fund.code())) {
                funds.set(i, new FundLine(stage, fund.code(), fund.name(), line.amount().plus(amount)));
                return;
            }
        }
        funds.add(new FundLine(stage, fund.code(), fund.name(), amount));
    }

    void explain(Stage stage, String rule, String citation, String formula, Money amount) {
        explanation.add(new ExplanationLine(stage, rule, citation, formula, amount));
    }

    Map<String, Money> deltas() {
        return deltas;
    }

    List<ExplanationLine> explanation() {
        return explanation;
    }

    List<FundLine> funds() {
        return funds;
    }

    /** A rate as a reader writes it: 0.6 → "60%", 0.065 → "6.5%". */
    static String percent(BigDecimal rate) {
        return rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    /** A rate as a plain factor: 0.5 → "0.5". */
    static String factor(BigDecimal rate) {
        return rate.stripTrailingZeros().toPlainString();
    }
}
