package org.onestop.settlement.benefit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A family for Wuhai's other-hardship test (003 三(一)3): its members' monthly incomes (null for a member without
 * fixed income) and the policy-scope inpatient burden after insurance of the last 12 months.
 */
public record HardshipRequest(
        @Schema(description = "the applicant, if registered; stored with the assessment", example = "P-1001")
        @Size(max = 64) String personId,
        @Schema(description = "the day of the assessment; its policy's minimum wage applies", example = "2024-06-01")
        @NotNull LocalDate on,
        @Schema(description = "the family members (夫妻双方和共同生活子女)") @NotEmpty @Size(max = 30)
        List<@Valid @NotNull Member> members,
        @Schema(description = "policy-scope inpatient burden after insurance, last 12 months", example = "20000.00")
        @NotNull @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal medicalExpenses,
        @Schema(description = "store the assessment and answer its id (default false)") Boolean record) {

    /** One member; {@code monthlyIncome} null means no fixed income, counted at the minimum wage. */
    public record Member(
            @Schema(example = "1500.00") @PositiveOrZero @Digits(integer = 12, fraction = 2)
            BigDecimal monthlyIncome) {
    }
}
