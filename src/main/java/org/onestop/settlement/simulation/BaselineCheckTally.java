package org.onestop.settlement.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.onestop.settlement.calculation.StagePayments;
import org.onestop.settlement.common.Money;

/**
 * The proof a simulation can be trusted: each settlement of the window settled again under the policy as it was is
 * compared, stage by stage and to the cent, with what was stored. A settlement that differs is listed with what
 * may explain it, found once the person's whole history has been replayed.
 */
final class BaselineCheckTally {

    private long compared;
    private long reproduced;
    private long notReproduced;
    private final List<SimulationResult.Mismatch> listed = new ArrayList<>();
    private final List<Pending> pending = new ArrayList<>();

    private record Pending(PersonHistory.StoredSettlement settlement, StagePayments baseline) {
    }

    void compare(PersonHistory.StoredSettlement settlement, StagePayments baseline) {
        compared++;
        if (settlement.stored().equals(baseline)) {
            reproduced++;
        } else {
            notReproduced++;
            if (listed.size() + pending.size() < SimulationResult.BaselineCheck.LISTED) {
                pending.add(new Pending(settlement, baseline));
            }
        }
    }

    /**
     * Ends the current person: explains each settlement of theirs that differed.
     *
     * @param replayed the settlements of the person that were settled again
     */
    void endPerson(PersonHistory person, Set<java.util.UUID> replayed) {
        for (Pending p : pending) {
            PersonHistory.StoredSettlement s = p.settlement();
            listed.add(new SimulationResult.Mismatch(s.settlementId(), person.personId(), s.dischargeDate(),
                    view(s.stored()), view(p.baseline()), reasons(person, s, replayed)));
        }
        pending.clear();
    }

    SimulationResult.BaselineCheck view() {
        return new SimulationResult.BaselineCheck(compared, reproduced, notReproduced, List.copyOf(listed));
    }

    /** What differs between the settlement's world then and the replay's. */
    static List<String> reasons(PersonHistory person, PersonHistory.StoredSettlement s, Set<java.util.UUID> replayed) {
        List<String> reasons = new ArrayList<>();
        if (person.identitiesChangedAt() != null && person.identitiesChangedAt().isAfter(s.settledAt())) {
            reasons.add("IDENTITIES_CHANGED");
        }
        if (person.updatedAt() != null && person.updatedAt().isAfter(s.settledAt())) {
            reasons.add("PERSON_CHANGED");
        }
        if (person.settlements().stream().anyMatch(t -> t != s && t.year() == s.year()
                && ledgerDiffered(s, t, replayed.contains(t.settlementId())))) {
            reasons.add("LEDGER_HISTORY");
        }
        return List.copyOf(reasons);
    }

    /**
     * Whether {@code t} made the year's ledger that {@code s} was settled against differ from the replay's: it was
     * in the ledger then and is not in the replay (reversed later, or not settled again), or the replay puts it on
     * the other side of {@code s} (settled out of discharge order, or at the same instant).
     */
    private static boolean ledgerDiffered(PersonHistory.StoredSettlement s, PersonHistory.StoredSettlement t,
                                          boolean tReplayed) {
        if (t.settledAt().equals(s.settledAt())) {
            return true; // settled at the same instant: which came first cannot be told
        }
        boolean before = t.settledAt().isBefore(s.settledAt());
        if (t.reversed()) {
            return before && (t.reversedAt() == null || t.reversedAt().isAfter(s.settledAt()));
        }
        if (!tReplayed) {
            return before;
        }
        boolean replayedBefore = t.dischargeDate().isBefore(s.dischargeDate())
                || (t.dischargeDate().equals(s.dischargeDate()) && before);
        return before != replayedBefore;
    }

    private static SimulationResult.StagePays view(StagePayments p) {
        return new SimulationResult.StagePays(v(p.basic()), v(p.majorIllness()), v(p.assistance()),
                v(p.secondaryTilt()));
    }

    private static java.math.BigDecimal v(Money money) {
        return money.amount();
    }
}
