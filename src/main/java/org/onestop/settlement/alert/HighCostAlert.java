package org.onestop.settlement.alert;

import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.onestop.settlement.common.RegionCode;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A high-cost alert as the office sees it: whose, which rule with its article, the amount that exceeded the
 * threshold (with the working), the settlement that raised it, and its handling.
 */
public record HighCostAlert(
        UUID alertId,
        String personId,
        RegionCode region,
        int year,
        @Schema(description = "the rule code of the policy data, e.g. MONITORED_STAY") String rule,
        String citation,
        @Schema(description = "the amount compared: one stay's, or the year's accumulated burden") BigDecimal amount,
        BigDecimal threshold,
        @Schema(description = "the comparison with its numbers") String working,
        @Schema(description = "whether a figure of the rule is an illustrative default") boolean illustrative,
        String policyVersion,
        UUID settlementId,
        Instant raisedAt,
        Status status,
        @Nullable Instant acknowledgedAt,
        @Nullable String acknowledgedBy,
        @Nullable String note,
        @Schema(description = "the reversed settlement that withdrew the alert (a reversal is identified by the "
                + "settlement it reverses)") @Nullable UUID withdrawnBy,
        @Nullable Instant withdrawnAt) {

    /** OPEN when raised; ACKNOWLEDGED once the office handled it; WITHDRAWN when its settlement was reversed. */
    public enum Status { OPEN, ACKNOWLEDGED, WITHDRAWN }
}
