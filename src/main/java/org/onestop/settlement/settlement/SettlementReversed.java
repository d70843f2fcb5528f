package org.onestop.settlement.settlement;

import java.time.Instant;
import java.util.UUID;

import org.onestop.settlement.common.RegionCode;

/**
 * Published inside the transaction that reverses a settlement (冲正), once: a repeated reversal publishes nothing. A
 * reversal has no id of its own; it is identified by the settlement it reverses.
 */
public record SettlementReversed(UUID settlementId, String personId, RegionCode region, int year,
                                 Instant reversedAt) {
}
