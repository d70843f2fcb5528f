package org.onestop.settlement.settlement;

import jakarta.validation.constraints.NotBlank;

/**
 * A claim to settle. Placeholder: carries only what the placeholder endpoint validates.
 *
 * @param hospitalCode the treating institution's code in the national medical-insurance catalogue (定点医药机构编码)
 */
public record SettlementRequest(@NotBlank String hospitalCode) {
}
