package org.onestop.settlement.settlement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.onestop.settlement.common.CareLocation;

/**
 * Which fields of a claim differ from the one a standing settlement was made on, for the 409 answer to a changed
 * claim under the same {@code (hospitalCode, encounterNo)}: the person, and the encounter facts the settlement kept
 * ({@link EncounterFacts}). A claim given as fee lines is compared by the amounts the lines make only once it is taken
 * in, so for it {@code items} is named when nothing else differs.
 */
final class ClaimDifferences {

    private ClaimDifferences() {
    }

    /** @param stored the facts the settlement kept; null for a settlement stored before they were kept */
    static List<String> between(String storedPersonId, EncounterFacts stored, SettlementRequest request) {
        List<String> fields = new ArrayList<>();
        if (!storedPersonId.equals(request.personId())) {
            fields.add("personId");
        }
        if (stored == null) {
            return fields;
        }
        differ(fields, "encounterType", stored.type(), request.encounterType());
        differ(fields, "hospitalLevel", stored.hospitalLevel(), request.hospitalLevel());
        differ(fields, "designated", stored.designated(), request.designated());
        differ(fields, "emergency", stored.emergency(), Boolean.TRUE.equals(request.emergency()));
        differ(fields, "referral", stored.referral(), Boolean.TRUE.equals(request.referral()));
        differ(fields, "careLocation", stored.careLocation(),
                request.careLocation() == null ? CareLocation.LOCAL : request.careLocation());
        differ(fields, "admissionDate", stored.admissionDate(),
                request.admissionDate() == null ? request.dischargeDate() : request.admissionDate());
        differ(fields, "dischargeDate", stored.dischargeDate(), request.dischargeDate());
        differ(fields, "diagnoses", stored.diagnoses(), request.diagnoses() == null ? List.of() : request.diagnoses());
        differ(fields, "majorDiseaseCode", stored.majorDiseaseCode(), request.majorDiseaseCode());
        differ(fields, "specialDrug", stored.specialDrug(), Boolean.TRUE.equals(request.specialDrug()));
        if (request.amounts() != null) {
            amount(fields, "amounts.total", stored.total(), request.amounts().total());
            amount(fields, "amounts.fullyOwnPay", stored.fullyOwnPay(), request.amounts().fullyOwnPay());
            amount(fields, "amounts.overLimit", stored.overLimit(), request.amounts().overLimit());
            amount(fields, "amounts.preSelfPay", stored.preSelfPay(), request.amounts().preSelfPay());
        } else if (fields.isEmpty()) {
            fields.add("items");
        }
        return fields;
    }

    private static void differ(List<String> fields, String field, Object stored, Object requested) {
        if (!Objects.equals(stored, requested)) {
            fields.add(field);
        }
    }

    private static void amount(List<String> fields, String field, BigDecimal stored, BigDecimal requested) {
        if (requested == null || stored.compareTo(requested) != 0) {
            fields.add(field);
        }
    }
}
