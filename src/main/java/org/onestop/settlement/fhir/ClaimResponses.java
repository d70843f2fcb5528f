package org.onestop.settlement.fhir;

import java.math.BigDecimal;
import java.util.Date;

import org.hl7.fhir.r4.model.ClaimResponse;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Money;
import org.hl7.fhir.r4.model.Reference;
import org.onestop.settlement.np.NpCodes;
import org.onestop.settlement.settlement.SettlementResponse;

/**
 * A settlement as a FHIR R4 {@code ClaimResponse}: status active (cancelled once reversed), type institutional, use
 * claim, outcome complete; {@code total[]} with the charges, the policy scope and the fund payment (FHIR's
 * adjudication codes) and one total per fund line, keyed by fund code in the local CodeSystem {@link #FUND_SYSTEM};
 * {@code payment} the funds' payment; the explanation as {@code processNote}. Amounts in CNY.
 */
public final class ClaimResponses {

    /** The local CodeSystem of fund codes (基金支付类型: 310100, 390100, 330100, 390200, 610100, 610102). */
    public static final String FUND_SYSTEM = "https://onestop-settlement.org/fhir/CodeSystem/fund";
    public static final String PERSON_SYSTEM = "https://onestop-settlement.org/fhir/NamingSystem/person-id";
    public static final String HOSPITAL_SYSTEM = "https://onestop-settlement.org/fhir/NamingSystem/hospital-code";
    public static final String ENCOUNTER_SYSTEM = "https://onestop-settlement.org/fhir/NamingSystem/encounter-no";
    public static final String REGION_SYSTEM = "https://onestop-settlement.org/fhir/NamingSystem/region";
    static final String ADJUDICATION = "http://terminology.hl7.org/CodeSystem/adjudication";

    private ClaimResponses() {
    }

    public static ClaimResponse of(SettlementResponse s) {
        ClaimResponse r = new ClaimResponse();
        r.setId(s.settlementId().toString());
        r.setStatus(s.status() == SettlementResponse.Status.REVERSED
                ? ClaimResponse.ClaimResponseStatus.CANCELLED : ClaimResponse.ClaimResponseStatus.ACTIVE);
        r.setType(concept("http://terminology.hl7.org/CodeSystem/claim-type", "institutional", "Institutional"));
        r.setUse(ClaimResponse.Use.CLAIM);
        r.setPatient(new Reference().setIdentifier(new Identifier().setSystem(PERSON_SYSTEM).setValue(s.personId())));
        r.setCreated(Date.from(s.settledAt()));
        r.setInsurer(new Reference().setIdentifier(new Identifier().setSystem(REGION_SYSTEM)
                .setValue(s.region().name())).setDisplay("medical security of " + s.region().name()));
        r.setRequestor(new Reference().setIdentifier(new Identifier().setSystem(HOSPITAL_SYSTEM)
                .setValue(s.hospitalCode())));
        r.setRequest(new Reference().setIdentifier(new Identifier().setSystem(ENCOUNTER_SYSTEM + "/" + s.hospitalCode())
                .setValue(s.encounterNo())));
        r.setOutcome(ClaimResponse.RemittanceOutcome.COMPLETE);
        r.setDisposition((s.status() == SettlementResponse.Status.REVERSED ? "Reversed" : "Settled")
                + " under " + s.policyVersion() + ": funds pay " + s.fundPay().toPlainString() + ", the person "
                + s.personalPay().toPlainString() + " of " + s.amounts().total().toPlainString() + " CNY");
        total(r, ADJUDICATION, "submitted", "Submitted Amount", s.amounts().total());
        total(r, ADJUDICATION, "eligible", "Eligible Amount", s.amounts().policyScope());
        total(r, ADJUDICATION, "benefit", "Benefit Amount", s.fundPay());
        s.funds().forEach(f -> total(r, FUND_SYSTEM, NpCodes.fundPayType(f), f.name(), f.amount()));
        r.getPayment().setType(concept("http://terminology.hl7.org/CodeSystem/ex-paymenttype", "complete", "Complete"))
                .setDate(Date.from(s.settledAt())).setAmount(cny(s.fundPay()));
        for (int i = 0; i < s.explanation().size(); i++) {
            var line = s.explanation().get(i);
            r.addProcessNote().setNumber(i + 1).setType(Enumerations.NoteType.DISPLAY)
                    .setText(line.stage() + " " + line.rule() + " [" + line.citation() + "]: " + line.formula());
        }
        return r;
    }

    private static void total(ClaimResponse r, String system, String code, String display, BigDecimal amount) {
        r.addTotal().setCategory(concept(system, code, display)).setAmount(cny(amount));
    }

    private static CodeableConcept concept(String system, String code, String display) {
        return new CodeableConcept(new Coding(system, code, display));
    }

    private static Money cny(BigDecimal amount) {
        return new Money().setValue(amount).setCurrency("CNY");
    }
}
