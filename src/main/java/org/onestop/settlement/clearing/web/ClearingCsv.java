package org.onestop.settlement.clearing.web;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.onestop.settlement.clearing.ClearingStatement;

/**
 * A clearing statement as RFC 4180 CSV: header, one row per hospital and fund line (an empty hospital for what the
 * assistance office paid itself), then {@code TOTAL}.
 */
final class ClearingCsv {

    static final String HEADER = "hospitalCode,fundCode,fundName,stage,settlementCount,amount,reversalCount,"
            + "reversalAmount,net";

    private ClearingCsv() {
    }

    static String of(ClearingStatement statement) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (ClearingStatement.Row r : statement.rows()) {
            line(csv, r.hospitalCode(), r.fundCode(), r.fundName(), r.stage(), r.settlementCount(),
                    r.amount().toPlainString(), r.reversalCount(), r.reversalAmount().toPlainString(),
                    r.net().toPlainString());
        }
        ClearingStatement.Totals t = statement.totals();
        line(csv, "TOTAL", "", "", "", t.settlementCount(), t.amount().toPlainString(), t.reversalCount(),
                t.reversalAmount().toPlainString(), t.net().toPlainString());
        return csv.toString();
    }

    private static void line(StringBuilder csv, Object... fields) {
        csv.append(Stream.of(fields).map(f -> quote(f == null ? "" : String.valueOf(f)))
                        .collect(Collectors.joining(",")))
                .append("\r\n");
    }

    private static String quote(String field) {
        return List.of(",", "\"", "\r", "\n").stream().anyMatch(field::contains)
                ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }
}
