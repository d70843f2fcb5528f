package org.onestop.settlement.console;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.onestop.settlement.ledger.LedgerService;
import org.onestop.settlement.person.AssistanceIdentity;
import org.onestop.settlement.person.Person;
import org.onestop.settlement.settlement.SettlementResponse;

/**
 * What the office's page of one person shows for one year: the registry data, every identity (ended ones too), the
 * year's ledger as bars ({@link LedgerBar}, the statement of {@code GET /api/v1/persons/{id}/ledger}) and the year's
 * settlements with their slips.
 */
public record PersonPage(Facts person, List<IdentityRow> identities, int year, String policyVersion,
                         List<LedgerBar> ledger, List<SettlementRow> settlements) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** The registry data as shown: Chinese words for the codes. */
    public record Facts(String personId, String name, String sex, String birthDate, String region, String regionCode,
                        String insurance, String rural, String disabilityGrade) {

        static Facts of(Person person) {
            return new Facts(person.personId(), person.name(), ConsoleLabels.sex(person.sex()),
                    person.birthDate().toString(), ConsoleLabels.region(person.region()), person.region().name(),
                    ConsoleLabels.insurance(person.insuranceType()), person.rural() ? "农村" : "城镇",
                    person.disabilityGrade() == null ? "无" : person.disabilityGrade() + " 级");
        }
    }

    /**
     * One identity: its category in Chinese (the code in {@code categoryCode}), subclass, validity, source, the
     * application date of an identity approved on application, when it was recorded, and whether it holds today.
     */
    public record IdentityRow(String category, String categoryCode, String subclass, String validFrom,
                              String validTo, String source, String applicationDate, String recordedAt,
                              String state) {

        static IdentityRow of(AssistanceIdentity identity, LocalDate today, ZoneId zone) {
            String state = identity.endedAt() != null ? "已终止"
                    : identity.validOn(today) ? "有效" : identity.validFrom().isAfter(today) ? "未生效" : "已到期";
            return new IdentityRow(identity.category().chineseName(), identity.category().name(),
                    identity.subclass() == null ? "—" : identity.subclass(), identity.validFrom().toString(),
                    identity.validTo() == null ? "长期" : identity.validTo().toString(),
                    identity.source() == null ? "—" : identity.source(),
                    identity.applicationDate() == null ? "—" : identity.applicationDate().toString(),
                    TIME.withZone(zone).format(identity.createdAt()), state);
        }
    }

    /** The page of {@code person} for the ledger statement's year, on {@code today} in {@code zone}. */
    public static PersonPage of(Person person, LedgerService.Statement statement,
                                List<SettlementResponse> settlements, LocalDate today, ZoneId zone) {
        return new PersonPage(Facts.of(person),
                person.identities().stream().map(i -> IdentityRow.of(i, today, zone)).toList(),
                statement.personYear().year(), statement.policyVersion(),
                statement.lines().stream().map(LedgerBar::of).toList(),
                settlements.stream().map(s -> SettlementRow.of(s, person.name(), zone)).toList());
    }
}
