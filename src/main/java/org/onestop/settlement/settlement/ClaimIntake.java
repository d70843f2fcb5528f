package org.onestop.settlement.settlement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.onestop.settlement.calculation.Amounts;
import org.onestop.settlement.calculation.Encounter;
import org.onestop.settlement.calculation.Identity;
import org.onestop.settlement.calculation.Patient;
import org.onestop.settlement.common.CareLocation;
import org.onestop.settlement.common.EncounterType;
import org.onestop.settlement.common.FieldViolation;
import org.onestop.settlement.common.InvalidRequestException;
import org.onestop.settlement.common.Money;
import org.onestop.settlement.person.Person;
import org.onestop.settlement.person.PersonRepository;
import org.onestop.settlement.policy.DiseaseCatalogue;
import org.onestop.settlement.policy.PolicyCatalogue;
import org.onestop.settlement.policy.PolicyVersion;
import org.springframework.stereotype.Component;

/**
 * Intake of a claim: the checks the annotations cannot express (policies.md §1: parts never exceed the total; fee
 * lines consistent; dates in order; known person; ICD-10 codes well-formed), the derivation of the amounts from fee
 * lines, and the lookup of the person, identities and the policy in force on the discharge date.
 */
@Component
class ClaimIntake {

    private final PersonRepository persons;
    private final PolicyCatalogue catalogue;
    private final Clock clock;

    ClaimIntake(PersonRepository persons, PolicyCatalogue catalogue, Clock clock) {
        this.persons = persons;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** Everything the engine needs for one claim. */
    record Claim(Person person, PolicyVersion policy, Patient patient, List<Identity> identities,
                 Encounter encounter) {
    }

    /**
     * @throws InvalidRequestException listing every bad field (nothing is written)
     * @throws org.onestop.settlement.policy.PolicyNotInForceException when no policy is in force (422)
     */
    Claim accept(SettlementRequest r) {
        List<FieldViolation> violations = new ArrayList<>();
        Person person = persons.findById(r.personId()).orElse(null);
        if (person == null) {
            violations.add(new FieldViolation("personId", "unknown person '" + r.personId() + "'"));
        }
        Amounts amounts = amounts(r, violations);
        LocalDate admission = r.admissionDate();
        if (admission == null) {
            if (r.encounterType() == EncounterType.INPATIENT) {
                violations.add(new FieldViolation("admissionDate", "is required for an INPATIENT stay"));
            }
        } else if (r.dischargeDate().isBefore(admission)) {
            violations.add(new FieldViolation("dischargeDate", "is before admissionDate " + admission));
        }
        if (r.dischargeDate().isAfter(LocalDate.now(clock))) {
            violations.add(new FieldViolation("dischargeDate", "is in the future"));
        }
        List<String> diagnoses = r.diagnoses() == null ? List.of() : r.diagnoses();
        for (int i = 0; i < diagnoses.size(); i++) {
            if (!DiseaseCatalogue.IcdPattern.isWellFormed(diagnoses.get(i))) {
                violations.add(new FieldViolation("diagnoses[" + i + "]", "'" + diagnoses.get(i)
                        + "' is not an ICD-10 code"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        PolicyVersion policy = catalogue.require(person.region(), r.dischargeDate());
        return new Claim(person, policy, patientOf(person), identitiesOf(person), encounterOf(r, amounts));
    }

    /**
     * The encounter of a claim that was accepted before (a stored claim, V15), derived the same way as at intake.
     *
     * @throws IllegalArgumentException when the claim's amounts no longer pass intake
     */
    static Encounter encounterOfAccepted(SettlementRequest r) {
        List<FieldViolation> violations = new ArrayList<>();
        Amounts amounts = amounts(r, violations);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException("stored claim " + r.hospitalCode() + "/" + r.encounterNo() + ": "
                    + violations);
        }
        return encounterOf(r, amounts);
    }

    /** The encounter as the engine sees it; an outpatient visit without admission date is on its discharge date. */
    private static Encounter encounterOf(SettlementRequest r, Amounts amounts) {
        LocalDate admission = r.admissionDate() == null ? r.dischargeDate() : r.admissionDate();
        return new Encounter(r.encounterType(), r.hospitalLevel(), r.designated(),
                Boolean.TRUE.equals(r.emergency()), Boolean.TRUE.equals(r.referral()),
                r.careLocation() == null ? CareLocation.LOCAL : r.careLocation(), admission, r.dischargeDate(),
                r.diagnoses() == null ? List.of() : r.diagnoses(), r.majorDiseaseCode(),
                Boolean.TRUE.equals(r.specialDrug()), amounts);
    }

    /** The person as the engine sees them. */
    static Patient patientOf(Person person) {
        return new Patient(person.insuranceType(), person.sex(), person.birthDate());
    }

    /** Every identity the person holds or held, as the engine sees them (it picks the valid ones). */
    static List<Identity> identitiesOf(Person person) {
        return person.identities().stream()
                .map(i -> new Identity(i.identityId().toString(), i.category(), i.subclass(), i.validFrom(),
                        i.validTo(), i.applicationDate()))
                .toList();
    }

    private static Amounts amounts(SettlementRequest r, List<FieldViolation> violations) {
        boolean hasAmounts = r.amounts() != null;
        boolean hasItems = r.items() != null && !r.items().isEmpty();
        if (hasAmounts == hasItems) {
            violations.add(new FieldViolation("amounts", hasAmounts
                    ? "give either amounts or items, not both" : "give either amounts or items"));
            return null;
        }
        if (hasAmounts) {
            var a = r.amounts();
            BigDecimal parts = a.fullyOwnPay().add(a.overLimit()).add(a.preSelfPay());
            if (parts.compareTo(a.total()) > 0) {
                violations.add(new FieldViolation("amounts", "fullyOwnPay + overLimit + preSelfPay = "
                        + parts.toPlainString() + " exceeds total " + a.total().toPlainString()));
                return null;
            }
            return new Amounts(Money.of(a.total()), Money.of(a.fullyOwnPay()), Money.of(a.overLimit()),
                    Money.of(a.preSelfPay()));
        }
        List<Amounts.FeeItem> items = new ArrayList<>();
        for (int i = 0; i < r.items().size(); i++) {
            var item = r.items().get(i);
            String at = "items[" + i + "].";
            if (item.feeClass() == Amounts.FeeClass.B && item.selfPayRatio() == null) {
                violations.add(new FieldViolation(at + "selfPayRatio", "is required for a class B item"));
                continue;
            }
            Money expected = Money.roundHalfUp(item.unitPrice().multiply(item.quantity()));
            Money amount = Money.of(item.amount());
            if (!expected.equals(amount)) {
                violations.add(new FieldViolation(at + "amount", amount + " is not unitPrice × quantity = "
                        + expected));
                continue;
            }
            items.add(new Amounts.FeeItem(item.code(), item.name(), item.feeClass(),
                    item.selfPayRatio() == null ? BigDecimal.ZERO : item.selfPayRatio(), item.unitPrice(),
                    item.priceLimit(), item.quantity(), amount));
        }
        return violations.isEmpty() ? Amounts.fromItems(items) : null;
    }
}
