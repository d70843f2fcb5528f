package org.onestop.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * What client generators need of the committed contract {@code api-spec/openapi.yaml}: every operation has an
 * operationId, unique across the document (it becomes a method name), and a summary; every request body shows an
 * example for each of its media types. Fails naming each operation that does not.
 */
class OpenApiConventionsTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    @Test
    void everyOperationHasAUniqueIdASummaryAndExamplesForItsBody() throws IOException {
        JsonNode contract = YAML.readTree(Files.readString(
                Path.of(System.getProperty("basedir", "."), "api-spec/openapi.yaml")));
        assertThat(contract.path("paths").size()).as("paths read from the contract").isGreaterThan(15);
        assertThat(problemsOf(contract)).as("operations a client generator cannot name or a reader cannot try")
                .isEmpty();
    }

    @Test
    void aMissingIdADuplicateIdAMissingSummaryAndABodyWithoutExampleAreEachNamed() {
        JsonNode contract = YAML.readTree("""
                paths:
                  /a:
                    parameters: []
                    get: {summary: "read a"}
                    post:
                      operationId: postA
                      requestBody: {content: {application/json: {schema: {type: object}}}}
                  /b:
                    put: {operationId: postA, summary: "put b",
                          requestBody: {content: {application/json: {examples: {one: {value: {}}}}}}}
                """);
        assertThat(problemsOf(contract)).containsExactly(
                "GET /a: no operationId",
                "POST /a: no summary",
                "POST /a: request body application/json has no example",
                "PUT /b: operationId postA is also that of POST /a");
    }

    static List<String> problemsOf(JsonNode contract) {
        List<String> problems = new ArrayList<>();
        Map<String, String> ids = new HashMap<>();
        for (var path : contract.path("paths").properties()) {
            for (var method : path.getValue().properties()) {
                if (!METHODS.contains(method.getKey())) {
                    continue;
                }
                String where = method.getKey().toUpperCase() + " " + path.getKey();
                JsonNode operation = method.getValue();
                String id = operation.path("operationId").asString("");
                if (id.isBlank()) {
                    problems.add(where + ": no operationId");
                } else if (ids.putIfAbsent(id, where) != null) {
                    problems.add(where + ": operationId " + id + " is also that of " + ids.get(id));
                }
                if (operation.path("summary").asString("").isBlank()) {
                    problems.add(where + ": no summary");
                }
                for (var media : operation.path("requestBody").path("content").properties()) {
                    if (!media.getValue().has("example") && media.getValue().path("examples").isEmpty()) {
                        problems.add(where + ": request body " + media.getKey() + " has no example");
                    }
                }
            }
        }
        return problems;
    }
}
