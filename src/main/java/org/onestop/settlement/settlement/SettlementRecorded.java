package org.onestop.settlement.settlement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.onestop.settlement.common.EncounterType;
import org.onestop.settlement.common.Money;
import org.onestop.settlement.common.RegionCode;

/**
 * Published inside the transaction that stores a settlement (or any later kind of settlement, e.g. a supplement),
 * for listeners that must act in the same transaction (synchronous {@code @EventListener}): who, which region and
 * ledger year, which encounter, and what the insurance stages and all stages left the person to pay.
 *
 * @param kind             {@code SETTLEMENT}, or the kind of a later settlement that publishes it
 * @param insurancePay     what basic and major-illness insurance paid
 * @param personalPay      what the person pays after every stage
 */
public record SettlementRecorded(UUID settlementId, String kind, String personId, RegionCode region, int year,
                                 EncounterType encounterType, LocalDate dischargeDate, Money total,
                                 Money insurancePay, Money personalPay, Instant recordedAt) {

    public static final String SETTLEMENT = "SETTLEMENT";

    /** What the person pays after basic and major-illness insurance, before assistance. */
    public Money afterInsurance() {
        return total.minus(insurancePay);
    }
}
