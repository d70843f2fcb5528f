package org.onestop.settlement.simulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.onestop.settlement.calculation.CalculationResult;
import org.onestop.settlement.calculation.Identity;
import org.onestop.settlement.common.IdentityCategory;
import org.onestop.settlement.ledger.LedgerBalances;
import org.onestop.settlement.policy.PolicyVersion;

/**
 * Settles one person's past settlements again, in discharge order, twice: under the policy as it was and under the
 * changed one, each run on its own ledger per year kept in memory, starting from the year's opening balances. The
 * settlements of the window's first year discharged before the window are replayed too, so that deductibles,
 * thresholds and caps already used are in the ledgers, but only those in the window are counted. Reversed
 * settlements are left out (a reversal takes a settlement's deltas back); a settlement of a kind that is not
 * settled again is counted with its reason. Nothing is written, and nothing of one person is kept once the outcome
 * is added up, so persons may be replayed on several threads.
 */
final class PersonReplay {

    private final Resettlements kinds;
    private final RunPolicies policies;
    private final LocalDate from;

    PersonReplay(Resettlements kinds, RunPolicies policies, LocalDate from) {
        this.kinds = kinds;
        this.policies = policies;
        this.from = from;
    }

    /** Replays the person; thread-safe (nothing is shared but the immutable policies and the stateless engine). */
    PersonOutcome replay(PersonHistory person) {
        Map<Integer, LedgerBalances> baselineLedgers = new HashMap<>();
        Map<Integer, LedgerBalances> patchedLedgers = new HashMap<>();
        List<PersonOutcome.Settled> settled = new ArrayList<>();
        List<PersonOutcome.NotSimulated> skipped = new ArrayList<>();
        Set<UUID> replayed = new HashSet<>();
        AlertTally.PersonAlerts baselineAlerts = new AlertTally.PersonAlerts();
        AlertTally.PersonAlerts patchedAlerts = new AlertTally.PersonAlerts();
        for (PersonHistory.StoredSettlement s : person.settlements()) {
            if (s.reversed() || s.dischargeDate() == null) {
                continue; // reversed: left out; no discharge date (before V14): counted for the window's years
            }
            boolean inWindow = !s.dischargeDate().isBefore(from);
            Optional<Resettlements.Resettlement> how = kinds.of(s.kind());
            Optional<PolicyVersion> policy = policies.baseline(s.dischargeDate());
            String reason = how.isEmpty() ? "KIND_NOT_SIMULATED" : s.claim() == null ? "NO_STORED_CLAIM"
                    : policy.isEmpty() ? "NO_POLICY_IN_FORCE" : null;
            Resettlements.Replay replay = null;
            if (reason == null) {
                try {
                    replay = how.get().prepare(s.claim(), person);
                } catch (IllegalArgumentException unreadable) {
                    reason = "CLAIM_UNREADABLE";
                }
            }
            if (reason != null) {
                if (inWindow) {
                    skipped.add(new PersonOutcome.NotSimulated(s.kind(), reason));
                }
                continue;
            }
            PolicyVersion baseline = policy.get();
            PolicyVersion patched = policies.patched(baseline);
            LedgerBalances baselineLedger = baselineLedgers.computeIfAbsent(s.year(), person::opening);
            LedgerBalances patchedLedger = patchedLedgers.computeIfAbsent(s.year(), person::opening);
            CalculationResult b = replay.under(baseline, baselineLedger);
            CalculationResult p = replay.under(patched, patchedLedger);
            baselineLedgers.put(s.year(), baselineLedger.plus(b.deltas()));
            patchedLedgers.put(s.year(), patchedLedger.plus(p.deltas()));
            replayed.add(s.settlementId());
            Set<IdentityCategory> held = heldOn(person, s.dischargeDate());
            var type = replay.encounter().type();
            var insurance = person.patient().insuranceType();
            baselineAlerts.observe(baseline, held, insurance, person.rural(), type, s.year(), b, inWindow);
            patchedAlerts.observe(patched, held, insurance, person.rural(), type, s.year(), p, inWindow);
            if (inWindow) {
                settled.add(new PersonOutcome.Settled(s, b, p));
            }
        }
        return new PersonOutcome(person, settled, skipped, replayed, baselineAlerts, patchedAlerts);
    }

    /** The categories of the identities valid on the day (both ends inclusive), as the alert rules read them. */
    private static Set<IdentityCategory> heldOn(PersonHistory person, LocalDate day) {
        Set<IdentityCategory> held = EnumSet.noneOf(IdentityCategory.class);
        for (Identity identity : person.identities()) {
            if (!day.isBefore(identity.validFrom()) && (identity.validTo() == null || !day.isAfter(identity.validTo()))) {
                held.add(identity.category());
            }
        }
        return held;
    }
}
