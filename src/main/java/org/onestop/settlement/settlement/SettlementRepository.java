package org.onestop.settlement.settlement;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.onestop.settlement.common.RegionCode;
import org.springframework.data.jpa.repository.JpaRepository;

/** Settlements by id, by idempotency key, and by person and year. */
interface SettlementRepository extends JpaRepository<SettlementRecord, UUID> {

    /** The settlement in force under a key (a reversed one frees its key). */
    Optional<SettlementRecord> findByHospitalCodeAndEncounterNoAndStatus(String hospitalCode, String encounterNo,
                                                                       SettlementResponse.Status status);

    List<SettlementRecord> findByPersonIdAndLedgerYearOrderBySettledAt(String personId, int ledgerYear);

    List<SettlementRecord> findByPersonIdOrderBySettledAt(String personId);

    /** The person-year a settlement belongs to, read without loading the settlement. */
    Optional<LedgerKeyView> findLedgerKeyBySettlementId(UUID settlementId);

    /** Projection: whose ledger, which region and year, and which hospital settled. */
    interface LedgerKeyView {
        String getHospitalCode();

        String getPersonId();

        RegionCode getRegion();

        int getLedgerYear();
    }
}
