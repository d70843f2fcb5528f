package org.onestop.settlement.slip;

import java.util.UUID;

import org.onestop.settlement.common.NotFoundException;
import org.onestop.settlement.person.Person;
import org.onestop.settlement.person.PersonRepository;
import org.onestop.settlement.security.CurrentClient;
import org.onestop.settlement.settlement.SettlementResponse;
import org.onestop.settlement.settlement.SettlementService;
import org.springframework.stereotype.Component;

/**
 * The slip of one settlement as a client may see it. The settlement is read through {@link SettlementService#get},
 * so another hospital's settlement is "not found"; an assistance office sees the settlements of its own region only
 * (another region's is "not found" too). The person's registered name is read only to be masked.
 */
@Component
public class Slips {

    private final SettlementService settlements;
    private final PersonRepository persons;

    Slips(SettlementService settlements, PersonRepository persons) {
        this.settlements = settlements;
        this.persons = persons;
    }

    /** The slip of {@code settlementId} for {@code client}. */
    public SettlementSlip of(UUID settlementId, CurrentClient client) {
        SettlementResponse settlement = settlements.get(settlementId, client);
        if (!client.servesRegion(settlement.region())) {
            throw new NotFoundException("unknown settlement " + settlementId);
        }
        String name = persons.findById(settlement.personId()).map(Person::name).orElse(null);
        return SettlementSlip.of(settlement, name);
    }
}
