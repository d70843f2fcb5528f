package org.onestop.settlement.benefit;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.onestop.settlement.common.RegionCode;

import io.swagger.v3.oas.annotations.media.Schema;

/** One person's yearly outpatient cash grant (普通疾病门诊救助, 003 三(二)2(2)), as computed and stored once. */
public record OutpatientGrant(
        UUID grantId,
        RegionCode region,
        int year,
        String personId,
        BigDecimal amount,
        @Schema(description = "the highest of the amounts the person qualifies for: CLASS_A, ELDERLY or DISABILITY")
        Basis basis,
        @Schema(description = "every amount considered, and the highest") String working,
        String citation,
        String policyVersion,
        Instant computedAt) {

    /** Which of the three amounts was paid. */
    public enum Basis { CLASS_A, ELDERLY, DISABILITY }
}
