package org.onestop.settlement.common;

import java.util.Objects;

/**
 * One broken rule of a request: the field (JSON path such as {@code amounts.total} or a parameter name) and what is
 * wrong with it, in words a client developer can act on.
 *
 * @param field   the offending field or parameter
 * @param message what is wrong with it
 */
public record FieldViolation(String field, String message) {

    public FieldViolation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
