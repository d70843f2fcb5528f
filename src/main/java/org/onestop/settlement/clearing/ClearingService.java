package org.onestop.settlement.clearing;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onestop.settlement.common.FieldViolation;
import org.onestop.settlement.common.InsuranceType;
import org.onestop.settlement.common.InvalidRequestException;
import org.onestop.settlement.common.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads clearing figures from the stored settlements: the fund lines of each settlement's stored answer
 * ({@code funds[]}: fund code, name, stage, amount), counted on the settlement date and again, as a reversal, on the
 * reversal date. Dates are calendar days in the service's zone ({@link Clock#getZone()}), both ends inclusive. A
 * hospital clears what it advanced at discharge; what the assistance office paid the person itself (retroactive
 * supplements, after-care claims) is on rows of no hospital ({@code hospitalCode} null).
 */
@Service
public class ClearingService {

    private static final String IN_PERIOD = "(s.settled_at >= :start AND s.settled_at < :end)";
    private static final String REVERSED_IN_PERIOD = "(s.reversed_at >= :start AND s.reversed_at < :end)";
    /** The hospital a settlement clears with: the discharge desk's; none for what the office paid itself. */
    private static final String PAYEE = "CASE WHEN s.kind = 'DISCHARGE' THEN s.hospital_code END";

    private final JdbcClient jdbc;
    private final Clock clock;

    ClearingService(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The zone clearing dates are read in. */
    public ZoneId zone() {
        return clock.getZone();
    }

    /** Clearing statement for the filter; {@code region}, {@code hospitalCode}, {@code fundCode} may be null (all). */
    @Transactional(readOnly = true)
    public ClearingStatement statement(RegionCode region, LocalDate from, LocalDate to, String hospitalCode,
                                       String fundCode) {
        requirePeriod(from, to, "from", "to");
        Map<String, Object> params = period(from, to);
        StringBuilder where = new StringBuilder("(" + IN_PERIOD + " OR " + REVERSED_IN_PERIOD + ")");
        if (region != null) {
            where.append(" AND s.region = :region");
            params.put("region", region.name());
        }
        if (hospitalCode != null) {
            where.append(" AND s.hospital_code = :hospital AND s.kind = 'DISCHARGE'");
            params.put("hospital", hospitalCode);
        }
        if (fundCode != null) {
            where.append(" AND f ->> 'fundCode' = :fund");
            params.put("fund", fundCode);
        }
        String amount = "(f ->> 'amount')::numeric";
        List<ClearingStatement.Row> rows = jdbc.sql("""
                SELECT %5$s AS hospital_code, f ->> 'fundCode' AS fund_code, min(f ->> 'name') AS fund_name,
                       f ->> 'stage' AS stage,
                       count(*) FILTER (WHERE %1$s) AS settled,
                       coalesce(sum(%3$s) FILTER (WHERE %1$s), 0) AS settled_amount,
                       count(*) FILTER (WHERE %2$s) AS reversed,
                       coalesce(sum(%3$s) FILTER (WHERE %2$s), 0) AS reversed_amount
                FROM settlement s CROSS JOIN LATERAL jsonb_array_elements(s.response::jsonb -> 'funds') f
                WHERE %4$s
                GROUP BY 1, f ->> 'fundCode', f ->> 'stage'
                ORDER BY 1 NULLS LAST, f ->> 'fundCode', f ->> 'stage'
                """.formatted(IN_PERIOD, REVERSED_IN_PERIOD, amount, where, PAYEE))
                .params(params)
                .query((rs, n) -> {
                    BigDecimal settled = money(rs.getBigDecimal("settled_amount"));
                    BigDecimal reversed = money(rs.getBigDecimal("reversed_amount"));
                    return new ClearingStatement.Row(rs.getString("hospital_code"), rs.getString("fund_code"),
                            rs.getString("fund_name"), rs.getString("stage"), rs.getLong("settled"), settled,
                            rs.getLong("reversed"), reversed, settled.subtract(reversed));
                })
                .list();
        return new ClearingStatement(region, from, to, zone().getId(), hospitalCode, fundCode, rows,
                ClearingStatement.Totals.of(rows));
    }

    /**
     * One hospital's net totals of a period for one insurance type (the person's), as the platform's reconciliation
     * (3201) compares them: its discharge settlements of the period less their reversals of the period.
     */
    @Transactional(readOnly = true)
    public PeriodTotals periodTotals(String hospitalCode, InsuranceType insuranceType, LocalDate from, LocalDate to,
                                     String fromField, String toField) {
        requirePeriod(from, to, fromField, toField);
        Map<String, Object> params = period(from, to);
        params.put("hospital", hospitalCode);
        params.put("insurance", insuranceType.name());
        return jdbc.sql("""
                SELECT count(*) FILTER (WHERE %1$s) - count(*) FILTER (WHERE %2$s) AS cnt,
                       coalesce(sum(s.total) FILTER (WHERE %1$s), 0)
                           - coalesce(sum(s.total) FILTER (WHERE %2$s), 0) AS total,
                       coalesce(sum(s.fund_pay) FILTER (WHERE %1$s), 0)
                           - coalesce(sum(s.fund_pay) FILTER (WHERE %2$s), 0) AS fund_pay
                FROM settlement s JOIN person p ON p.person_id = s.person_id
                WHERE s.hospital_code = :hospital AND s.kind = 'DISCHARGE' AND p.insurance_type = :insurance
                  AND (%1$s OR %2$s)
                """.formatted(IN_PERIOD, REVERSED_IN_PERIOD))
                .params(params)
                .query((rs, n) -> new PeriodTotals(rs.getLong("cnt"), money(rs.getBigDecimal("total")),
                        money(rs.getBigDecimal("fund_pay"))))
                .single();
    }

    /** Net count, total charges and fund payments of a period. */
    public record PeriodTotals(long settlementCount, BigDecimal total, BigDecimal fundPay) {
    }

    private Map<String, Object> period(LocalDate from, LocalDate to) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("start", Timestamp.from(from.atStartOfDay(zone()).toInstant()));
        params.put("end", Timestamp.from(to.plusDays(1).atStartOfDay(zone()).toInstant()));
        return params;
    }

    private static void requirePeriod(LocalDate from, LocalDate to, String fromField, String toField) {
        List<FieldViolation> violations = new ArrayList<>();
        if (from == null) {
            violations.add(new FieldViolation(fromField, "is required"));
        }
        if (to == null) {
            violations.add(new FieldViolation(toField, "is required"));
        }
        if (from != null && to != null && to.isBefore(from)) {
            violations.add(new FieldViolation(toField, "is before " + fromField + " " + from));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2);
    }
}
