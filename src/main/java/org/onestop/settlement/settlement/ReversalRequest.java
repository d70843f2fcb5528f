package org.onestop.settlement.settlement;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Why a settlement is reversed (冲正/退费) and who reverses it; kept with the settlement and shown in its answer.
 */
@Schema(description = "Why and by whom a settlement is reversed")
public record ReversalRequest(
        @Schema(description = "why, e.g. 退费：患者转院 or the platform's 2305 message id", example = "退费：费用明细录入错误")
        @NotBlank @Size(max = MAX_REASON) String reason,
        @Schema(description = "the operator at the HIS who reverses", example = "收费员 张三")
        @Size(max = MAX_OPERATOR) String operator) {

    /** Longest reason kept (the column's length). */
    public static final int MAX_REASON = 500;
    /** Longest operator name kept. */
    public static final int MAX_OPERATOR = 64;
}
