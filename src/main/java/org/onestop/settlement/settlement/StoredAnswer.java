package org.onestop.settlement.settlement;

import tools.jackson.databind.json.JsonMapper;

/** A stored settlement's answer as it was given, with its current status and reversal. */
final class StoredAnswer {

    private StoredAnswer() {
    }

    static SettlementResponse of(JsonMapper json, String response, SettlementResponse.Status status,
                                 SettlementResponse.ReversalView reversal) {
        return json.readValue(response, SettlementResponse.class).withStatus(status, reversal);
    }
}
