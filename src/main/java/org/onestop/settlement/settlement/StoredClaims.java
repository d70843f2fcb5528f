package org.onestop.settlement.settlement;

import org.onestop.settlement.calculation.Encounter;
import org.springframework.stereotype.Component;

import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The encounters settlements were made on, read back (column {@code settlement.claim}, V14: the encounter facts the
 * engine settled, {@link EncounterFacts}), for settling them again under another policy. One reader, made once: a
 * simulation reads hundreds of thousands of them.
 */
@Component
public class StoredClaims {

    /** The kind of every settlement this module makes: the settlement at discharge (or a visit's end). */
    public static final String DISCHARGE = "DISCHARGE";

    private final ObjectReader reader;

    StoredClaims(JsonMapper json) {
        this.reader = json.readerFor(EncounterFacts.class);
    }

    /**
     * @param claim the stored encounter facts, as written when the settlement was made
     * @throws IllegalArgumentException when the text is not the facts of an encounter
     */
    public Encounter encounterOf(String claim) {
        try {
            EncounterFacts facts = reader.readValue(claim);
            return facts.encounter();
        } catch (tools.jackson.core.JacksonException e) {
            throw new IllegalArgumentException("stored claim is not an encounter's facts: " + e.getOriginalMessage(), e);
        }
    }
}
