package org.onestop.settlement.settlement;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An after-care assistance claim (医后救助, 001 第十五条, 002 二(五)) the assistance office enters after treatment:
 * its application number, the encounter as a settlement request gives it (its {@code hospitalCode} is the
 * institution's code), the institution's name, and what basic and major-illness insurance already paid according to
 * the receipt. Money is read exactly.
 */
@Schema(description = "An after-care assistance claim: the encounter and the insurance receipt")
public record AssistanceClaimRequest(
        @NotBlank @Size(max = 64) @Schema(description = "the office's application number (受理编号); with the "
                + "office's region the claim's idempotency key", example = "LZYHJZ-2024-0031") String applicationNo,
        @NotBlank @Size(max = 200) @Schema(description = "the institution where care took place",
                example = "天水市第一人民医院") String institutionName,
        @NotNull @Valid @Schema(description = "the encounter as in a settlement request; hospitalCode is the "
                + "institution's code") SettlementRequest encounter,
        @NotNull @Valid InsurancePaid insurancePaid) {

    /** What the insurance stages paid, from the receipt, and who settled them under which number. */
    @Schema(name = "ReceiptInsurancePaid")
    public record InsurancePaid(
            @NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2)
            @Schema(description = "basic insurance paid", example = "20000.00") BigDecimal basic,
            @NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2)
            @Schema(description = "major-illness insurance paid", example = "0.00") BigDecimal majorIllness,
            @NotBlank @Size(max = 100) @Schema(description = "who settled the insurance stages",
                    example = "天水市医疗保障事务中心") String settledBy,
            @NotBlank @Size(max = 64) @Schema(description = "the insurance settlement's number on the receipt",
                    example = "TS2024050012") String settlementRef) {
    }
}
