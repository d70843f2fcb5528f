package org.onestop.settlement.simulation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.onestop.settlement.calculation.Identity;
import org.onestop.settlement.calculation.Patient;
import org.onestop.settlement.calculation.StagePayments;
import org.onestop.settlement.ledger.LedgerBalances;

/**
 * One person as a simulation reads them: who they are now (as the engine sees them), every identity they hold or
 * held, when their record and identities last changed, their opening balances per year, and their settlements of the
 * simulated years up to the window's end, in discharge order (those without a discharge date first).
 */
record PersonHistory(String personId, Patient patient, boolean rural, List<Identity> identities, Instant updatedAt,
                     Instant identitiesChangedAt, Map<Integer, LedgerBalances> openings,
                     List<StoredSettlement> settlements) {

    /** The year's opening balances (OPENING entries), empty when none were recorded. */
    LedgerBalances opening(int year) {
        return openings.getOrDefault(year, LedgerBalances.EMPTY);
    }

    /**
     * A stored settlement: its kind, whether it was reversed and when, the claim it was made from (null before
     * V14), its discharge date (null before V14) and ledger year, when it was settled, and what each stage paid.
     */
    record StoredSettlement(UUID settlementId, String kind, boolean reversed, String claim, LocalDate dischargeDate,
                            int year, Instant settledAt, Instant reversedAt, StagePayments stored) {
    }
}
