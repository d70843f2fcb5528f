package org.onestop.settlement.settlement;

import org.onestop.settlement.calculation.Encounter;
import org.springframework.stereotype.Component;

import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The claims settlements were made from, read back (column {@code settlement.claim}, V15): the encounter the engine
 * settled, derived from the stored request exactly as intake derived it, for settling it again under another policy.
 * One reader, made once: a simulation reads hundreds of thousands of claims.
 */
@Component
public class StoredClaims {

    /** The kind of every settlement this module makes: the settlement at discharge (or a visit's end). */
    public static final String DISCHARGE = "DISCHARGE";

    private final ObjectReader reader;

    StoredClaims(JsonMapper json) {
        this.reader = json.readerFor(SettlementRequest.class);
    }

    /**
     * @param claim the stored request, as written when the settlement was made
     * @throws IllegalArgumentException when the text is not a claim this service accepted
     */
    public Encounter encounterOf(String claim) {
        SettlementRequest request;
        try {
            request = reader.readValue(claim);
        } catch (tools.jackson.core.JacksonException e) {
            throw new IllegalArgumentException("stored claim is not a settlement request: " + e.getOriginalMessage(), e);
        }
        return ClaimIntake.encounterOfAccepted(request);
    }
}
