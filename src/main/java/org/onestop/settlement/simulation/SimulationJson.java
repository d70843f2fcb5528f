package org.onestop.settlement.simulation;

import java.util.List;

import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/** The stored forms of a simulation's changes and result: JSON text, money and values read back exactly. */
@Component
class SimulationJson {

    private final JsonMapper json;
    private final ObjectReader changes;
    private final ObjectReader result;

    SimulationJson(JsonMapper json) {
        this.json = json;
        this.changes = json.readerFor(new TypeReference<List<SimulationRequest.Change>>() { });
        this.result = json.readerFor(SimulationResult.class);
    }

    String write(Object value) {
        return json.writeValueAsString(value);
    }

    List<SimulationRequest.Change> changes(String text) {
        return changes.readValue(text);
    }

    SimulationResult result(String text) {
        return text == null ? null : result.readValue(text);
    }
}
