package org.onestop.settlement.console;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.onestop.settlement.alert.AlertService;
import org.onestop.settlement.alert.HighCostAlert;
import org.onestop.settlement.common.InvalidRequestException;
import org.onestop.settlement.common.NotFoundException;
import org.onestop.settlement.common.PersonId;
import org.onestop.settlement.common.RegionCode;
import org.onestop.settlement.ledger.LedgerService;
import org.onestop.settlement.person.Person;
import org.onestop.settlement.person.PersonRegistry;
import org.onestop.settlement.person.PersonRepository;
import org.onestop.settlement.security.CurrentClient;
import org.onestop.settlement.settlement.RetroactiveApprovals;
import org.onestop.settlement.settlement.SettlementService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the assistance office's pages read and write, each page in one transaction, through the use cases the JSON
 * API uses: the person registry, the ledger statement, the settlement list and the alerts. An office sees and acts
 * for the persons of its own region only: another region's person is "not found", as in the API; ADMIN sees all.
 */
@Service
public class OfficeConsole {

    /** The years a page may name, as the ledger's opening balances accept them. */
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;
    /** The longest acknowledgement note, as {@code POST /api/v1/alerts/{id}/acknowledgement} accepts it. */
    public static final int MAX_NOTE = 2000;

    private final PersonRegistry registry;
    private final PersonRepository persons;
    private final LedgerService ledger;
    private final SettlementService settlements;
    private final RetroactiveApprovals approvals;
    private final AlertService alerts;
    private final Clock clock;

    OfficeConsole(PersonRegistry registry, PersonRepository persons, LedgerService ledger,
                  SettlementService settlements, RetroactiveApprovals approvals, AlertService alerts, Clock clock) {
        this.registry = registry;
        this.persons = persons;
        this.ledger = ledger;
        this.settlements = settlements;
        this.approvals = approvals;
        this.alerts = alerts;
        this.clock = clock;
    }

    /** The person's page for {@code year} (this year when null). */
    @Transactional(readOnly = true)
    public PersonPage person(String personId, Integer year, CurrentClient client) {
        PersonId id = PersonId.requested(personId);
        Person person = inScope(id, client);
        LocalDate today = LocalDate.now(clock);
        int shown = year == null ? today.getYear() : year;
        if (shown < FIRST_YEAR || shown > LAST_YEAR) {
            throw new InvalidRequestException("year", "must be between " + FIRST_YEAR + " and " + LAST_YEAR);
        }
        return PersonPage.of(person, ledger.statement(id, shown), settlements.list(id.value(), shown, client),
                today, clock.getZone());
    }

    /** The registry data of a person the office serves, for the approval form's heading. */
    @Transactional(readOnly = true)
    public PersonPage.Facts facts(String personId, CurrentClient client) {
        return PersonPage.Facts.of(inScope(PersonId.requested(personId), client));
    }

    /**
     * What recording the identity would do now, writing nothing: the confirmation step shows the retroactive
     * supplements it would pay (001 第十四条(二), 004 四(七)).
     */
    @Transactional(readOnly = true)
    public RetroactiveApprovals.Approval preview(String personId, PersonRegistry.NewIdentity identity,
                                                 CurrentClient client) {
        PersonId id = PersonId.requested(personId);
        inScope(id, client);
        return approvals.preview(id, identity, client);
    }

    /**
     * Records an identity the office approved through the approval use case of {@code POST
     * /api/v1/persons/{id}/identities}: the registry's rules, and in the same transaction the supplements of the
     * person's settled encounters it covers.
     */
    @Transactional
    public RetroactiveApprovals.Approval approve(String personId, PersonRegistry.NewIdentity identity,
                                                 CurrentClient client) {
        PersonId id = PersonId.requested(personId);
        inScope(id, client);
        return approvals.record(id, identity, client);
    }

    /** The alerts of the office's region (ADMIN: of {@code region}, or all), oldest first, optionally of one status. */
    @Transactional(readOnly = true)
    public List<AlertRow> alerts(RegionCode region, HighCostAlert.Status status, CurrentClient client) {
        List<HighCostAlert> found = alerts.list(region, null, null, status, client);
        Map<String, String> names = persons.findAllById(found.stream().map(HighCostAlert::personId).distinct().toList())
                .stream().collect(Collectors.toMap(Person::personId, p -> p.name() == null ? "" : p.name()));
        return found.stream().map(a -> AlertRow.of(a, names.get(a.personId()), clock.getZone())).toList();
    }

    /**
     * Acknowledges an open alert of the office's region with its note, which the JSON API also requires: not blank,
     * at most {@value #MAX_NOTE} characters.
     */
    public void acknowledge(UUID alertId, String note, CurrentClient client) {
        if (note == null || note.isBlank()) {
            throw new InvalidRequestException("note", "must not be blank");
        }
        if (note.length() > MAX_NOTE) {
            throw new InvalidRequestException("note", "must be at most " + MAX_NOTE + " characters");
        }
        alerts.acknowledge(alertId, note.strip(), client);
    }

    private Person inScope(PersonId id, CurrentClient client) {
        Person person = registry.find(id);
        if (!client.servesRegion(person.region())) {
            throw new NotFoundException("unknown person " + id);
        }
        return person;
    }
}
