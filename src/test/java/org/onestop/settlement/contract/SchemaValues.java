package org.onestop.settlement.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.onestop.settlement.support.JsonHttpClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates request values from the contract's schemas with a seeded {@link Random}: mostly values the schema allows
 * (enums, dates, money with two decimals, ids the test knows to exist), and now and then a hostile one (the wrong
 * JSON type, null, control characters, a lone surrogate, too long, out of range, three decimals), so that both the
 * happy paths and the refusals are exercised.
 */
final class SchemaValues {

    private static final JsonNodeFactory NODES = JsonHttpClient.JSON.getNodeFactory();
    /** Texts no valid field of the API holds. */
    private static final List<String> HOSTILE_TEXTS = List.of("", " ", "\u0000", "\ud800", "a\nb", "%00", "../x",
            "x".repeat(300), "😀", "NaN", "-1", "2024-02-30", "ZIBO ", "'; DROP TABLE person; --");

    private final ContractDocument document;
    private final Random random;
    private final Map<String, List<String>> known;
    private final double hostility;

    /**
     * @param known     values that exist, by field or parameter name (e.g. {@code personId}), used for most values
     *                  of that name so that requests reach past "not found"
     * @param hostility the chance that a value is a hostile one
     */
    SchemaValues(ContractDocument document, Random random, Map<String, List<String>> known, double hostility) {
        this.document = document;
        this.random = random;
        this.known = known;
        this.hostility = hostility;
    }

    /** A value for a field or parameter {@code name} of {@code schema}. */
    JsonNode value(String name, JsonNode schemaOrRef, int depth) {
        JsonNode schema = document.resolve(schemaOrRef);
        if (random.nextDouble() < hostility) {
            return hostile();
        }
        List<String> values = known.get(name);
        if (values != null && random.nextDouble() < 0.8) {
            return NODES.stringNode(values.get(random.nextInt(values.size())));
        }
        if (schema.has("enum")) {
            JsonNode options = schema.get("enum");
            return options.get(random.nextInt(options.size()));
        }
        String type = SchemaCheck.types(schema).stream().filter(t -> !t.equals("null")).findFirst().orElse("object");
        return switch (type) {
            case "string" -> NODES.stringNode(text(schema));
            case "integer" -> NODES.numberNode(integer(schema));
            case "number" -> NODES.numberNode(BigDecimal.valueOf(random.nextInt(20_000_000), 2));
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            case "array" -> array(schema, depth);
            default -> depth > 4 ? NODES.objectNode() : object(schema, depth);
        };
    }

    /** A request body for {@code schema}: an object with its required and some optional members. */
    ObjectNode object(JsonNode schemaOrRef, int depth) {
        JsonNode schema = document.resolve(schemaOrRef);
        ObjectNode object = NODES.objectNode();
        List<String> required = schema.path("required").valueStream().map(JsonNode::asString).toList();
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            boolean wanted = required.contains(property.getKey()) ? random.nextDouble() < 0.97
                    : random.nextDouble() < 0.6;
            if (wanted) {
                object.set(property.getKey(), value(property.getKey(), property.getValue(), depth + 1));
            }
        }
        if (random.nextDouble() < hostility / 4) {
            object.put("unknownMember", "x");
        }
        return object;
    }

    /** Text for a path, query or header parameter. */
    String parameter(String name, JsonNode schema) {
        JsonNode value = value(name, schema, 0);
        return value.isString() ? value.asString() : value.toString();
    }

    private ArrayNode array(JsonNode schema, int depth) {
        ArrayNode array = NODES.arrayNode();
        int size = random.nextInt(4);
        for (int i = 0; i < size; i++) {
            array.add(value("", schema.path("items"), depth + 1));
        }
        return array;
    }

    private String text(JsonNode schema) {
        String format = schema.path("format").asString("");
        return switch (format) {
            case "date" -> LocalDate.of(2023, 1, 1).plusDays(random.nextInt(1200)).toString();
            case "date-time" -> LocalDate.of(2024, 1, 1).plusDays(random.nextInt(700)) + "T08:00:00Z";
            case "uuid" -> UUID.randomUUID().toString();
            default -> schema.has("example") && random.nextBoolean() ? schema.get("example").asString()
                    : "t" + Integer.toString(random.nextInt(1_000_000), 36);
        };
    }

    private long integer(JsonNode schema) {
        long min = schema.has("minimum") ? schema.get("minimum").asLong() : -3;
        long max = schema.has("maximum") ? schema.get("maximum").asLong() : 3000;
        if (max - min > 5000) {
            max = min + 5000;
        }
        return min + (long) random.nextInt((int) (max - min + 1));
    }

    private JsonNode hostile() {
        return switch (random.nextInt(8)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(true);
            case 2 -> NODES.numberNode(new BigDecimal("12.345"));
            case 3 -> NODES.numberNode(-1);
            case 4 -> NODES.numberNode(new BigDecimal("1E+20"));
            case 5 -> NODES.arrayNode();
            case 6 -> NODES.objectNode();
            default -> NODES.stringNode(HOSTILE_TEXTS.get(random.nextInt(HOSTILE_TEXTS.size())));
        };
    }
}
