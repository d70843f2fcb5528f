package org.onestop.settlement.benefit;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.onestop.settlement.common.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outpatient cash grants (V10), one per region, year and person: a grant once stored is never recomputed. */
@Repository
class GrantStore {

    private final JdbcClient jdbc;

    GrantStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the grant unless the person already has one for the year. */
    void insertIfAbsent(OutpatientGrant g) {
        jdbc.sql("""
                INSERT INTO outpatient_cash_grant (grant_id, region, grant_year, person_id, amount, basis, working,
                                                   citation, policy_version, computed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (region, grant_year, person_id) DO NOTHING""")
                .params(g.grantId(), g.region().name(), g.year(), g.personId(), g.amount(), g.basis().name(),
                        g.working(), g.citation(), g.policyVersion(), Timestamp.from(g.computedAt()))
                .update();
    }

    List<OutpatientGrant> list(RegionCode region, int year) {
        return jdbc.sql("""
                SELECT grant_id, region, grant_year, person_id, amount, basis, working, citation, policy_version,
                       computed_at
                FROM outpatient_cash_grant WHERE region = ? AND grant_year = ? ORDER BY person_id""")
                .params(region.name(), year)
                .query((rs, n) -> new OutpatientGrant(rs.getObject(1, UUID.class),
                        RegionCode.valueOf(rs.getString(2)), rs.getInt(3), rs.getString(4), rs.getBigDecimal(5),
                        OutpatientGrant.Basis.valueOf(rs.getString(6)), rs.getString(7), rs.getString(8),
                        rs.getString(9), rs.getTimestamp(10).toInstant()))
                .list();
    }
}
