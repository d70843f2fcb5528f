package org.onestop.settlement.benefit;

import jakarta.annotation.Nullable;
import java.time.LocalDate;

import org.onestop.settlement.common.IdentityCategory;
import org.onestop.settlement.common.RegionCode;

import io.swagger.v3.oas.annotations.media.Schema;

/** Whether a designated hospital of the city waives a person's admission deposit (先诊疗后付费), and why not. */
public record DepositWaiver(
        String personId,
        RegionCode region,
        LocalDate on,
        @Nullable String hospitalCode,
        boolean referral,
        boolean eligible,
        @Schema(description = "the rule applied, in words") String rule,
        String citation,
        @Nullable @Schema(description = "the identity that qualifies, or null") IdentityCategory identity,
        @Nullable @Schema(description = "why not, or null when eligible") String reason,
        @Nullable @Schema(description = "the policy version in force on the day, or null") String policyVersion) {
}
