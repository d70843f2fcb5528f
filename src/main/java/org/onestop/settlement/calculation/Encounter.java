package org.onestop.settlement.calculation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.onestop.settlement.common.CareLocation;
import org.onestop.settlement.common.EncounterType;

/**
 * One encounter (一次就诊) as the engine sees it. For an outpatient visit the admission and discharge dates are the
 * visit date. {@code majorDiseaseCode} is the disease the hospital names explicitly (病种编码), a catalogue code or an
 * ICD-10 code, or null.
 */
public record Encounter(EncounterType type, int hospitalLevel, boolean designated, boolean emergency,
                        boolean referral, CareLocation careLocation, LocalDate admissionDate,
                        LocalDate dischargeDate, List<String> diagnoses, String majorDiseaseCode,
                        boolean specialDrug, Amounts amounts) {

    /** The ledger year: the calendar year of the discharge date (003 三(二)2(1), applied everywhere). */
    public int ledgerYear() {
        return dischargeDate.getYear();
    }

    /** The codes that may name a major disease: the diagnoses, then the explicit disease code. */
    public List<String> diseaseCodes() {
        List<String> codes = new ArrayList<>(diagnoses);
        if (majorDiseaseCode != null && !majorDiseaseCode.isBlank()) {
            codes.add(majorDiseaseCode);
        }
        return codes;
    }
}
