package org.onestop.settlement.simulation.web;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * A finished simulation's persons as RFC 4180 CSV, in person-id order: per person their settlements in the window,
 * what each stage paid and what they paid in each run, the change of their payment, and their stays above the
 * alert line of the rule that watches them.
 */
final class SimulationCsv {

    static final String TEXT_CSV = "text/csv";
    static final String HEADER = "personId,settlements,baselineBasic,patchedBasic,baselineMajorIllness,"
            + "patchedMajorIllness,baselineAssistance,patchedAssistance,baselineTilt,patchedTilt,baselinePersonalPay,"
            + "patchedPersonalPay,personalPayDifference,baselineAlertedStays,patchedAlertedStays";
    private static final List<String> AMOUNTS = List.of("baseline_basic", "patched_basic", "baseline_major",
            "patched_major", "baseline_assist", "patched_assist", "baseline_tilt", "patched_tilt", "baseline_personal",
            "patched_personal");

    private final StringBuilder csv = new StringBuilder(HEADER).append("\r\n");

    /** Appends the row the result set is on. */
    void row(ResultSet rs) {
        try {
            csv.append(quote(rs.getString("person_id"))).append(',').append(rs.getInt("settlements"));
            for (String column : AMOUNTS) {
                csv.append(',').append(rs.getBigDecimal(column).toPlainString());
            }
            csv.append(',').append(rs.getBigDecimal("patched_personal").subtract(rs.getBigDecimal("baseline_personal"))
                    .toPlainString());
            csv.append(',').append(rs.getInt("baseline_alerted")).append(',').append(rs.getInt("patched_alerted"))
                    .append("\r\n");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read a simulation's person row", e);
        }
    }

    @Override
    public String toString() {
        return csv.toString();
    }

    private static String quote(String field) {
        return List.of(",", "\"", "\r", "\n").stream().anyMatch(field::contains)
                ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }
}
