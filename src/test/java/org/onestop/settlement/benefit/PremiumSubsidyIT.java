package org.onestop.settlement.benefit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onestop.settlement.support.ApiFixtures.unique;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onestop.settlement.support.ApiFixtures;
import org.onestop.settlement.support.IntegrationTest;
import org.onestop.settlement.support.JsonHttpClient.Response;
import org.onestop.settlement.support.OfficeClients;
import org.onestop.settlement.support.SettlementApi;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/** Premium subsidies (资助参保) over HTTP, Zibo's tiers of 004 二(二), for a resident premium of 380.00. */
@IntegrationTest
class PremiumSubsidyIT {

    @Autowired
    SettlementApi api;

    private String ziboPerson(String category, LocalDate validFrom) {
        String personId = unique("ps");
        api.createPerson(personId, "ZIBO", "RESIDENT", "FEMALE", "1970-01-01");
        api.addIdentity(personId, category, null, validFrom, null, null);
        return personId;
    }

    private JsonNode subsidy(String personId) {
        Response response = api.http().get("/api/v1/persons/" + personId + "/premium-subsidy?year=2024&premium=380");
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        return response.json();
    }

    private static BigDecimal line(JsonNode subsidy, String payer) {
        return subsidy.path("lines").valueStream().filter(l -> l.path("payer").asString().equals(payer))
                .findFirst().orElseThrow().path("amount").decimalValue();
    }

    @Test
    void aZiboMinimumLivingPersonsPremiumIs80PercentFundAndTheRestBudget() {
        JsonNode s = subsidy(ziboPerson("MIN_LIVING", LocalDate.of(2023, 6, 1)));
        // 380.00 × 80% = 304.00 from the assistance fund; 380.00 − 304.00 = 76.00 from the budget (004 二(二))
        assertThat(s.path("tier").asString()).isEqualTo("MIN_LIVING");
        assertThat(line(s, "ASSISTANCE_FUND")).isEqualByComparingTo("304.00");
        assertThat(line(s, "GOVERNMENT")).isEqualByComparingTo("76.00");
        assertThat(line(s, "PERSON")).isEqualByComparingTo("0.00");
        assertThat(s.path("citation").asString()).contains("二(二)");
    }

    @Test
    void aZiboMarginalPersonPaysWhatTheFundsThirtyPercentLeaves() {
        JsonNode s = subsidy(ziboPerson("LOW_INCOME_MARGINAL", LocalDate.of(2024, 1, 1)));
        // 380.00 × 30% = 114.00 from the fund; 380.00 − 114.00 = 266.00 the person
        assertThat(line(s, "ASSISTANCE_FUND")).isEqualByComparingTo("114.00");
        assertThat(line(s, "GOVERNMENT")).isEqualByComparingTo("0.00");
        assertThat(line(s, "PERSON")).isEqualByComparingTo("266.00");
    }

    @Test
    void anIdentityFromTheSecondOfJanuaryGivesNoSubsidyThatYear() {
        JsonNode s = subsidy(ziboPerson("MIN_LIVING", LocalDate.of(2024, 1, 2)));
        assertThat(s.path("subsidised").asBoolean()).isFalse();
        assertThat(line(s, "PERSON")).isEqualByComparingTo("380.00");
    }

    @Test
    void theRosterCsvTotalsEqualTheSumOfItsRowsAndAnOfficeSeesItsRegionOnly() {
        String minLiving = ziboPerson("MIN_LIVING", LocalDate.of(2024, 1, 1));
        String marginal = ziboPerson("LOW_INCOME_MARGINAL", LocalDate.of(2024, 1, 1));
        SettlementApi zibo = api.as(OfficeClients.officeOf(api, "ZIBO"));
        Response csv = zibo.http().get("/api/v1/premium-subsidies?year=2024&premium=380", "Accept", "text/csv");
        assertThat(csv.status()).as("%s", csv).isEqualTo(200);
        assertThat(csv.mediaType()).isEqualTo("text/csv");
        List<String[]> rows = Arrays.stream(csv.body().split("\r\n")).map(r -> r.split(",", -1)).toList();
        assertThat(rows.get(0)).containsExactly("personId", "region", "year", "tier", "identity", "premium",
                "assistanceFund", "government", "person");
        List<String[]> persons = rows.subList(1, rows.size() - 1);
        String[] total = rows.get(rows.size() - 1);
        assertThat(total[0]).isEqualTo("TOTAL");
        for (int column = 5; column <= 8; column++) {
            int c = column;
            BigDecimal sum = persons.stream().map(r -> new BigDecimal(r[c])).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(new BigDecimal(total[c])).as("column %s", rows.get(0)[c]).isEqualByComparingTo(sum);
        }
        assertThat(persons).anySatisfy(r -> assertThat(r).containsExactly(minLiving, "ZIBO", "2024", "MIN_LIVING",
                "MIN_LIVING", "380.00", "304.00", "76.00", "0.00"));
        assertThat(persons).anySatisfy(r -> assertThat(r).containsExactly(marginal, "ZIBO", "2024",
                "LOW_INCOME_MARGINAL", "LOW_INCOME_MARGINAL", "380.00", "114.00", "0.00", "266.00"));

        Response json = zibo.http().get("/api/v1/premium-subsidies?year=2024&premium=380");
        assertThat(json.json().path("persons").size()).isEqualTo(persons.size());

        SettlementApi lanzhou = api.as(OfficeClients.officeOf(api, "LANZHOU"));
        assertThat(lanzhou.http().get("/api/v1/premium-subsidies?region=ZIBO&year=2024&premium=380").status())
                .isEqualTo(403);
        assertThat(lanzhou.http().get("/api/v1/persons/" + minLiving + "/premium-subsidy?year=2024&premium=380")
                .status()).as("another region's person").isEqualTo(404);
    }

    @Test
    void aBadPremiumOrAMissingRegionIsA400NamingTheField() {
        String personId = ziboPerson("MIN_LIVING", LocalDate.of(2024, 1, 1));
        ApiFixtures.assertFieldProblem(api.http().get("/api/v1/persons/" + personId
                + "/premium-subsidy?year=2024&premium=380.001"), "premium");
        ApiFixtures.assertFieldProblem(api.http().get("/api/v1/persons/" + personId + "/premium-subsidy?premium=380"),
                "year");
        ApiFixtures.assertFieldProblem(api.http().get("/api/v1/premium-subsidies?year=2024&premium=380"), "region");
    }
}
