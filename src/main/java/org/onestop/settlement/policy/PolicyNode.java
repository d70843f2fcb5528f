package org.onestop.settlement.policy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.onestop.settlement.common.Money;

import tools.jackson.databind.JsonNode;

/**
 * A position in a policy file while it is read: the YAML node, its path, and the citation and illustrative flag it
 * inherits (docs/policy-data.md, "Leaves and citations"). Readers report problems against the path and carry on, so
 * one start-up names every bad value at once. What a leaf may hold is checked by {@link PolicyScalars}.
 */
final class PolicyNode {

    static final String CITATION = "citation";
    static final String ILLUSTRATIVE = "illustrative";
    static final String NOTE = "note";
    static final String VALUE = "value";

    private final JsonNode json;
    private final String path;
    private final String citation;
    private final boolean illustrative;
    private final List<String> problems;

    private PolicyNode(JsonNode json, String path, String citation, boolean illustrative, List<String> problems) {
        this.json = json;
        this.path = path;
        this.citation = citation;
        this.illustrative = illustrative;
        this.problems = problems;
    }

    static PolicyNode root(JsonNode json, List<String> problems) {
        return new PolicyNode(json, "", null, false, problems).inheriting();
    }

    /** This node with the citation and flag it sets itself, if it is a map that sets them. */
    private PolicyNode inheriting() {
        if (json == null || !json.isObject() || json.has(VALUE)) {
            return this;
        }
        String c = json.has(CITATION) && json.get(CITATION).isString() ? json.get(CITATION).stringValue() : citation;
        boolean i = json.has(ILLUSTRATIVE) ? json.get(ILLUSTRATIVE).booleanValue(false) : illustrative;
        return new PolicyNode(json, path, c, i, problems);
    }

    String path() {
        return path;
    }

    String citation() {
        return citation;
    }

    boolean present() {
        return json != null && !json.isNull();
    }

    /** A map of children (not a {value, citation} leaf). */
    boolean isMap() {
        return json != null && json.isObject() && !json.has(VALUE);
    }

    /** A leaf written as {value, citation, illustrative}. */
    boolean isCitedLeaf() {
        return json != null && json.isObject() && json.has(VALUE);
    }

    boolean isList() {
        return json != null && json.isArray();
    }

    boolean has(String key) {
        return json != null && json.has(key) && !json.get(key).isNull();
    }

    PolicyNode get(String key) {
        JsonNode child = json == null ? null : json.get(key);
        return new PolicyNode(child, path.isEmpty() ? key : path + "." + key, citation, illustrative, problems)
                .inheriting();
    }

    /** The child, reporting a problem when it is missing. */
    PolicyNode require(String key) {
        PolicyNode child = get(key);
        if (!child.present()) {
            problem(child.path, "is missing");
        }
        return child;
    }

    List<PolicyNode> list() {
        List<PolicyNode> items = new ArrayList<>();
        if (json == null || json.isNull()) {
            return items;
        }
        if (!json.isArray()) {
            problem(path, "must be a list");
            return items;
        }
        int i = 0;
        for (JsonNode item : json.values()) {
            items.add(new PolicyNode(item, path + "[" + i++ + "]", citation, illustrative, problems).inheriting());
        }
        return items;
    }

    /** The entries of a map, without the meta keys (citation, illustrative, note). */
    Map<String, PolicyNode> entries() {
        Map<String, PolicyNode> entries = new LinkedHashMap<>();
        if (json == null || json.isNull()) {
            return entries;
        }
        if (!json.isObject()) {
            problem(path, "must be a map");
            return entries;
        }
        for (String key : json.propertyNames()) {
            if (!isMeta(key)) {
                entries.put(key, get(key));
            }
        }
        return entries;
    }

    static boolean isMeta(String key) {
        return CITATION.equals(key) || ILLUSTRATIVE.equals(key) || NOTE.equals(key);
    }

    /** A scalar structural value (code, name, enum word): no citation needed. */
    String text() {
        JsonNode scalar = scalar();
        if (scalar == null) {
            if (!present()) {
                problem(path, "is missing");
            }
            return null;
        }
        return scalar.asString();
    }

    String optionalText() {
        return present() ? text() : null;
    }

    <E extends Enum<E>> E enumValue(Class<E> type) {
        String word = text();
        if (word == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, word);
        } catch (IllegalArgumentException e) {
            problem(path, "unknown " + type.getSimpleName() + " '" + word + "'");
            return null;
        }
    }

    /** A cited leaf: a plain scalar inheriting its citation, or {value, citation, illustrative}. */
    <T> Cited<T> leaf(Function<JsonNode, T> convert) {
        JsonNode scalar = scalar();
        if (scalar == null) {
            if (!present()) {
                problem(path, "is missing");
            }
            return null;
        }
        String c = citation;
        boolean i = illustrative;
        if (json.isObject()) {
            c = json.has(CITATION) ? json.get(CITATION).asString() : citation;
            i = json.has(ILLUSTRATIVE) ? json.get(ILLUSTRATIVE).booleanValue(false) : illustrative;
        }
        if (c == null || c.isBlank()) {
            problem(path, "has no citation");
        }
        T value;
        try {
            value = scalar.isNull() ? null : convert.apply(scalar);
        } catch (RuntimeException e) {
            problem(path, e.getMessage());
            return null;
        }
        return new Cited<>(value, c, i);
    }

    private JsonNode scalar() {
        if (json == null) {
            return null;
        }
        if (json.isObject()) {
            if (!json.has(VALUE)) {
                problem(path, "must be a value, not a map");
                return null;
            }
            return json.get(VALUE);
        }
        if (json.isArray()) {
            problem(path, "must be a value, not a list");
            return null;
        }
        return json;
    }

    /** Money in yuan: a number, at most two decimals, not negative. */
    Cited<Money> money() {
        return leaf(PolicyScalars::money);
    }

    /** Money that may be null (no cap). */
    Cited<Money> moneyOrNone() {
        if (present() && !(json.isObject() && json.has(VALUE) && json.get(VALUE).isNull())) {
            return money();
        }
        return new Cited<>(null, citation, illustrative);
    }

    /** A rate: a decimal in 0..1. */
    Cited<BigDecimal> rate() {
        return leaf(PolicyScalars::rate);
    }

    Cited<Boolean> bool() {
        return leaf(PolicyScalars::bool);
    }

    /** A whole number ≥ 0. */
    Cited<Integer> count() {
        return leaf(PolicyScalars::count);
    }

    void problem(String at, String message) {
        problems.add((at.isEmpty() ? "(top)" : at) + ": " + message);
    }

    /** The whole subtree as the API shows it: maps and lists, each scalar leaf as a {@link Cited}. */
    Object tree() {
        if (json == null || json.isNull()) {
            return null;
        }
        if (json.isObject() && !json.has(VALUE)) {
            Map<String, Object> map = new LinkedHashMap<>();
            if (json.has(NOTE)) {
                map.put(NOTE, json.get(NOTE).asString());
            }
            entries().forEach((key, child) -> map.put(key, child.tree()));
            return map;
        }
        if (json.isArray()) {
            List<Object> items = new ArrayList<>();
            list().forEach(item -> items.add(item.tree()));
            return items;
        }
        return leaf(PolicyScalars::plain);
    }
}
