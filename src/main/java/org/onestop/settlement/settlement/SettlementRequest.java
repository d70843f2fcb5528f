package org.onestop.settlement.settlement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.onestop.settlement.calculation.Amounts;
import org.onestop.settlement.common.CareLocation;
import org.onestop.settlement.common.EncounterType;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A claim the hospital's HIS posts at discharge (or a visit's end): one encounter, with either the four amounts of
 * policies.md §1 or the fee lines they are derived from. Money is read exactly (never through a double).
 */
@Schema(description = "One encounter to settle: give either `amounts` or `items`.")
public record SettlementRequest(
        @NotBlank @Size(max = 64) @Schema(description = "the institution's code (定点医药机构编码)", example = "H37030001")
        String hospitalCode,
        @NotBlank @Size(max = 64) @Schema(description = "the encounter's number at the hospital", example = "ZY2024030001")
        String encounterNo,
        @NotBlank @Size(max = 64) @Schema(example = "370302198001010011") String personId,
        @NotNull EncounterType encounterType,
        @NotNull @Min(1) @Max(3) @Schema(description = "hospital level 1..3", example = "3") Integer hospitalLevel,
        @NotNull @Schema(description = "whether the institution is designated (定点)") Boolean designated,
        @Schema(description = "emergency treatment (急诊抢救); default false") Boolean emergency,
        @Schema(description = "registered referral (转诊备案); default false") Boolean referral,
        @Schema(description = "where care took place; default LOCAL") CareLocation careLocation,
        @Schema(description = "admission date; outpatient: may be omitted (= dischargeDate)", example = "2024-03-01")
        LocalDate admissionDate,
        @NotNull @Schema(description = "discharge date (outpatient: the visit date); sets the ledger year",
                example = "2024-03-10") LocalDate dischargeDate,
        @Size(max = 50) @Schema(description = "ICD-10 diagnosis codes", example = "[\"K35.8\"]")
        List<@NotBlank @Size(max = 16) String> diagnoses,
        @Size(max = 32) @Schema(description = "the disease the hospital names (病种编码): a catalogue code or ICD-10")
        String majorDiseaseCode,
        @Schema(description = "a prescribed special drug (规定特药); default false") Boolean specialDrug,
        @Valid AmountsRequest amounts,
        @Size(max = 5000) List<@Valid @NotNull FeeItemRequest> items) {

    /** The four amounts in yuan, at most two decimals each. */
    public record AmountsRequest(
            @NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) @Schema(example = "60000.00")
            BigDecimal total,
            @NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) @Schema(example = "5000.00")
            BigDecimal fullyOwnPay,
            @NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) @Schema(example = "0.00")
            BigDecimal overLimit,
            @NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) @Schema(example = "1000.00")
            BigDecimal preSelfPay) {
    }

    /** One fee line; {@code amount} must equal {@code unitPrice × quantity} rounded to 0.01. */
    public record FeeItemRequest(
            @NotBlank @Size(max = 64) String code,
            @NotBlank @Size(max = 200) String name,
            @NotNull Amounts.FeeClass feeClass,
            @DecimalMin("0") @DecimalMax("1") @Schema(description = "class B only: the self-paid share, 0..1")
            BigDecimal selfPayRatio,
            @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 4) BigDecimal unitPrice,
            @DecimalMin("0") @Digits(integer = 12, fraction = 4) @Schema(description = "catalogue price limit")
            BigDecimal priceLimit,
            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 9, fraction = 4)
            BigDecimal quantity,
            @NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal amount) {
    }
}
