package org.onestop.settlement.common.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * What a JSON value must look like, in a client's words rather than Java's: "must be a date yyyy-MM-dd", "must be
 * one of INPATIENT, OUTPATIENT". Never names a Java type.
 */
final class JsonValueMessages {

    private JsonValueMessages() {
    }

    /** The rule a value for {@code type} breaks when it cannot be read as one. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "has a value of the wrong JSON type";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type == LocalDate.class) {
            return "must be a date yyyy-MM-dd";
        }
        if (type == OffsetDateTime.class || type == java.time.Instant.class) {
            return "must be a date-time such as 2024-03-10T08:00:00Z";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false (a JSON boolean)";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "must be a whole number (a JSON number without fraction or quotes)";
        }
        if (type == BigDecimal.class) {
            return "must be a decimal number such as 12.30 (a JSON number, without quotes or exponent)";
        }
        if (type == String.class) {
            return "must be a string";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be an array";
        }
        return "must be an object";
    }
}
