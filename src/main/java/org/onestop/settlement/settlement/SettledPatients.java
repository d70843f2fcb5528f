package org.onestop.settlement.settlement;

import java.util.Optional;

import org.onestop.settlement.common.HospitalCode;
import org.onestop.settlement.common.PersonId;
import org.onestop.settlement.common.RegionCode;
import org.onestop.settlement.security.PatientAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A hospital's patients, for the access rules: the persons it has a discharge settlement for that is not reversed. A
 * reversed settlement gives no lasting access, so settling a token claim and reversing it does not open a person's
 * data; nor does a supplement or an after-care claim the office made under the hospital's code. An office's persons
 * are those insured in its region.
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
                               WHERE person_id = ? AND hospital_code = ? AND status = 'SETTLED'
                                 AND kind = 'DISCHARGE')""")
                .params(person.value(), hospital.value()).query(Boolean.class).single();
    }

    @Override
    public Optional<RegionCode> regionOf(PersonId person) {
        return jdbc.sql("SELECT region FROM person WHERE person_id = ?").param(person.value())
                .query(String.class).optional().map(RegionCode::valueOf);
    }
}
