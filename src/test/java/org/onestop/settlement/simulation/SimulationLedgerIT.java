package org.onestop.settlement.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onestop.settlement.support.ApiFixtures.money;
import static org.onestop.settlement.support.ApiFixtures.section6Claim;
import static org.onestop.settlement.support.ApiFixtures.unique;
import static org.onestop.settlement.support.Simulations.request;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.onestop.settlement.support.IntegrationTest;
import org.onestop.settlement.support.SettlementApi;
import org.onestop.settlement.support.Simulations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A simulation reads the real tables and writes only its own rows: its ledgers start from the persons' opening
 * balances and live in memory; a settlement whose person's identities changed since is listed as not reproduced,
 * with that reason. Window: Zibo, June 2023, which no other test settles in.
 */
@IntegrationTest
class SimulationLedgerIT {

    /** The tables a simulation reads, and may never change. */
    private static final List<String> READ_ONLY = List.of("ledger_entry", "ledger_balance", "ledger_year",
            "settlement", "person", "assistance_identity", "alert_observation", "high_cost_alert");

    @Autowired
    SettlementApi api;

    @Autowired
    JdbcClient jdbc;

    /** Each table's rows, hashed in a fixed order. */
    private Map<String, String> snapshot() {
        Map<String, String> hashes = new LinkedHashMap<>();
        for (String table : READ_ONLY) {
            hashes.put(table, jdbc.sql("SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY "
                    + "t::text)), '') FROM " + table + " t").query(String.class).single());
        }
        return hashes;
    }

    /** The §6 stay (policies.md §6) discharged on a day of June 2023. */
    private JsonNode stay(String personId, String discharge) {
        ObjectNode claim = section6Claim(unique("H"), unique("ZY"), personId);
        claim.put("admissionDate", "2023-11-01");
        claim.put("dischargeDate", discharge);
        return api.settleCreated(claim);
    }

    @Test
    void aSimulationStartsFromOpeningBalancesListsWhatItDidNotReproduceAndChangesNoLedgerRow() {
        // 低保 with 29000.00 of the 30000 assistance pool used before the service (opening balance): the §6 stay's
        // assistance 8233.50 is capped at the 1000.00 left; the 7233.50 withheld stays in the burden, 10978 − 1000 =
        // 9978 > 5000: re-assistance 70% × 4978 = 3484.60. At 80% the cap still pays 1000.00: nothing changes.
        String opened = api.newMinLivingZiboResident("sim-open", LocalDate.of(2023, 1, 1), null);
        assertThat(api.openLedger(opened, 2023, Map.of("ASSISTANCE_PAID:ASSIST", new BigDecimal("29000.00")))
                .status()).isEqualTo(201);
        JsonNode capped = stay(opened, "2023-11-10");
        assertThat(money(capped, "assistancePay")).isEqualByComparingTo("1000.00");
        assertThat(money(capped, "tiltPay")).isEqualByComparingTo("3484.60");
        // settled without identity: major illness untilted, (22080 − 10000) × 60% = 7248.00, no assistance; the 低保
        // identity is recorded afterwards, so the baseline (now tilted: 11102.00, 8233.50) does not reproduce it
        String late = api.newZiboResident("sim-late");
        JsonNode before = stay(late, "2023-11-12");
        assertThat(money(before, "majorIllnessPay")).isEqualByComparingTo("7248.00");
        api.addIdentity(late, "MIN_LIVING", null, LocalDate.of(2023, 1, 1), null, null);
        Map<String, BigDecimal> ledger = api.ledgerUsed(opened, 2023);

        Map<String, String> tables = snapshot();
        String id = Simulations.start(api, request("ZIBO", "2023-11-01", "2023-11-30",
                "assistance.schemes[0].programs[0].rate", new BigDecimal("0.80")));
        JsonNode result = Simulations.awaitDone(api, id).path("result");
        assertThat(snapshot()).as("the tables a simulation reads").isEqualTo(tables);
        assertThat(api.ledgerUsed(opened, 2023)).isEqualTo(ledger);
        assertThat(api.count("SELECT count(*) FROM simulation_person WHERE simulation_id = ?::uuid", id))
                .isEqualTo(2);

        JsonNode check = result.path("baselineCheck");
        assertThat(check.path("compared").asLong()).isEqualTo(2);
        assertThat(check.path("reproduced").asLong()).as("the capped stay, from its opening balance").isEqualTo(1);
        assertThat(check.path("notReproducedCount").asLong()).isEqualTo(1);
        JsonNode mismatch = check.path("notReproduced").get(0);
        assertThat(mismatch.path("settlementId").asString()).isEqualTo(before.path("settlementId").asString());
        assertThat(mismatch.path("personId").asString()).isEqualTo(late);
        assertThat(mismatch.path("dischargeDate").asString()).isEqualTo("2023-11-12");
        assertThat(money(mismatch.path("stored"), "majorIllness")).isEqualByComparingTo("7248.00");
        assertThat(money(mismatch.path("stored"), "assistance")).isEqualByComparingTo("0.00");
        assertThat(money(mismatch.path("baseline"), "majorIllness")).isEqualByComparingTo("11102.00");
        assertThat(money(mismatch.path("baseline"), "assistance")).isEqualByComparingTo("8233.50");
        assertThat(mismatch.path("reasons").valueStream().map(JsonNode::asString).toList())
                .containsExactly("IDENTITIES_CHANGED");
        // the capped person's stay is the same in both runs; only the late one's assistance moves, 8233.50 → 8782.40
        assertThat(result.path("persons").path("affected").asLong()).isEqualTo(1);
        assertThat(money(result.path("totals").path("difference"), "assistance")).isEqualByComparingTo("548.90");
        assertThat(money(result.path("totals").path("baseline"), "assistance")).isEqualByComparingTo("9233.50");
    }
}
