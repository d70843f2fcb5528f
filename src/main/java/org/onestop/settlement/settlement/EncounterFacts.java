package org.onestop.settlement.settlement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.onestop.settlement.calculation.Amounts;
import org.onestop.settlement.calculation.Encounter;
import org.onestop.settlement.common.CareLocation;
import org.onestop.settlement.common.EncounterType;
import org.onestop.settlement.common.Money;

/**
 * The encounter a settlement was assessed on, kept with it (column {@code claim}, JSON) so that a later approval on
 * application can assess it again (retroactive supplements): the engine's {@link Encounter}, amounts included.
 */
record EncounterFacts(EncounterType type, int hospitalLevel, boolean designated, boolean emergency, boolean referral,
                      CareLocation careLocation, LocalDate admissionDate, LocalDate dischargeDate,
                      List<String> diagnoses, String majorDiseaseCode, boolean specialDrug, BigDecimal total,
                      BigDecimal fullyOwnPay, BigDecimal overLimit, BigDecimal preSelfPay) {

    static EncounterFacts of(Encounter e) {
        Amounts a = e.amounts();
        return new EncounterFacts(e.type(), e.hospitalLevel(), e.designated(), e.emergency(), e.referral(),
                e.careLocation(), e.admissionDate(), e.dischargeDate(), e.diagnoses(), e.majorDiseaseCode(),
                e.specialDrug(), a.total().amount(), a.fullyOwnPay().amount(), a.overLimit().amount(),
                a.preSelfPay().amount());
    }

    Encounter encounter() {
        return new Encounter(type, hospitalLevel, designated, emergency, referral, careLocation, admissionDate,
                dischargeDate, diagnoses, majorDiseaseCode, specialDrug, new Amounts(Money.of(total),
                Money.of(fullyOwnPay), Money.of(overLimit), Money.of(preSelfPay)));
    }
}
