package org.onestop.settlement.benefit.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.onestop.settlement.benefit.OutpatientGrant;
import org.onestop.settlement.benefit.PremiumSubsidy;
import org.onestop.settlement.benefit.PremiumSubsidyService;
import org.onestop.settlement.policy.SideRules.Payer;
import org.springframework.http.ResponseEntity;

/** The office's rosters as RFC 4180 CSV: a header, one row per person, then a {@code TOTAL} row. */
final class BenefitCsv {

    static final String TEXT_CSV = "text/csv";

    private BenefitCsv() {
    }

    static ResponseEntity<String> response(String csv) {
        return ResponseEntity.ok().header("Content-Type", TEXT_CSV + ";charset=UTF-8").body(csv);
    }

    static String premiumRoster(PremiumSubsidyService.Roster roster) {
        StringBuilder csv = new StringBuilder();
        line(csv, "personId", "region", "year", "tier", "identity", "premium", "assistanceFund", "government",
                "person");
        for (PremiumSubsidy s : roster.persons()) {
            line(csv, s.personId(), s.region(), s.year(), s.tier(), s.identity(), money(s.premium()),
                    money(s.paidBy(Payer.ASSISTANCE_FUND)), money(s.paidBy(Payer.GOVERNMENT)),
                    money(s.paidBy(Payer.PERSON)));
        }
        BigDecimal premiums = roster.premium().multiply(BigDecimal.valueOf(roster.persons().size()));
        line(csv, "TOTAL", roster.region(), roster.year(), "", "", money(premiums),
                money(roster.totals().get(Payer.ASSISTANCE_FUND)), money(roster.totals().get(Payer.GOVERNMENT)),
                money(roster.totals().get(Payer.PERSON)));
        return csv.toString();
    }

    static String grants(List<OutpatientGrant> grants) {
        StringBuilder csv = new StringBuilder();
        line(csv, "personId", "region", "year", "basis", "amount", "working");
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (OutpatientGrant g : grants) {
            line(csv, g.personId(), g.region(), g.year(), g.basis(), money(g.amount()), g.working());
            total = total.add(g.amount());
        }
        line(csv, "TOTAL", "", "", "", money(total), grants.size() + " grants");
        return csv.toString();
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2).toPlainString();
    }

    private static void line(StringBuilder csv, Object... fields) {
        csv.append(Stream.of(fields).map(f -> quote(f == null ? "" : String.valueOf(f)))
                .collect(Collectors.joining(","))).append("\r\n");
    }

    private static String quote(String field) {
        return List.of(",", "\"", "\r", "\n").stream().anyMatch(field::contains)
                ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }
}
