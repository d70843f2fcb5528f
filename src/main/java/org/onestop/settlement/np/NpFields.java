package org.onestop.settlement.np;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.onestop.settlement.common.Money;

import tools.jackson.databind.JsonNode;

/**
 * Reads one object of platform fields ({@code input.data}, {@code exp_content}, …) as the platform sends them:
 * strings or numbers, money as yuan with at most two decimals, dates as {@code yyyy-MM-dd} optionally followed by a
 * time. Every failure names the field by its full path, e.g. {@code input.data.medfee_sumamt}.
 */
final class NpFields {

    private final JsonNode node;
    private final String path;

    NpFields(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    /** The object at {@code name} inside {@code parent}; missing or not an object fails naming it. */
    static NpFields object(JsonNode parent, String name, String parentPath) {
        String path = parentPath.isEmpty() ? name : parentPath + "." + name;
        JsonNode child = parent == null ? null : parent.get(name);
        if (child == null || !child.isObject()) {
            throw NpFailure.field(path, child == null || child.isNull() ? "is required" : "must be a JSON object");
        }
        return new NpFields(child, path);
    }

    String path(String name) {
        return path + "." + name;
    }

    JsonNode raw(String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value;
    }

    /** A text (a number is taken as its text); null when absent or blank. */
    String optionalText(String name) {
        JsonNode value = raw(name);
        if (value == null) {
            return null;
        }
        if (!value.isString() && !value.isNumber()) {
            throw NpFailure.field(path(name), "must be a string");
        }
        String text = value.isString() ? value.asString().trim() : value.asString();
        return text.isEmpty() ? null : text;
    }

    String text(String name) {
        String text = optionalText(name);
        if (text == null) {
            throw NpFailure.field(path(name), "is required");
        }
        return text;
    }

    /** A text of at most {@code max} characters. */
    String text(String name, int max) {
        String text = text(name);
        if (text.length() > max) {
            throw NpFailure.field(path(name), "is longer than " + max + " characters");
        }
        return text;
    }

    /** Money in yuan: a JSON number or numeric string, not negative, at most two decimals. */
    Money money(String name) {
        String text = text(name);
        BigDecimal amount;
        try {
            amount = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw NpFailure.field(path(name), "'" + text + "' is not an amount");
        }
        if (amount.signum() < 0) {
            throw NpFailure.field(path(name), "must not be negative");
        }
        if (!Money.isExact(amount) || amount.precision() - amount.scale() > 12) {
            throw NpFailure.field(path(name), "'" + text + "' has more than two decimals or twelve digits");
        }
        return Money.of(amount);
    }

    /** A date {@code yyyy-MM-dd}, optionally followed by a time (the platform's datetime), of which the date counts. */
    LocalDate date(String name, boolean required) {
        String text = required ? text(name) : optionalText(name);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw NpFailure.field(path(name), "'" + text + "' is not a date yyyy-MM-dd");
        }
    }

    /** A 0/1 flag; {@code fallback} when absent. */
    boolean flag(String name, boolean fallback) {
        String text = optionalText(name);
        if (text == null) {
            return fallback;
        }
        return switch (text) {
            case "1" -> true;
            case "0" -> false;
            default -> throw NpFailure.field(path(name), "'" + text + "' is not a flag 0 or 1");
        };
    }

    /** A whole number within {@code min..max}. */
    int integer(String name, int min, int max) {
        String text = text(name);
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw NpFailure.field(path(name), "'" + text + "' is not a whole number from " + min + " to " + max);
    }
}
