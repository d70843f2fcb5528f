package org.onestop.settlement.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.onestop.settlement.support.JsonHttpClient.Response;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What-if simulations as the tests drive them: a request body, starting one (asserting 202), waiting for its run to
 * finish, and reading a fund line or an alert line of its result.
 */
public final class Simulations {

    public static final String SIMULATIONS = "/api/v1/simulations";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private Simulations() {
    }

    /** A simulation request; {@code changes} as path, value pairs (a value is a decimal, a string, true/false, null). */
    public static ObjectNode request(String region, String from, String to, Object... changes) {
        ObjectNode body = JsonHttpClient.JSON.createObjectNode();
        body.put("name", "IT " + region + " " + from);
        body.put("region", region);
        body.put("from", from);
        body.put("to", to);
        var list = body.putArray("changes");
        for (int i = 0; i < changes.length; i += 2) {
            ObjectNode change = list.addObject();
            change.put("path", (String) changes[i]);
            Object value = changes[i + 1];
            if (value == null) {
                change.putNull("value");
            } else if (value instanceof BigDecimal decimal) {
                change.put("value", decimal);
            } else if (value instanceof Boolean bool) {
                change.put("value", bool);
            } else {
                change.put("value", value.toString());
            }
            change.put("note", "IT");
        }
        return body;
    }

    /** Posts the request, asserts 202 QUEUED with a Location, answers the simulation's id. */
    public static String start(SettlementApi caller, ObjectNode request) {
        Response response = caller.http().post(SIMULATIONS, ApiFixtures.text(request));
        assertThat(response.status()).as("POST simulation: %s", response).isEqualTo(202);
        String id = response.json().path("simulationId").asString();
        assertThat(response.json().path("status").asString()).isEqualTo("QUEUED");
        assertThat(response.header("Location")).contains(SIMULATIONS + "/" + id);
        return id;
    }

    /** Waits for the run to end, asserts it is DONE, answers the simulation with its result. */
    public static JsonNode awaitDone(SettlementApi caller, String id) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (true) {
            Response response = caller.http().get(SIMULATIONS + "/" + id);
            assertThat(response.status()).as("GET simulation: %s", response).isEqualTo(200);
            String status = response.json().path("status").asString();
            if (status.equals("DONE") || status.equals("FAILED") || Instant.now().isAfter(deadline)) {
                assertThat(status).as("simulation %s: %s", id, response).isEqualTo("DONE");
                return response.json();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Starts a simulation as the caller and waits for its result. */
    public static JsonNode run(SettlementApi caller, ObjectNode request) {
        return awaitDone(caller, start(caller, request)).path("result");
    }

    /** The result's fund line of a stage and fund code, or a missing node. */
    public static JsonNode fund(JsonNode result, String stage, String fundCode) {
        for (JsonNode line : result.path("funds").values()) {
            if (line.path("stage").asString().equals(stage) && line.path("fundCode").asString().equals(fundCode)) {
                return line;
            }
        }
        return MissingNode.getInstance();
    }

    /** The result's alert line of a rule. */
    public static JsonNode alertLine(JsonNode result, String rule) {
        for (JsonNode line : result.path("alertLines").values()) {
            if (line.path("rule").asString().equals(rule)) {
                return line;
            }
        }
        return MissingNode.getInstance();
    }

    /** {@code {stays, persons}} of an alert line's population and run, as a two-element list. */
    public static List<Long> above(JsonNode line, String population, String run) {
        JsonNode above = line.path(population).path(run);
        List<Long> counts = new ArrayList<>();
        counts.add(above.path("stays").asLong());
        counts.add(above.path("persons").asLong());
        return counts;
    }
}
