package org.onestop.settlement.common.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.onestop.settlement.common.FieldViolation;
import org.onestop.settlement.common.InvalidRequestException;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.AbstractJacksonHttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a JSON request body against the record it is read into before it is read, so that one answer lists every
 * field error: unknown properties (with the nearest known name), values of the wrong JSON type, duplicate keys,
 * control characters and unpaired surrogates in strings. The body is then read as usual.
 */
@ControllerAdvice
class StrictJsonBodyAdvice extends RequestBodyAdviceAdapter {

    private final JsonMapper json;

    StrictJsonBodyAdvice(JsonMapper json) {
        this.json = json;
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return AbstractJacksonHttpMessageConverter.class.isAssignableFrom(converterType);
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage message, MethodParameter parameter, Type targetType,
                                           Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        byte[] body = message.getBody().readAllBytes();
        if (body.length > 0) {
            check(body, targetType);
        }
        HttpHeaders headers = message.getHeaders();
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return headers;
            }
        };
    }

    private void check(byte[] body, Type targetType) {
        JsonNode tree;
        try {
            tree = json.readTree(body);
        } catch (StreamReadException duplicateOrSyntax) {
            String duplicate = duplicateKey(duplicateOrSyntax);
            if (duplicate == null) {
                throw new HttpMessageNotReadableException(duplicateOrSyntax.getOriginalMessage(), duplicateOrSyntax,
                        null);
            }
            throw new InvalidRequestException(duplicate, "appears more than once in the object");
        }
        List<FieldViolation> violations = new ArrayList<>();
        walk(tree, targetType, "", violations);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
    }

    private void walk(JsonNode node, Type type, String path, List<FieldViolation> violations) {
        Class<?> raw = rawClass(type);
        if (node.isString() && !TextRules.isClean(node.asString())) {
            violations.add(new FieldViolation(field(path), TextRules.UNCLEAN));
            return;
        }
        if (raw != null && raw.isRecord() && node.isObject()) {
            Map<String, RecordComponent> components = java.util.Arrays.stream(raw.getRecordComponents())
                    .collect(Collectors.toMap(RecordComponent::getName, Function.identity()));
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                RecordComponent component = components.get(property.getKey());
                String child = path.isEmpty() ? property.getKey() : path + "." + property.getKey();
                if (component == null) {
                    violations.add(new FieldViolation(TextRules.printable(child), "is not a known field; nearest "
                            + "known field is '" + nearest(property.getKey(), components.keySet()) + "'"));
                } else {
                    walk(property.getValue(), component.getGenericType(), child, violations);
                }
            }
            return;
        }
        if (raw != null && Collection.class.isAssignableFrom(raw) && node.isArray()
                && type instanceof ParameterizedType parameterized) {
            Type element = parameterized.getActualTypeArguments()[0];
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), element, path + "[" + i + "]", violations);
            }
            return;
        }
        if (node.isContainer()) {
            for (JsonNode child : node) {
                if (child.isString() && !TextRules.isClean(child.asString())) {
                    violations.add(new FieldViolation(field(path), TextRules.UNCLEAN));
                    return;
                }
            }
        }
        try {
            json.readerFor(json.constructType(type)).readValue(node);
        } catch (JacksonException wrongType) {
            violations.add(new FieldViolation(field(path), JsonValueMessages.expected(raw)));
        }
    }

    private static String field(String path) {
        return path.isEmpty() ? "body" : path;
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> cls) {
            return cls;
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> cls) {
            return cls;
        }
        return null;
    }

    /** The property named twice, from the parser's message ("Duplicate Object property \"total\""), with its path. */
    private static String duplicateKey(StreamReadException e) {
        String message = e.getOriginalMessage();
        if (message == null || !message.startsWith("Duplicate ")) {
            return null;
        }
        int open = message.indexOf('"');
        int close = message.lastIndexOf('"');
        String name = open >= 0 && close > open ? message.substring(open + 1, close) : "body";
        String parent = "";
        JsonParser parser = e.processor();
        if (parser != null && parser.streamReadContext().getParent() != null) {
            // the object holding the duplicate; its own context already names the duplicate's predecessor
            parent = parser.streamReadContext().getParent().pathAsPointer().toString().replaceFirst("^/", "")
                    .replaceAll("/(\\d+)(?=/|$)", "[$1]").replace('/', '.');
        }
        return TextRules.printable(parent.isEmpty() ? name : parent + "." + name);
    }

    /** The known name closest to {@code name} by edit distance (Levenshtein), ties broken alphabetically. */
    static String nearest(String name, Collection<String> known) {
        return known.stream()
                .min(Comparator.comparingInt((String candidate) -> distance(name, candidate))
                        .thenComparing(Comparator.naturalOrder()))
                .orElse("");
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
