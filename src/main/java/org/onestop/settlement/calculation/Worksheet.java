package org.onestop.settlement.calculation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.onestop.settlement.common.Money;
import org.onestop.settlement.ledger.Bucket;
import org.onestop.settlement.ledger.LedgerBalances;
import org.onestop.settlement.ledger.QuotaCaps;
import org.onestop.settlement.policy.DiseaseCatalogue;
import org.onestop.settlement.policy.MajorIllness;
import org.onestop.settlement.policy.PolicyVersion;

/**
 * One encounter's calculation as it passes the stages, immutable: the inputs and what follows from them (major
 * diseases, preferential payment, selected scheme, caps), the ledger before the encounter, and what the stages so
 * far have paid and changed. A stage reads it; {@link #after} answers the worksheet the next stage sees.
 */
final class Worksheet {

    private final PolicyVersion policy;
    private final Patient patient;
    private final Encounter encounter;
    private final Money policyScope;
    private final List<DiseaseCatalogue.Match> majorDiseases;
    private final MajorIllness.PreferentialPayment preferentialPayment;
    private final SchemeSelection schemeSelection;
    private final QuotaCaps caps;
    private final LedgerBalances ledgerBefore;
    private final LedgerBalances deltas;
    private final Map<Stage, Money> paid;

    private Worksheet(Worksheet inputs, LedgerBalances deltas, Map<Stage, Money> paid) {
        this(inputs, inputs.schemeSelection, inputs.caps, deltas, paid);
    }

    private Worksheet(Worksheet inputs, SchemeSelection schemeSelection, QuotaCaps caps, LedgerBalances deltas,
                      Map<Stage, Money> paid) {
        this.policy = inputs.policy;
        this.patient = inputs.patient;
        this.encounter = inputs.encounter;
        this.policyScope = inputs.policyScope;
        this.majorDiseases = inputs.majorDiseases;
        this.preferentialPayment = inputs.preferentialPayment;
        this.schemeSelection = schemeSelection;
        this.caps = caps;
        this.ledgerBefore = inputs.ledgerBefore;
        this.deltas = deltas;
        this.paid = paid;
    }

    Worksheet(PolicyVersion policy, Patient patient, List<Identity> identities, Encounter encounter,
              LedgerBalances ledgerBefore) {
        this.policy = policy;
        this.patient = patient;
        this.encounter = encounter;
        this.policyScope = encounter.amounts().policyScope();
        this.majorDiseases = policy.diseases().match(encounter.diseaseCodes(),
                patient.ageOn(encounter.admissionDate()), patient.sex(), encounter.type());
        this.preferentialPayment = Eligibility.preferentialPayment(policy, patient, identities,
                encounter.dischargeDate());
        this.schemeSelection = SchemeSelection.on(policy.assistance(), identities, encounter.dischargeDate());
        this.caps = Eligibility.quotaCaps(policy, patient.insuranceType(), preferentialPayment, schemeSelection);
        this.ledgerBefore = ledgerBefore;
        this.deltas = LedgerBalances.EMPTY;
        this.paid = new EnumMap<>(Stage.class);
    }

    /** The worksheet after a stage's outcome: its pay recorded, its deltas added. */
    Worksheet after(Stage stage, StageOutcome outcome) {
        Map<Stage, Money> paidNow = new EnumMap<>(Stage.class);
        paidNow.putAll(paid);
        paidNow.put(stage, outcome.pay());
        return new Worksheet(this, deltas.plus(outcome.deltas()), paidNow);
    }

    /**
     * The same worksheet (payments so far, ledger, preferential payment) with {@code identity} as the only assistance
     * identity: its scheme and the caps that follow from it.
     */
    Worksheet withOnlyIdentity(Identity identity) {
        SchemeSelection only = SchemeSelection.on(policy.assistance(), List.of(identity), encounter.dischargeDate());
        return new Worksheet(this, only, Eligibility.quotaCaps(policy, patient.insuranceType(), preferentialPayment,
                only), deltas, paid);
    }

    PolicyVersion policy() {
        return policy;
    }

    Patient patient() {
        return patient;
    }

    Encounter encounter() {
        return encounter;
    }

    List<DiseaseCatalogue.Match> majorDiseases() {
        return majorDiseases;
    }

    boolean isMajorDisease() {
        return !majorDiseases.isEmpty();
    }

    /** The preferential payment that applies on the discharge date, or null. */
    MajorIllness.PreferentialPayment preferentialPayment() {
        return preferentialPayment;
    }

    SchemeSelection schemeSelection() {
        return schemeSelection;
    }

    QuotaCaps caps() {
        return caps;
    }

    Money policyScope() {
        return policyScope;
    }

    /** What a bucket holds now: the year-to-date ledger plus this encounter's changes so far. */
    Money used(Bucket bucket) {
        return ledgerBefore.amountOf(bucket).plus(deltas.amountOf(bucket));
    }

    /** The annual cap of a bucket with what it holds now; the bucket must be capped. */
    AnnualCap annualCap(String pool, Bucket bucket) {
        return new AnnualCap(pool, caps.capOf(bucket), used(bucket));
    }

    /** What a stage paid (zero before it ran). */
    Money paid(Stage stage) {
        return paid.getOrDefault(stage, Money.ZERO);
    }

    /** The changes every stage so far made to the ledger. */
    LedgerBalances deltas() {
        return deltas;
    }
}
