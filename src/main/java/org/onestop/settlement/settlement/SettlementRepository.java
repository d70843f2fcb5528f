package org.onestop.settlement.settlement;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.onestop.settlement.common.RegionCode;
import org.springframework.data.jpa.repository.JpaRepository;

/** Settlements by id, by idempotency key, by person and year, and by what they supplement. */
interface SettlementRepository extends JpaRepository<SettlementRecord, UUID> {

    /** The settlement of a kind in force under a key (a reversed one frees its key). */
    Optional<SettlementRecord> findByHospitalCodeAndEncounterNoAndKindAndStatus(String hospitalCode,
                                                                              String encounterNo,
                                                                              SettlementKind kind,
                                                                              SettlementResponse.Status status);

    /** The after-care settlement in force under an office's application number. */
    Optional<SettlementRecord> findByRegionAndApplicationNoAndKindAndStatus(RegionCode region, String applicationNo,
                                                                          SettlementKind kind,
                                                                          SettlementResponse.Status status);

    /** A person's settlements of the given kinds and status that keep the encounter they were assessed on. */
    List<SettlementRecord> findByPersonIdAndStatusAndKindInAndClaimIsNotNull(String personId,
                                                                            SettlementResponse.Status status,
                                                                            List<SettlementKind> kinds);

    /** The supplements of a settlement, oldest first. */
    List<SettlementRecord> findBySupplementOfOrderBySettledAt(UUID supplementOf);

    /** The supplements an approval made, in the discharge order of the encounters they supplement. */
    List<SettlementRecord> findByIdentityIdOrderByDischargeDateAscSettledAtAscSettlementIdAsc(UUID identityId);

    List<SettlementRecord> findByPersonIdAndLedgerYearOrderBySettledAt(String personId, int ledgerYear);

    List<SettlementRecord> findByPersonIdOrderBySettledAt(String personId);

    /** The person-year a settlement belongs to, read without loading the settlement. */
    Optional<LedgerKeyView> findLedgerKeyBySettlementId(UUID settlementId);

    /** Projection: whose ledger, which region and year, which hospital settled, and the kind. */
    interface LedgerKeyView {
        String getHospitalCode();

        SettlementKind getKind();

        String getPersonId();

        RegionCode getRegion();

        int getLedgerYear();
    }
}
