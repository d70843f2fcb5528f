package org.onestop.settlement.console;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.onestop.settlement.common.Money;
import org.onestop.settlement.person.Person;
import org.onestop.settlement.person.PersonRepository;
import org.onestop.settlement.security.CurrentClient;
import org.onestop.settlement.settlement.SettlementResponse;
import org.onestop.settlement.settlement.SettlementSearch;
import org.onestop.settlement.slip.CapitalAmount;
import org.onestop.settlement.slip.MoneyText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hospital's page of one day: its own settlements settled that day (the search of the daily reconciliation,
 * {@link SettlementSearch}, restricted to the hospital's code), each with its slip, and the day's totals of the
 * settlements that stand (reversed ones are listed, not added).
 */
@Service
public class HospitalConsole {

    private final SettlementSearch search;
    private final PersonRepository persons;
    private final Clock clock;

    HospitalConsole(SettlementSearch search, PersonRepository persons, Clock clock) {
        this.search = search;
        this.persons = persons;
        this.clock = clock;
    }

    /**
     * A day's settlements and totals.
     *
     * @param standing     how many settlements of the day stand (SETTLED)
     * @param personalPayCapital the standing settlements' personal payment in capital numerals (大写)
     */
    public record Day(String day, List<SettlementRow> settlements, int standing, String total, String fundPay,
                      String personalPay, String personalPayCapital) {
    }

    /** The day's settlements of the client's hospital (today when {@code day} is null), oldest first. */
    @Transactional(readOnly = true)
    public Day day(LocalDate day, CurrentClient client) {
        LocalDate shown = day == null ? LocalDate.now(clock) : day;
        List<SettlementResponse> found = new ArrayList<>();
        String cursor = null;
        do {
            SettlementSearch.Page page = search.search(new SettlementSearch.Query(client.hospitalCode(), null, shown,
                    shown, null, null, SettlementSearch.MAX_LIMIT, cursor), client);
            found.addAll(page.items());
            cursor = page.next();
        } while (cursor != null);
        Map<String, String> names = persons.findAllById(found.stream().map(SettlementResponse::personId).distinct()
                .toList()).stream().collect(Collectors.toMap(Person::personId, p -> p.name() == null ? "" : p.name()));
        Money total = Money.ZERO;
        Money fundPay = Money.ZERO;
        Money personalPay = Money.ZERO;
        int standing = 0;
        for (SettlementResponse settlement : found) {
            if (settlement.status() == SettlementResponse.Status.SETTLED) {
                standing++;
                total = total.plus(Money.of(settlement.amounts().total()));
                fundPay = fundPay.plus(Money.of(settlement.fundPay()));
                personalPay = personalPay.plus(Money.of(settlement.personalPay()));
            }
        }
        return new Day(shown.toString(),
                found.stream().map(s -> SettlementRow.of(s, names.get(s.personId()), clock.getZone())).toList(),
                standing, MoneyText.format(total.amount()), MoneyText.format(fundPay.amount()),
                MoneyText.format(personalPay.amount()), CapitalAmount.of(personalPay.amount()));
    }
}
