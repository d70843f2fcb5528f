package org.onestop.settlement.settlement;

import org.onestop.settlement.common.HospitalCode;
import org.onestop.settlement.common.PersonId;
import org.onestop.settlement.security.PatientAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A hospital's patients, for the access rules: the persons it has a settlement for that is not reversed. A reversed
 * settlement gives no lasting access, so settling a token claim and reversing it does not open a person's data.
 */
@Component
class SettledPatients implements PatientAccess {

    private final JdbcClient jdbc;

    SettledPatients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean hasSettledFor(HospitalCode hospital, PersonId person) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM settlement
                               WHERE person_id = ? AND hospital_code = ? AND status = 'SETTLED')""")
                .params(person.value(), hospital.value()).query(Boolean.class).single();
    }
}
