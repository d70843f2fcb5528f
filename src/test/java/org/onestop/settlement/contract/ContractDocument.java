package org.onestop.settlement.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The committed contract {@code api-spec/openapi.yaml} read as a tree: its operations with their parameters, JSON
 * request body and declared responses, and {@code $ref} resolution within the document.
 */
final class ContractDocument {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

    private final JsonNode root;

    private ContractDocument(JsonNode root) {
        this.root = root;
    }

    static ContractDocument committed() {
        Path file = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("api-spec/openapi.yaml");
        try {
            return new ContractDocument(YAMLMapper.builder().build().readTree(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One parameter: where it goes ({@code path}, {@code query}, {@code header}), whether required, its schema. */
    record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    /**
     * One operation; {@code body} is the JSON request body's schema or null; {@code responses} maps each declared
     * status (or {@code default}) to its content, media type to schema.
     */
    record Operation(String method, String path, String operationId, List<Parameter> parameters, JsonNode body,
                     Map<String, Map<String, JsonNode>> responses) {

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path + " (" + operationId + ")";
        }
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : root.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
                if (!METHODS.contains(entry.getKey())) {
                    continue;
                }
                JsonNode operation = entry.getValue();
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode parameter : operation.path("parameters")) {
                    JsonNode resolved = resolve(parameter);
                    parameters.add(new Parameter(resolved.path("name").asString(), resolved.path("in").asString(),
                            resolved.path("required").asBoolean(false), resolve(resolved.path("schema"))));
                }
                JsonNode body = operation.path("requestBody").path("content").path("application/json")
                        .path("schema");
                Map<String, Map<String, JsonNode>> responses = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
                    Map<String, JsonNode> content = new LinkedHashMap<>();
                    for (Map.Entry<String, JsonNode> media : resolve(response.getValue()).path("content")
                            .properties()) {
                        content.put(media.getKey(), media.getValue().path("schema"));
                    }
                    responses.put(response.getKey(), content);
                }
                operations.add(new Operation(entry.getKey(), path.getKey(), operation.path("operationId").asString(),
                        parameters, body.isMissingNode() ? null : body, responses));
            }
        }
        return operations;
    }

    /** The node a {@code $ref} points at (followed repeatedly), or the node itself. */
    JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            String ref = current.get("$ref").asString();
            if (!ref.startsWith("#/")) {
                throw new IllegalArgumentException("only local references are supported: " + ref);
            }
            current = root.at(ref.substring(1));
            if (current.isMissingNode()) {
                throw new IllegalArgumentException("dangling reference " + ref);
            }
        }
        return current;
    }
}
