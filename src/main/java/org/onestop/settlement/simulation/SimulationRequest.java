package org.onestop.settlement.simulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.onestop.settlement.common.RegionCode;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.DecimalNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.StringNode;

/**
 * A simulation to run: a name, the region and the discharge dates it covers (both inclusive), and the changed
 * parameters of the region's policy data.
 */
@Schema(description = "A policy change to simulate over the settlements of a region discharged from `from` to `to`.")
public record SimulationRequest(
        @NotBlank @Size(max = 200) @Schema(example = "低保救助比例 75% → 80%") String name,
        @NotNull @Schema(example = "ZIBO") RegionCode region,
        @NotNull @Schema(description = "first discharge date, inclusive", example = "2024-01-01") LocalDate from,
        @NotNull @Schema(description = "last discharge date, inclusive", example = "2024-12-31") LocalDate to,
        @NotNull @Size(max = 50) List<@Valid @NotNull Change> changes) {

    /** The longest note a change may carry. */
    public static final int MAX_NOTE = 500;

    /**
     * One changed leaf: its path as {@code GET /api/v1/policies/{region}} and the policy files name it, the new
     * value, and why.
     */
    @Schema(name = "SimulationChange")
    public record Change(
            @NotBlank @Size(max = 300)
            @Schema(description = "a leaf of the region's policy data: keys joined by '.', list items as [n]",
                    example = "assistance.schemes[0].programs[0].rate") String path,
            @NotNull @JsonDeserialize(using = ValueReader.class)
            @Schema(types = {"number", "string", "boolean", "null"}, implementation = Object.class,
                    description = "the new value: a number (read exactly), a string, true/false, or null where the "
                            + "data allows none", example = "0.80") JsonNode value,
            @Size(max = MAX_NOTE) @Schema(description = "why, for the record", example = "proposal 2025-03")
            String note) {

        /** The value as the policy data takes it: a decimal, a boolean, a string, or null. */
        public Object plainValue() {
            if (value == null || value.isNull()) {
                return null;
            }
            if (value.isNumber()) {
                return value.decimalValue();
            }
            return value.isBoolean() ? (Object) value.booleanValue() : value.stringValue();
        }
    }

    /**
     * Reads a change's value in its own JSON type: a number exactly (never through a double, never with an exponent),
     * a string, a boolean, or JSON null (kept as {@link NullNode}, so that an absent value stays distinguishable).
     */
    static final class ValueReader extends ValueDeserializer<JsonNode> {

        @Override
        public JsonNode deserialize(JsonParser parser, DeserializationContext context) {
            JsonToken token = parser.currentToken();
            return switch (token) {
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                    String text = parser.getString();
                    if (text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
                        throw InvalidFormatException.from(parser, "a number must be written without exponent",
                                text, BigDecimal.class);
                    }
                    yield DecimalNode.valueOf(parser.getDecimalValue());
                }
                case VALUE_STRING -> StringNode.valueOf(parser.getString());
                case VALUE_TRUE, VALUE_FALSE -> BooleanNode.valueOf(token == JsonToken.VALUE_TRUE);
                case VALUE_NULL -> NullNode.getInstance();
                default -> (JsonNode) context.handleUnexpectedToken(JsonNode.class, parser);
            };
        }

        @Override
        public JsonNode getNullValue(DeserializationContext context) {
            return NullNode.getInstance();
        }

        @Override
        public Object getAbsentValue(DeserializationContext context) {
            return null;
        }
    }
}
