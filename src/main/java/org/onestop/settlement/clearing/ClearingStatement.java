package org.onestop.settlement.clearing;

import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.onestop.settlement.common.RegionCode;

/**
 * A clearing statement: the filter it answers, the zone its dates are read in, one row per hospital, fund and
 * stage, and the totals of the rows. A settlement counts in the period of its {@code settledAt}; its reversal counts,
 * with the same fund amounts, in the period of its {@code reversedAt}; {@code net = amount − reversalAmount}.
 */
public record ClearingStatement(@Nullable RegionCode region, LocalDate from, LocalDate to, String zone,
                                @Nullable String hospitalCode, @Nullable String fundCode, List<Row> rows, Totals totals) {

    /**
     * One hospital's figures for one fund line (the tilt is the assistance fund's own line, stage TILT);
     * {@code hospitalCode} null for what the assistance office paid the persons itself (supplements, after care).
     */
    public record Row(String hospitalCode, String fundCode, String fundName, String stage, long settlementCount,
                      BigDecimal amount, long reversalCount, BigDecimal reversalAmount, BigDecimal net) {
    }

    /** The sums of every row. */
    public record Totals(long settlementCount, BigDecimal amount, long reversalCount, BigDecimal reversalAmount,
                         BigDecimal net) {

        static Totals of(List<Row> rows) {
            return new Totals(rows.stream().mapToLong(Row::settlementCount).sum(),
                    sum(rows.stream().map(Row::amount).toList()),
                    rows.stream().mapToLong(Row::reversalCount).sum(),
                    sum(rows.stream().map(Row::reversalAmount).toList()),
                    sum(rows.stream().map(Row::net).toList()));
        }

        private static BigDecimal sum(List<BigDecimal> amounts) {
            return amounts.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        }
    }
}
