package org.onestop.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.onestop.settlement.support.IntegrationTest;
import org.onestop.settlement.support.JsonHttpClient;
import org.onestop.settlement.support.JsonHttpClient.Response;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Keeps the committed contract {@code api-spec/openapi.yaml} equal to what the running service documents at
 * {@code /v3/api-docs.yaml}. The two are compared as YAML trees; every difference is reported by its path (e.g.
 * {@code paths./api/v1/x.post: missing in api-spec/openapi.yaml}) and the generated document is written to
 * {@code target/openapi-generated.yaml}. Run with {@code -Dopenapi.update=true} to overwrite the committed file
 * instead of failing.
 */
@IntegrationTest
class OpenApiContractIT {

    private static final String COMMITTED_NAME = "api-spec/openapi.yaml";
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    @Autowired
    JsonHttpClient http;

    @Test
    void committedContractMatchesTheGeneratedDocument() throws IOException {
        Response response = http.get("/v3/api-docs.yaml", "Accept", "application/vnd.oai.openapi");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        String generated = response.body();

        Path root = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
        Path committed = root.resolve(COMMITTED_NAME);
        Path generatedCopy = root.resolve("target/openapi-generated.yaml");
        Files.createDirectories(generatedCopy.getParent());
        Files.writeString(generatedCopy, generated, StandardCharsets.UTF_8);

        if (Boolean.getBoolean("openapi.update")) {
            Files.createDirectories(committed.getParent());
            Files.writeString(committed, generated, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(committed)) {
            fail(COMMITTED_NAME + " does not exist; generated document written to " + generatedCopy
                    + "; run ./mvnw verify -Dopenapi.update=true to create it");
        }

        List<String> differences = new ArrayList<>();
        compare("", YAML.readTree(Files.readString(committed, StandardCharsets.UTF_8)), YAML.readTree(generated),
                differences);
        if (!differences.isEmpty()) {
            fail("The API differs from " + COMMITTED_NAME + " (generated document: " + generatedCopy
                    + "; to accept the change run ./mvnw verify -Dopenapi.update=true and commit the file):\n  "
                    + String.join("\n  ", differences));
        }
    }

    /** Collects one line per differing path; below a missing or changed node nothing more is reported. */
    static void compare(String path, JsonNode committed, JsonNode generated, List<String> differences) {
        if (committed.isObject() && generated.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            committed.propertyNames().forEach(names::add);
            generated.propertyNames().forEach(names::add);
            for (String name : names) {
                String child = path.isEmpty() ? name : path + "." + name;
                if (!committed.has(name)) {
                    differences.add(child + ": missing in " + COMMITTED_NAME);
                } else if (!generated.has(name)) {
                    differences.add(child + ": missing in the generated document (removed from the API?)");
                } else {
                    compare(child, committed.get(name), generated.get(name), differences);
                }
            }
        } else if (committed.isArray() && generated.isArray()) {
            Iterator<JsonNode> left = committed.iterator();
            Iterator<JsonNode> right = generated.iterator();
            int index = 0;
            while (left.hasNext() && right.hasNext()) {
                compare(path + "[" + index++ + "]", left.next(), right.next(), differences);
            }
            if (left.hasNext() || right.hasNext()) {
                differences.add(path + ": " + committed.size() + " items in " + COMMITTED_NAME + ", "
                        + generated.size() + " generated");
            }
        } else if (!committed.equals(generated)) {
            differences.add(path + ": " + abbreviate(committed) + " in " + COMMITTED_NAME + ", generated "
                    + abbreviate(generated));
        }
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
