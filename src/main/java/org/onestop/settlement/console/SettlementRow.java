package org.onestop.settlement.console;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.onestop.settlement.settlement.SettlementResponse;
import org.onestop.settlement.slip.MoneyText;
import org.onestop.settlement.slip.NameMask;

/**
 * One settlement in a console list, figures formatted, with the console path of its slip. The person appears by id
 * and masked name only.
 */
public record SettlementRow(String settlementId, String status, String statusLabel, String settledAt,
                            String hospitalCode, String encounterNo, String personId, String personName,
                            String identity, String total, String fundPay, String personalPay, String slipPath) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** The row of a settlement, its time in {@code zone}, for a person whose registered name is {@code name}. */
    public static SettlementRow of(SettlementResponse settlement, String name, ZoneId zone) {
        String id = settlement.settlementId().toString();
        return new SettlementRow(id, settlement.status().name(),
                ConsoleLabels.settlementStatus(settlement.status().name()),
                TIME.withZone(zone).format(settlement.settledAt()), settlement.hospitalCode(),
                settlement.encounterNo(), settlement.personId(), NameMask.mask(name),
                settlement.identity() == null ? "无" : settlement.identity().category().chineseName(),
                MoneyText.format(settlement.amounts().total()), MoneyText.format(settlement.fundPay()),
                MoneyText.format(settlement.personalPay()), "/console/settlements/" + id + "/slip");
    }
}
