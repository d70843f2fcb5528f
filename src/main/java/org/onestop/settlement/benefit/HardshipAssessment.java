package org.onestop.settlement.benefit;

import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.onestop.settlement.common.RegionCode;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The result of Wuhai's other-hardship test (003 三(一)3): the income test for ordinary and for major-disease
 * assistance, the expense test, and whether each kind of assistance passes both; with the working.
 */
public record HardshipAssessment(
        @Nullable @Schema(description = "set when the assessment was stored (record: true)") UUID assessmentId,
        RegionCode region,
        @Nullable String personId,
        LocalDate on,
        String policyVersion,
        String citation,
        @Schema(description = "the city's monthly minimum wage used") BigDecimal minimumWage,
        boolean minimumWageIllustrative,
        @Schema(description = "members' monthly incomes, a member without fixed income at the minimum wage")
        BigDecimal familyMonthlyIncome,
        BigDecimal monthlyIncomePerHead,
        Test ordinaryIncome,
        Test majorIncome,
        Test expense,
        @Schema(description = "income test (ordinary) and expense test both pass") boolean ordinaryAssistance,
        @Schema(description = "income test (major disease) and expense test both pass") boolean majorAssistance) {

    /** One test: the amount compared, its limit, whether it passes, and the comparison with its numbers. */
    public record Test(BigDecimal amount, BigDecimal limit, boolean passes, String working) {
    }
}
