package org.onestop.settlement.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onestop.settlement.support.ApiFixtures.inpatientClaim;
import static org.onestop.settlement.support.ApiFixtures.money;
import static org.onestop.settlement.support.ApiFixtures.unique;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onestop.settlement.support.ApiFixtures;
import org.onestop.settlement.support.IntegrationTest;
import org.onestop.settlement.support.JsonHttpClient.Response;
import org.onestop.settlement.support.OfficeClients;
import org.onestop.settlement.support.SettlementApi;
import org.onestop.settlement.support.TestClients.Credentials;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * High-cost alerts raised by settlements over HTTP (001 第十六条, 004 五(八)).
 *
 * <p>Every stay here is level 3, policy scope 3000.00 (the rest fully own-pay), so only basic insurance pays:
 * (3000.00 − 800.00 deductible) × 60% = 1320.00; the major-illness base 1680.00 stays under its 10000 deductible, the
 * assistance thresholds (Lanzhou marginal 2000 a year, Zibo marginal 3000 a year) take the first 1680.00 whole, and the
 * tilt thresholds (6000, 10000) are not reached on 1680.00 a stay — so what each stage leaves is easy to check.
 */
@IntegrationTest
class HighCostAlertIT {

    private static final String ALERTS = "/api/v1/alerts";

    @Autowired
    SettlementApi api;

    private String person(String region, String category, LocalDate applicationDate) {
        String personId = unique("al");
        api.createPerson(personId, region, "RESIDENT", "FEMALE", "1970-01-01");
        api.addIdentity(personId, category, null, LocalDate.of(2024, 1, 1), null, applicationDate);
        return personId;
    }

    /** A level-3 stay in March 2024: total, of which fully own-pay total − 3000.00 (policy scope 3000.00). */
    private static JsonNode stay(String personId, String encounterNo, String total) {
        String ownPay = new java.math.BigDecimal(total).subtract(new java.math.BigDecimal("3000.00")).toPlainString();
        return inpatientClaim(unique("H"), encounterNo, personId, 3, "2024-03-01", "2024-03-10", total, ownPay,
                "0.00", "0.00");
    }

    private List<JsonNode> alertsOf(SettlementApi caller, String region, String personId) {
        Response response = caller.http().get(ALERTS + "?region=" + region + "&from=2000-01-01");
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        return response.json().valueStream().filter(a -> a.path("personId").asString().equals(personId)).toList();
    }

    @Test
    void aLanzhouMarginalStayLeavingMoreThan6000RaisesOneAlertAndASecondStayInTheYearNone() {
        String personId = person("LANZHOU", "LOW_INCOME_MARGINAL", LocalDate.of(2024, 1, 1));
        // total 10000.00, fully own-pay 7000.00: basic 1320.00 (see above), nothing else, so the person pays
        // 10000.00 − 1320.00 = 8680.00 after all three systems > 6000 (001 第十六条(二))
        JsonNode first = api.settleCreated(stay(personId, "ZY-1", "10000.00"));
        assertThat(money(first, "personalPay")).isEqualByComparingTo("8680.00");
        Credentials office = OfficeClients.officeOf(api, "LANZHOU");
        List<JsonNode> alerts = alertsOf(api.as(office), "LANZHOU", personId);
        assertThat(alerts).hasSize(1);
        JsonNode alert = alerts.get(0);
        assertThat(alert.path("rule").asString()).isEqualTo("MONITORED_STAY");
        assertThat(alert.path("citation").asString()).contains("第十六条");
        assertThat(money(alert, "amount")).isEqualByComparingTo("8680.00");
        assertThat(money(alert, "threshold")).isEqualByComparingTo("6000.00");
        assertThat(alert.path("settlementId").asString()).isEqualTo(first.path("settlementId").asString());
        assertThat(alert.path("status").asString()).isEqualTo("OPEN");
        assertThat(alert.path("year").asInt()).isEqualTo(2024);

        // a second such stay (again 8680.00 > 6000) in 2024: the rule has raised its alert for the year already
        api.settleCreated(stay(personId, "ZY-2", "10000.00"));
        assertThat(alertsOf(api, "LANZHOU", personId)).hasSize(1);
    }

    @Test
    void aLanzhouMarginalStayLeavingExactly6000RaisesNothing() {
        String personId = person("LANZHOU", "LOW_INCOME_MARGINAL", LocalDate.of(2024, 1, 1));
        // total 7320.00: personal 7320.00 − 1320.00 = 6000.00, not more than 6000
        JsonNode body = api.settleCreated(stay(personId, "ZY-1", "7320.00"));
        assertThat(money(body, "personalPay")).isEqualByComparingTo("6000.00");
        assertThat(alertsOf(api, "LANZHOU", personId)).isEmpty();
    }

