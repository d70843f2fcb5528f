package org.onestop.settlement.common.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.annotation.Nullable;

/**
 * The contract's answer fields as a generated client must type them: every property of a schema that only answers
 * carry is {@code required} (the service always writes it, as {@code null} where it has no value), and a property
 * whose record component is {@link Nullable} admits {@code null} ({@code type: [X, "null"]}, or {@code oneOf} the
 * reference and {@code null}; a property of any type admits it already). A component not marked {@code @Nullable} is never answered {@code null}; the contract
 * fuzz test holds the service to both.
 */
@Configuration(proxyBeanMethods = false)
class AnswerFieldContract {

    private static final String SCHEMAS = "#/components/schemas/";

    @Bean
    PropertyCustomizer nullableProperties() {
        return (property, type) -> {
            if (property == null || type.getCtxAnnotations() == null || Arrays.stream(type.getCtxAnnotations())
                    .noneMatch(annotation -> annotation.annotationType().equals(Nullable.class))) {
                return property;
            }
            return admittingNull(property);
        };
    }

    private static Schema<?> admittingNull(Schema<?> property) {
        if (property.get$ref() != null) {
            Schema<?> reference = new Schema<>().specVersion(SpecVersion.V31).$ref(property.get$ref());
            Schema<?> none = new Schema<>().specVersion(SpecVersion.V31).types(Set.of("null"));
            return new Schema<>().specVersion(SpecVersion.V31).oneOf(List.of(reference, none))
                    .description(property.getDescription());
        }
        Set<String> types = new LinkedHashSet<>();
        if (property.getTypes() != null) {
            types.addAll(property.getTypes());
        } else if (property.getType() != null) {
            types.add(property.getType());
        }
        types.remove(null);
        if (types.isEmpty()) {
            return property;
        }
        types.add("null");
        property.setTypes(types);
        return property;
    }

    @Bean
    OpenApiCustomizer requiredAnswerFields() {
        return openApi -> {
            if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
                return;
            }
            Map<String, Schema> schemas = openApi.getComponents().getSchemas();
            Set<String> answers = new HashSet<>();
            Set<String> requests = new HashSet<>();
            openApi.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
                if (operation.getRequestBody() != null) {
                    reachable(operation.getRequestBody().getContent(), schemas, requests);
                }
                operation.getResponses().values().forEach(response ->
                        reachable(response.getContent(), schemas, answers));
            }));
            answers.removeAll(requests);
            for (String name : answers) {
                Schema<?> schema = schemas.get(name);
                if (schema.getProperties() != null && !schema.getProperties().isEmpty()) {
                    schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
                }
            }
        };
    }

    private static void reachable(Content content, Map<String, Schema> schemas, Set<String> found) {
        if (content != null) {
            content.values().forEach(media -> reachable(media.getSchema(), schemas, found));
        }
    }

    private static void reachable(Schema<?> schema, Map<String, Schema> schemas, Set<String> found) {
        if (schema == null) {
            return;
        }
        if (schema.get$ref() != null) {
            String name = schema.get$ref().substring(SCHEMAS.length());
            if (found.add(name)) {
                reachable(schemas.get(name), schemas, found);
            }
            return;
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> reachable(property, schemas, found));
        }
        reachable(schema.getItems(), schemas, found);
        if (schema.getAdditionalProperties() instanceof Schema<?> values) {
            reachable(values, schemas, found);
        }
        for (List<Schema> branches : Arrays.asList(schema.getOneOf(), schema.getAnyOf(), schema.getAllOf())) {
            if (branches != null) {
                branches.forEach(branch -> reachable(branch, schemas, found));
            }
        }
    }
}
