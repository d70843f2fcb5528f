package org.onestop.settlement.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Checks a JSON value against a schema of the contract (OpenAPI 3.1, i.e. JSON Schema 2020-12) for the keywords the
 * contract uses: {@code type} (one or a list, {@code "null"} only where listed), {@code $ref}, {@code oneOf},
 * {@code anyOf}, {@code properties},
 * {@code required}, {@code additionalProperties}, {@code items}, {@code enum}, {@code format} (date, date-time, uuid),
 * lengths, bounds, {@code multipleOf} and {@code pattern}. Answers one line per violation, by JSON path.
 */
final class SchemaCheck {

    private final ContractDocument document;

    SchemaCheck(ContractDocument document) {
        this.document = document;
    }

    List<String> violations(JsonNode value, JsonNode schema) {
        List<String> violations = new ArrayList<>();
        check("$", value, schema, violations);
        return violations;
    }

    private void check(String path, JsonNode value, JsonNode schemaOrRef, List<String> violations) {
        JsonNode schema = document.resolve(schemaOrRef);
        if (schema.isMissingNode() || schema.isEmpty()) {
            return;
        }
        for (String keyword : List.of("oneOf", "anyOf")) {
            if (schema.has(keyword)) {
                int matching = 0;
                for (JsonNode branch : schema.get(keyword)) {
                    matching += violations(value, branch).isEmpty() ? 1 : 0;
                }
                if (keyword.equals("oneOf") ? matching != 1 : matching == 0) {
                    violations.add(path + ": " + value + " matches " + matching + " of the " + keyword + " branches");
                }
                return;
            }
        }
        Set<String> types = types(schema);
        if (!types.isEmpty() && !types.contains(typeOf(value))
                && !(types.contains("number") && typeOf(value).equals("integer"))) {
            violations.add(path + ": " + typeOf(value) + " where the contract says " + types);
            return;
        }
        if (schema.has("enum") && !value.isNull() && !contains(schema.get("enum"), value)) {
            violations.add(path + ": " + value + " is not one of " + schema.get("enum"));
        }
        if (value.isObject()) {
            checkObject(path, value, schema, violations);
        } else if (value.isArray() && schema.has("items")) {
            int i = 0;
            for (JsonNode item : value) {
                check(path + "[" + i++ + "]", item, schema.get("items"), violations);
            }
        } else if (value.isString()) {
            checkString(path, value.asString(), schema, violations);
        } else if (value.isNumber()) {
            checkNumber(path, value.decimalValue(), schema, violations);
        }
    }

    private void checkObject(String path, JsonNode value, JsonNode schema, List<String> violations) {
        for (JsonNode required : schema.path("required")) {
            if (!value.has(required.asString())) {
                violations.add(path + "." + required.asString() + ": required but missing");
            }
        }
        JsonNode properties = schema.path("properties");
        JsonNode additional = schema.path("additionalProperties");
        for (Map.Entry<String, JsonNode> member : value.properties()) {
            String child = path + "." + member.getKey();
            if (properties.has(member.getKey())) {
                check(child, member.getValue(), properties.get(member.getKey()), violations);
            } else if (additional.isObject()) {
                check(child, member.getValue(), additional, violations);
            } else if (additional.isBoolean() && !additional.asBoolean()) {
                violations.add(child + ": not declared");
            } else if (properties.isObject() && additional.isMissingNode()) {
                violations.add(child + ": answered but not in the contract");
            }
        }
    }

    private static void checkString(String path, String text, JsonNode schema, List<String> violations) {
        String format = schema.path("format").asString("");
        try {
            switch (format) {
                case "date" -> LocalDate.parse(text);
                case "date-time" -> OffsetDateTime.parse(text);
                case "uuid" -> UUID.fromString(text);
                default -> {
                }
            }
        } catch (DateTimeParseException | IllegalArgumentException e) {
            violations.add(path + ": \"" + text + "\" is not a " + format);
        }
        int length = text.codePointCount(0, text.length());
        if (schema.has("minLength") && length < schema.get("minLength").asInt()) {
            violations.add(path + ": shorter than " + schema.get("minLength"));
        }
        if (schema.has("maxLength") && length > schema.get("maxLength").asInt()) {
            violations.add(path + ": longer than " + schema.get("maxLength"));
        }
        if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asString()).matcher(text).find()) {
            violations.add(path + ": \"" + text + "\" does not match " + schema.get("pattern"));
        }
    }

    private static void checkNumber(String path, BigDecimal number, JsonNode schema, List<String> violations) {
        if (schema.has("minimum") && number.compareTo(schema.get("minimum").decimalValue()) < 0) {
            violations.add(path + ": " + number + " below the minimum " + schema.get("minimum"));
        }
        if (schema.has("maximum") && number.compareTo(schema.get("maximum").decimalValue()) > 0) {
            violations.add(path + ": " + number + " above the maximum " + schema.get("maximum"));
        }
        if (schema.has("multipleOf")
                && number.remainder(schema.get("multipleOf").decimalValue()).signum() != 0) {
            violations.add(path + ": " + number + " is not a multiple of " + schema.get("multipleOf"));
        }
    }

    static Set<String> types(JsonNode schema) {
        Set<String> types = new HashSet<>();
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asString()));
        } else if (type.isString()) {
            types.add(type.asString());
        }
        return types;
    }

    static String typeOf(JsonNode value) {
        if (value.isNull()) {
            return "null";
        }
        if (value.isObject()) {
            return "object";
        }
        if (value.isArray()) {
            return "array";
        }
        if (value.isBoolean()) {
            return "boolean";
        }
        if (value.isNumber()) {
            return value.isIntegralNumber() || value.decimalValue().stripTrailingZeros().scale() <= 0 ? "integer"
                    : "number";
        }
        return "string";
    }

    private static boolean contains(JsonNode values, JsonNode value) {
        for (JsonNode candidate : values) {
            if (candidate.equals(value) || candidate.asString().equals(value.asString())) {
                return true;
            }
        }
        return false;
    }
}
