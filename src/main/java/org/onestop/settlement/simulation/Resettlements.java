package org.onestop.settlement.simulation;

import java.util.Map;
import java.util.Optional;

import org.onestop.settlement.calculation.CalculationResult;
import org.onestop.settlement.calculation.Encounter;
import org.onestop.settlement.calculation.SettlementEngine;
import org.onestop.settlement.ledger.LedgerBalances;
import org.onestop.settlement.policy.PolicyVersion;
import org.onestop.settlement.settlement.StoredClaims;
import org.springframework.stereotype.Component;

/**
 * How each kind of settlement is settled again: the one place that says so. A settlement at discharge
 * ({@code DISCHARGE}) goes through the unchanged engine, all four stages, from its stored claim. Any other kind (a
 * supplement or after-care settlement touching stages 3 and 4) is not settled again yet: the simulation counts it as
 * {@code KIND_NOT_SIMULATED} with its kind and says so in the result, rather than dropping it.
 */
@Component
class Resettlements {

    private final SettlementEngine engine = new SettlementEngine();
    private final Map<String, Resettlement> byKind;

    Resettlements(StoredClaims claims) {
        this.byKind = Map.of(StoredClaims.DISCHARGE, (claim, person) -> {
            Encounter encounter = claims.encounterOf(claim);
            return new Replay(encounter, (policy, ledger) ->
                    engine.settle(policy, person.patient(), person.identities(), encounter, ledger));
        });
    }

    /** How a kind is settled again, or empty for a kind that is not. */
    Optional<Resettlement> of(String kind) {
        return Optional.ofNullable(byKind.get(kind));
    }

    /** Reads a stored claim of one kind, once, into what both runs settle. */
    @FunctionalInterface
    interface Resettlement {

        /** @throws IllegalArgumentException when the stored claim cannot be read */
        Replay prepare(String claim, PersonHistory person);
    }

    /** A claim read for settling again: its encounter, and the settlement under a policy and a ledger. */
    record Replay(Encounter encounter, Settle settle) {

        CalculationResult under(PolicyVersion policy, LedgerBalances ledger) {
            return settle.under(policy, ledger);
        }
    }

    @FunctionalInterface
    interface Settle {
        CalculationResult under(PolicyVersion policy, LedgerBalances ledger);
    }
}