    @Test
    void aZiboMarginalPersonCrossingHalfTheProvinceIncomeOverTwoStaysIsAlertedOnTheSecond() {
        String personId = person("ZIBO", "LOW_INCOME_MARGINAL", null);
        // threshold 50% × 40000.00 (province income of the year before, illustrative) = 20000.00 (004 五(八));
        // each stay: total 15000.00 − basic 1320.00 − major illness 0.00 = 13680.00 after insurance
        api.settleCreated(stay(personId, "ZY-1", "15000.00"));
        assertThat(alertsOf(api, "ZIBO", personId)).as("13680.00 ≤ 20000.00").isEmpty();
        JsonNode second = api.settleCreated(stay(personId, "ZY-2", "15000.00"));
        List<JsonNode> alerts = alertsOf(api, "ZIBO", personId);
        assertThat(alerts).hasSize(1);
        JsonNode alert = alerts.get(0);
        // 13680.00 + 13680.00 = 27360.00 > 20000.00
        assertThat(alert.path("rule").asString()).isEqualTo("MONITORED_YEAR");
        assertThat(money(alert, "amount")).isEqualByComparingTo("27360.00");
        assertThat(money(alert, "threshold")).isEqualByComparingTo("20000.00");
        assertThat(alert.path("illustrative").asBoolean()).isTrue();
        assertThat(alert.path("working").asString()).contains("40000.00 × 50% = 20000.00");
        assertThat(alert.path("settlementId").asString()).isEqualTo(second.path("settlementId").asString());
    }

    @Test
    void reversingTheRaisingSettlementWithdrawsTheAlertAndANewStayRaisesItAgain() {
        String personId = person("LANZHOU", "LOW_INCOME_MARGINAL", LocalDate.of(2024, 1, 1));
        String settlementId = api.settleCreated(stay(personId, "ZY-1", "10000.00")).path("settlementId").asString();
        assertThat(api.reverse(settlementId).status()).isEqualTo(200);
        List<JsonNode> alerts = alertsOf(api, "LANZHOU", personId);
        assertThat(alerts).hasSize(1);
        assertThat(alerts.get(0).path("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(alerts.get(0).path("withdrawnBy").asString()).isEqualTo(settlementId);
        assertThat(api.reverse(settlementId).status()).as("a repeated reversal changes nothing").isEqualTo(200);

        // the withdrawn alert no longer holds the rule's place in 2024: the corrected stay (8680.00 > 6000) raises anew
        api.settleCreated(stay(personId, "ZY-1", "10000.00"));
        assertThat(alertsOf(api, "LANZHOU", personId)).extracting(a -> a.path("status").asString())
                .containsExactly("WITHDRAWN", "OPEN");
    }

    @Test
    void theOfficeAcknowledgesAnAlertOfItsRegionOnlyAndOnlyOnce() {
        String personId = person("LANZHOU", "LOW_INCOME_MARGINAL", LocalDate.of(2024, 1, 1));
        api.settleCreated(stay(personId, "ZY-1", "10000.00"));
        String alertId = alertsOf(api, "LANZHOU", personId).get(0).path("alertId").asString();
        String path = ALERTS + "/" + alertId + "/acknowledgement";
        String note = "{\"note\": \"visited; temporary assistance applied for\"}";

        SettlementApi zibo = api.as(OfficeClients.officeOf(api, "ZIBO"));
        assertThat(zibo.http().post(path, note).status()).as("another region's alert").isEqualTo(404);
        assertThat(zibo.http().get(ALERTS + "?region=LANZHOU").status()).isEqualTo(403);
        ApiFixtures.assertFieldProblem(api.http().post(path, "{\"note\": \" \"}"), "note");

        Credentials lanzhou = OfficeClients.officeOf(api, "LANZHOU");
        Response done = api.as(lanzhou).http().post(path, note);
        assertThat(done.status()).as("%s", done).isEqualTo(200);
        assertThat(done.json().path("status").asString()).isEqualTo("ACKNOWLEDGED");
        assertThat(done.json().path("acknowledgedBy").asString()).isEqualTo(lanzhou.clientId());
        assertThat(done.json().path("note").asString()).isEqualTo("visited; temporary assistance applied for");
        assertThat(api.as(lanzhou).http().post(path, note).status()).isEqualTo(409);
        assertThat(api.as(lanzhou).http().get(ALERTS + "?status=ACKNOWLEDGED&from=2000-01-01").json()
                .valueStream().map(a -> a.path("alertId").asString())).contains(alertId);
    }
}
