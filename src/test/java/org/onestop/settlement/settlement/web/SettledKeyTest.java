package org.onestop.settlement.settlement.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

/** Only a violation of the settled-key index is taken for a concurrent twin; other integrity errors are not. */
class SettledKeyTest {

    @Test
    void aViolationOfTheSettledKeyIndexIsALostRace() {
        var violation = new DataIntegrityViolationException("insert", new SQLException(
                "ERROR: duplicate key value violates unique constraint \"settlement_encounter_settled\"", "23505"));

        assertThat(SettlementController.takesASettledKey(violation)).isTrue();
    }

    @Test
    void anyOtherIntegrityErrorIsNotALostRace() {
        var otherUnique = new DataIntegrityViolationException("insert", new SQLException(
                "ERROR: duplicate key value violates unique constraint \"settlement_pkey\"", "23505"));
        var foreignKey = new DataIntegrityViolationException("insert", new SQLException(
                "ERROR: insert or update on table \"settlement\" violates foreign key constraint", "23503"));

        assertThat(SettlementController.takesASettledKey(otherUnique)).isFalse();
        assertThat(SettlementController.takesASettledKey(foreignKey)).isFalse();
    }
}
