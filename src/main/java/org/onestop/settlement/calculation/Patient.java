package org.onestop.settlement.calculation;

import java.time.LocalDate;
import java.time.Period;

import org.onestop.settlement.common.InsuranceType;
import org.onestop.settlement.common.Sex;

/** What the engine needs to know of the person: how insured, sex and birth date (for disease conditions). */
public record Patient(InsuranceType insuranceType, Sex sex, LocalDate birthDate) {

    /** Age in whole years on {@code date}. */
    public int ageOn(LocalDate date) {
        return Period.between(birthDate, date).getYears();
    }
}
