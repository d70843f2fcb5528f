package org.onestop.settlement.policy;

import java.math.BigDecimal;

/**
 * One changed parameter of a region's policy data: the path of a leaf as the policy files and
 * {@code GET /api/v1/policies/{region}} name it (keys joined by {@code .}, list items as {@code [n]}, e.g.
 * {@code assistance.schemes[0].programs[0].rate}), and its new value: a {@link BigDecimal}, a {@link Boolean}, a
 * {@link String}, or null where the data allows none (e.g. a tilt without cap).
 */
public record PolicyChange(String path, Object value) {

    public PolicyChange {
        if (value != null && !(value instanceof BigDecimal || value instanceof Boolean || value instanceof String)) {
            throw new IllegalArgumentException("a policy value is a decimal, a boolean, a string or null, not "
                    + value.getClass().getSimpleName());
        }
    }
}
