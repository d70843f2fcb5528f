package org.onestop.settlement.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.onestop.settlement.support.ApiFixtures;
import org.onestop.settlement.support.IntegrationTest;
import org.onestop.settlement.support.JsonHttpClient;
import org.onestop.settlement.support.SettlementApi;
import org.onestop.settlement.support.TestClients;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Requests generated from the committed contract, {@value #REQUESTS_PER_OPERATION} per operation with a fixed seed,
 * half as an ADMIN client and half as a HOSPITAL client, against the running service. Every answer must be below
 * 500, have a status the contract declares for the operation, a media type it declares for that status, and a JSON
 * body valid against the declared schema. The values are mostly valid (ids that exist, enum values, dates, money)
 * with hostile ones mixed in ({@link SchemaValues}); a failure names the operation, the request and the violation.
 */
@IntegrationTest
class ContractFuzzIT {

    static final int REQUESTS_PER_OPERATION = 50;
    private static final long SEED = 20261130L;

    @LocalServerPort
    int port;

    @Autowired
    SettlementApi api;

    @Test
    void everyOperationAnswersAsTheContractDeclares() {
        ContractDocument contract = ContractDocument.committed();
        SchemaCheck check = new SchemaCheck(contract);
        Map<String, List<String>> known = knownValues();
        Map<String, JsonHttpClient> callers = new LinkedHashMap<>();
        callers.put("ADMIN", JsonHttpClient.as(port, TestClients.newClient(port, "fuzz-admin", "ADMIN", null)));
        callers.put("HOSPITAL", JsonHttpClient.as(port, hospital));

        List<String> failures = new ArrayList<>();
        int sent = 0;
        List<ContractDocument.Operation> operations = contract.operations();
        for (ContractDocument.Operation operation : operations) {
            Random random = new Random(SEED ^ operation.operationId().hashCode());
            SchemaValues values = new SchemaValues(contract, random, knownFor(operation, known), 0.15);
            for (int i = 0; i < REQUESTS_PER_OPERATION; i++) {
                String role = i % 2 == 0 ? "ADMIN" : "HOSPITAL";
                Request request = request(operation, values, random);
                JsonHttpClient.Response answer = callers.get(role).send(operation.method().toUpperCase(),
                        request.target(), request.body() == null ? null : "application/json", request.body(),
                        request.headers());
                sent++;
                for (String problem : problems(operation, answer, check)) {
                    failures.add(operation + " as " + role + ": " + request + " → " + answer.status() + ": "
                            + problem);
                }
            }
        }
        assertThat(sent).isEqualTo(operations.size() * REQUESTS_PER_OPERATION);
        assertThat(failures).as("%d of %d generated requests answered against the contract; the first 40:%n%s",
                failures.size(), sent, String.join("\n", failures.subList(0, Math.min(40, failures.size()))))
                .isEmpty();
    }

    private TestClients.Credentials hospital;

    /** Creates what the generated requests can find: a hospital, a person with an identity, a settlement. */
    private Map<String, List<String>> knownValues() {
        String hospitalCode = ApiFixtures.unique("HFZ");
        hospital = api.newClient("fuzz-hospital", "HOSPITAL", hospitalCode);
        String personId = api.newMinLivingZiboResident("fuzz", LocalDate.of(2024, 1, 1), null);
        JsonNode settled = api.as(hospital).settleCreated(ApiFixtures.section6Claim(hospitalCode, "FZ-1", personId));
        String identityId = api.http().get("/api/v1/persons/" + personId).json().path("identities").get(0)
                .path("identityId").asString();
        Map<String, List<String>> known = new HashMap<>();
        known.put("personId", List.of(personId));
        known.put("hospitalCode", List.of(hospitalCode));
        known.put("settlementId", List.of(settled.path("settlementId").asString()));
        known.put("identityId", List.of(identityId));
        known.put("encounterNo", List.of("FZ-1"));
        known.put("region", List.of("ZIBO", "LANZHOU", "WUHAI", "LIAONING"));
        known.put("year", List.of("2024"));
        known.put("clientId", List.of(hospital.clientId()));
        return known;
    }

    /** The known values an operation may use: never a real client's id for disabling clients. */
    private static Map<String, List<String>> knownFor(ContractDocument.Operation operation,
                                                      Map<String, List<String>> known) {
        if (operation.method().equals("delete") && operation.path().startsWith("/api/v1/clients")) {
            Map<String, List<String>> without = new HashMap<>(known);
            without.remove("clientId");
            return without;
        }
        return known;
    }

    /** One generated request: the path with its query, the JSON body (or null), headers as name, value pairs. */
    record Request(String target, String body, String[] headers) {

        @Override
        public String toString() {
            return target + (body == null ? "" : " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body));
        }
    }

    private static Request request(ContractDocument.Operation operation, SchemaValues values, Random random) {
        String path = operation.path();
        StringBuilder query = new StringBuilder();
        List<String> headers = new ArrayList<>();
        for (ContractDocument.Parameter parameter : operation.parameters()) {
            if (!parameter.required() && random.nextDouble() < 0.4) {
                continue;
            }
            String value = values.parameter(parameter.name(), parameter.schema());
            switch (parameter.in()) {
                case "path" -> path = path.replace("{" + parameter.name() + "}", encode(value.isEmpty() ? "x" : value));
                case "query" -> query.append(query.isEmpty() ? "?" : "&").append(encode(parameter.name())).append('=')
                        .append(encode(value));
                case "header" -> {
                    if (value.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
                        headers.add(parameter.name());
                        headers.add(value);
                    }
                }
                default -> {
                }
            }
        }
        String body = null;
        if (operation.body() != null) {
            double shape = random.nextDouble();
            body = shape < 0.03 ? "{\"unterminated\": " : shape < 0.06 ? "[]"
                    : ApiFixtures.text(values.object(operation.body(), 0));
        }
        return new Request(path + query, body, headers.toArray(String[]::new));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** What is wrong with an answer by the contract: nothing when it is as declared. */
    private static List<String> problems(ContractDocument.Operation operation, JsonHttpClient.Response answer,
                                         SchemaCheck check) {
        if (answer.status() >= 500) {
            return List.of("server error " + answer.body());
        }
        Map<String, JsonNode> content = operation.responses().get(String.valueOf(answer.status()));
        if (content == null) {
            content = operation.responses().get("default");
        }
        if (content == null) {
            return List.of("status not declared (declared: " + operation.responses().keySet() + ") " + answer.body());
        }
        if (answer.body() == null || answer.body().isEmpty()) {
            return List.of();
        }
        String mediaType = answer.mediaType();
        JsonNode schema = content.get(mediaType);
        if (schema == null) {
            schema = content.get("*/*");
        }
        if (schema == null) {
            return List.of("media type " + mediaType + " not declared for " + answer.status() + " (declared: "
                    + content.keySet() + ")");
        }
        if (!mediaType.endsWith("json")) {
            return List.of();
        }
        try {
            return check.violations(answer.json(), schema).stream().map(v -> v + " in " + abbreviated(answer.body()))
                    .toList();
        } catch (JacksonException e) {
            return List.of("body is not JSON: " + abbreviated(answer.body()));
        }
    }

    private static String abbreviated(String body) {
        return body.length() > 400 ? body.substring(0, 400) + "…" : body;
    }
}
