package org.onestop.settlement.np;

import jakarta.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The platform's answer envelope (输出参数): {@code infcode} 0 for success, -1 for failure with {@code err_msg};
 * {@code inf_refmsgid} echoes the request's {@code msgid}; times are {@code yyyy-MM-dd HH:mm:ss} in the service's
 * zone. Always HTTP 200, as the platform answers.
 */
@Schema(description = "The national platform's answer envelope.")
public record NpReply(
        @Schema(description = "0 success, -1 failure", example = "0") int infcode,
        @Nullable @Schema(description = "the request's msgid; null when the request had none") String inf_refmsgid,
        @Schema(description = "when the request was received", example = "2024-03-10 12:00:01") String refmsg_time,
        @Schema(description = "when the answer was made", example = "2024-03-10 12:00:01") String respond_time,
        @Nullable @Schema(description = "why the transaction failed; null on success") String err_msg,
        @Nullable @Schema(description = "a warning on success, e.g. the personal account was not used")
        String warn_msg,
        @Nullable @Schema(description = "the transaction's output; null on failure", types = {"object", "null"})
        Object output) {
}
