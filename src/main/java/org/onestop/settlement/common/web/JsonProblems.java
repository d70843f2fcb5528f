package org.onestop.settlement.common.web;

import java.util.List;
import java.util.Optional;

import org.onestop.settlement.common.FieldViolation;
import org.springframework.http.converter.HttpMessageNotReadableException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Says what is wrong with a body Jackson could not read, in a client's words: the field and the rule it breaks, or
 * the line and column of bad syntax. Never quotes a Java type.
 */
final class JsonProblems {

    private JsonProblems() {
    }

    /** The field a databinding failure is about, with the rule it breaks; empty for syntax errors. */
    static Optional<FieldViolation> violationOf(HttpMessageNotReadableException ex) {
        JacksonException jackson = findCause(ex, JacksonException.class);
        if (jackson == null || jackson instanceof StreamReadException) {
            return Optional.empty();
        }
        String field = TextRules.printable(jackson.getPath().isEmpty() ? "body" : fieldOf(jackson.getPath()));
        if (jackson instanceof UnrecognizedPropertyException unknown) {
            List<String> known = unknown.getKnownPropertyIds() == null ? List.of()
                    : unknown.getKnownPropertyIds().stream().map(String::valueOf).toList();
            return Optional.of(new FieldViolation(field, "is not a known field; nearest known field is '"
                    + StrictJsonBodyAdvice.nearest(unknown.getPropertyName(), known) + "'"));
        }
        Class<?> target = jackson instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        return Optional.of(new FieldViolation(field, JsonValueMessages.expected(target)));
    }

    /** The detail of a body that is not JSON at all: where the syntax broke. */
    static String describeUnreadable(HttpMessageNotReadableException ex) {
        JacksonException jackson = findCause(ex, JacksonException.class);
        if (jackson == null) {
            String message = ex.getMessage();
            if (message != null && message.startsWith("Required request body is missing")) {
                return "Required request body is missing.";
            }
            return "The request body could not be read as JSON.";
        }
        TokenStreamLocation location = jackson.getLocation();
        StringBuilder detail = new StringBuilder("Malformed JSON");
        if (location != null && location.getLineNr() > 0) {
            detail.append(" at line ").append(location.getLineNr()).append(", column ").append(location.getColumnNr());
        }
        return detail.append(": ").append(TextRules.printable(firstLine(jackson.getOriginalMessage()))).toString();
    }

    /** A Jackson path as the API names fields: {@code items[2].amount}. */
    static String fieldOf(List<JacksonException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            if (reference.getPropertyName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "unreadable value";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).trim();
    }

    static <T extends Throwable> T findCause(Throwable ex, Class<T> type) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }
}
