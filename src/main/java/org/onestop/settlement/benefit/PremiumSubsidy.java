package org.onestop.settlement.benefit;

import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.onestop.settlement.common.IdentityCategory;
import org.onestop.settlement.common.RegionCode;
import org.onestop.settlement.policy.SideRules;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Who pays what of one person's resident premium for a year (资助参保): the subsidy tier of the identity held on
 * 1 January, and one line per payer with its working and citation.
 */
public record PremiumSubsidy(
        String personId,
        RegionCode region,
        int year,
        @Schema(description = "the day whose identities decide: 1 January of the year") LocalDate identityDate,
        String policyVersion,
        BigDecimal premium,
        @Schema(description = "whether an identity gives a subsidy") boolean subsidised,
        @Nullable @Schema(description = "the subsidy tier of the policy data, or null") String tier,
        @Nullable @Schema(description = "the identity that gave it, or null") IdentityCategory identity,
        @Nullable String citation,
        @Schema(description = "one line per payer: ASSISTANCE_FUND, GOVERNMENT, PERSON") List<Line> lines) {

    /** One payer's share with its working. */
    public record Line(SideRules.Payer payer, BigDecimal amount, String working, @Nullable String citation,
                       boolean illustrative) {
    }

    /** The amount this payer pays. */
    public BigDecimal paidBy(SideRules.Payer payer) {
        return lines.stream().filter(l -> l.payer() == payer).map(Line::amount).findFirst().orElse(BigDecimal.ZERO);
    }
}
