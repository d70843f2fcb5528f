package org.onestop.settlement.settlement;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SHA-256 of a request's canonical form (keys sorted, numbers without trailing zeros, nulls dropped), so that a
 * retry of the same claim is recognised whatever the HIS's JSON formatting, and a different claim under the same key
 * is not.
 */
final class RequestFingerprint {

    private RequestFingerprint() {
    }

    static String of(Object request, JsonMapper json) {
        StringBuilder canonical = new StringBuilder();
        write(json.valueToTree(request), canonical);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            out.append('{');
            for (String key : new TreeSet<>(node.propertyNames())) {
                JsonNode value = node.get(key);
                if (!value.isNull()) {
                    out.append('"').append(key).append("\":");
                    write(value, out);
                    out.append(',');
                }
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            node.values().forEach(v -> {
                write(v, out);
                out.append(',');
            });
            out.append(']');
        } else if (node.isNumber()) {
            out.append(node.decimalValue().stripTrailingZeros().toPlainString());
        } else {
            out.append(node.toString());
        }
    }
}
