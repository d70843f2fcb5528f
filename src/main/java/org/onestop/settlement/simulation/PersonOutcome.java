package org.onestop.settlement.simulation;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.onestop.settlement.calculation.CalculationResult;

/**
 * One person replayed: each settlement of theirs in the window with what each run answered, those of the window not
 * settled again and why, every settlement replayed (those before the window too), and their alert lines per run.
 */
record PersonOutcome(PersonHistory person, List<Settled> settled, List<NotSimulated> notSimulated,
                     Set<UUID> replayed, AlertTally.PersonAlerts baselineAlerts,
                     AlertTally.PersonAlerts patchedAlerts) {

    /** A settlement of the window: as stored, and as each run settled it again. */
    record Settled(PersonHistory.StoredSettlement stored, CalculationResult baseline, CalculationResult patched) {
    }

    record NotSimulated(String kind, String reason) {
    }
}
