package org.onestop.settlement.settlement;

import java.util.List;

import tools.jackson.databind.json.JsonMapper;

/**
 * A stored settlement's answer as it was given, with its current status and reversal, its kind (from the row: an
 * answer stored before kinds existed has none) and its supplements as they are now.
 */
final class StoredAnswer {

    private StoredAnswer() {
    }

    static SettlementResponse of(JsonMapper json, String response, SettlementResponse.Status status,
                                 SettlementResponse.ReversalView reversal, SettlementKind kind,
                                 List<SettlementResponse.SupplementView> supplements) {
        return json.readValue(response, SettlementResponse.class).stored(status, reversal, kind, supplements);
    }
}
