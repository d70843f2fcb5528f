package org.onestop.settlement.np;

import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.JsonNode;

/**
 * The platform's request envelope (定点医药机构接口规范, 输入参数): which transaction ({@code infno}), the message id,
 * the administrative divisions of care and of insurance, the operator and the institution, and the transaction's
 * {@code input}. Field names are the platform's, so an HIS sends what it already sends.
 */
@Schema(description = "The national platform's request envelope; `input` holds the transaction's fields.")
public record NpEnvelope(
        @Schema(description = "transaction number: 2303, 2304, 2305, 5203 or 3201", example = "2304") String infno,
        @Schema(description = "message id, echoed as inf_refmsgid", example = "H37030001202403101200000001")
        String msgid,
        @Schema(description = "division of the place of care (就医地医保区划)", example = "370302") String mdtrtarea_admvs,
        @Schema(description = "division of the insured place (参保地医保区划)", example = "370300") String insuplc_admdvs,
        String recer_sys_code,
        String dev_no,
        String dev_safe_info,
        String cainfo,
        String signtype,
        @Schema(example = "V1.0") String infver,
        String opter_type,
        String opter,
        String opter_name,
        @Schema(example = "2024-03-10 12:00:00") String inf_time,
        @Schema(description = "the institution's code; must be the calling hospital client's own", example = "H37030001")
        String fixmedins_code,
        String fixmedins_name,
        String sign_no,
        @Schema(description = "the transaction's input, e.g. {\"data\": {…}}", type = "object",
                implementation = Object.class) JsonNode input) {

    /** The envelope of a parsed body; text fields may be absent (null), {@code input} too. */
    static NpEnvelope of(JsonNode root) {
        return new NpEnvelope(text(root, "infno"), text(root, "msgid"), text(root, "mdtrtarea_admvs"),
                text(root, "insuplc_admdvs"), text(root, "recer_sys_code"), text(root, "dev_no"),
                text(root, "dev_safe_info"), text(root, "cainfo"), text(root, "signtype"), text(root, "infver"),
                text(root, "opter_type"), text(root, "opter"), text(root, "opter_name"), text(root, "inf_time"),
                text(root, "fixmedins_code"), text(root, "fixmedins_name"), text(root, "sign_no"), root.get("input"));
    }

    private static String text(JsonNode root, String name) {
        JsonNode value = root.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString() && !value.isNumber()) {
            throw NpFailure.field(name, "must be a string");
        }
        String text = value.asString().trim();
        return text.isEmpty() ? null : text;
    }
}
