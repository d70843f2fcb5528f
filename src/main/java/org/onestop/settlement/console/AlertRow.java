package org.onestop.settlement.console;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.onestop.settlement.alert.HighCostAlert;
import org.onestop.settlement.slip.MoneyText;
import org.onestop.settlement.slip.NameMask;

/** One high-cost alert in the office's list, figures formatted, the person by id and masked name. */
public record AlertRow(String alertId, String personId, String personName, String region, int year, String rule,
                       String citation, String amount, String threshold, String working, boolean illustrative,
                       String raisedAt, String status, String statusLabel, String acknowledgedBy,
                       String acknowledgedAt, String note) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    static AlertRow of(HighCostAlert alert, String name, ZoneId zone) {
        DateTimeFormatter time = TIME.withZone(zone);
        return new AlertRow(alert.alertId().toString(), alert.personId(), NameMask.mask(name),
                ConsoleLabels.region(alert.region()), alert.year(), alert.rule(), alert.citation(),
                MoneyText.format(alert.amount()), MoneyText.format(alert.threshold()), alert.working(),
                alert.illustrative(), time.format(alert.raisedAt()), alert.status().name(),
                ConsoleLabels.alertStatus(alert.status().name()), alert.acknowledgedBy(),
                alert.acknowledgedAt() == null ? null : time.format(alert.acknowledgedAt()), alert.note());
    }

    /** Whether the office can still acknowledge it. */
    public boolean open() {
        return HighCostAlert.Status.OPEN.name().equals(status);
    }
}
