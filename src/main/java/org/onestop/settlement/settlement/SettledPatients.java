package org.onestop.settlement.settlement;

import org.onestop.settlement.common.HospitalCode;
import org.onestop.settlement.common.PersonId;
import org.onestop.settlement.security.PatientAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A hospital's patients, for the access rules: the persons it has settlements for, in any status. */
@Component
class SettledPatients implements PatientAccess {

    private final JdbcClient jdbc;

    SettledPatients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean hasSettledFor(HospitalCode hospital, PersonId person) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM settlement WHERE person_id = ? AND hospital_code = ?)")
                .params(person.value(), hospital.value()).query(Boolean.class).single();
    }
}
