package org.onestop.settlement.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onestop.settlement.support.ApiFixtures.PREVIEW;
import static org.onestop.settlement.support.ApiFixtures.SETTLEMENTS;
import static org.onestop.settlement.support.ApiFixtures.assertFieldProblem;
import static org.onestop.settlement.support.ApiFixtures.assertProblem;
import static org.onestop.settlement.support.ApiFixtures.item;
import static org.onestop.settlement.support.ApiFixtures.section6Claim;
import static org.onestop.settlement.support.ApiFixtures.text;
import static org.onestop.settlement.support.ApiFixtures.unique;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.onestop.settlement.support.ApiFixtures;
import org.onestop.settlement.support.IntegrationTest;
import org.onestop.settlement.support.JsonHttpClient.Response;
import org.onestop.settlement.support.SettlementApi;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bad claims are refused with an RFC 9457 problem naming what is wrong, by the settlement and the preview endpoint
 * alike, and nothing is written: no settlement, ledger entry, balance or ledger-year row for the person.
 */
@IntegrationTest
class SettlementBadInputIT {

    @Autowired
    SettlementApi api;

    /** Where the offending field must be named: in {@code errors[].field}, or in {@code detail}. */
    enum Named { ERRORS, DETAIL }

    /**
     * One bad claim: {@code body} turns (personId, hospitalCode) into the request text, starting from the valid §6
     * claim of a Zibo minimum-living resident.
     */
    record BadClaim(String name, Function<String[], String> body, int status, Named named, String field) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static BadClaim mutated(String name, Consumer<ObjectNode> change, int status, Named named, String field) {
        return new BadClaim(name, ids -> {
            ObjectNode claim = section6Claim(ids[1], "ZY-1", ids[0]);
            change.accept(claim);
            return text(claim);
        }, status, named, field);
    }

    private static ObjectNode amounts(ObjectNode claim) {
        return (ObjectNode) claim.get("amounts");
    }

    static Stream<BadClaim> badClaims() {
        return Stream.of(
                mutated("unknown person", c -> c.put("personId", unique("nobody")), 400, Named.ERRORS, "personId"),
                mutated("unknown encounterType", c -> c.put("encounterType", "X"), 400, Named.DETAIL,
                        "encounterType"),
                mutated("unknown careLocation", c -> c.put("careLocation", "MARS"), 400, Named.DETAIL,
                        "careLocation"),
                mutated("hospital level 4", c -> c.put("hospitalLevel", 4), 400, Named.ERRORS, "hospitalLevel"),
                mutated("negative amount", c -> amounts(c).put("fullyOwnPay", new BigDecimal("-1.00")), 400,
                        Named.ERRORS, "amounts.fullyOwnPay"),
                mutated("three decimals", c -> amounts(c).put("total", new BigDecimal("60000.001")), 400,
                        Named.ERRORS, "amounts.total"),
                mutated("amount not a number", c -> amounts(c).put("total", "sixty thousand"), 400, Named.DETAIL,
                        "amounts.total"),
                // 5000.00 + 0.00 + 1000.00 = 6000.00 > 5000.00
                mutated("parts exceeding total", c -> amounts(c).put("total", new BigDecimal("5000.00")), 400,
                        Named.ERRORS, "amounts"),
                mutated("discharge before admission", c -> c.put("dischargeDate", "2024-02-28"), 400,
                        Named.ERRORS, "dischargeDate"),
                mutated("future discharge date", c -> c.put("dischargeDate",
                        LocalDate.now().plusDays(10).toString()), 400, Named.ERRORS, "dischargeDate"),
                // Zibo's policy is in force from 2023-01-01 only
                mutated("no policy in force", c -> {
                    c.put("admissionDate", "2022-05-25");
                    c.put("dischargeDate", "2022-06-01");
                }, 422, Named.DETAIL, "2022-06-01"),
                mutated("missing hospitalCode", c -> c.remove("hospitalCode"), 400, Named.ERRORS, "hospitalCode"),
                mutated("blank encounterNo", c -> c.put("encounterNo", " "), 400, Named.ERRORS, "encounterNo"),
                mutated("missing dischargeDate", c -> c.remove("dischargeDate"), 400, Named.ERRORS,
                        "dischargeDate"),
                mutated("missing admissionDate of an inpatient stay", c -> c.remove("admissionDate"), 400,
                        Named.ERRORS, "admissionDate"),
                mutated("missing amounts and items", c -> c.remove("amounts"), 400, Named.ERRORS, "amounts"),
                mutated("both amounts and items", c -> c.putArray("items")
                        .add(item("A1", "A", null, "12.50", null, "24", "300.00")), 400, Named.ERRORS, "amounts"),
                mutated("class B item without selfPayRatio", c -> {
                    c.remove("amounts");
                    c.putArray("items").add(item("B1", "B", null, "250.00", "200.00", "4", "1000.00"));
                }, 400, Named.ERRORS, "items[0].selfPayRatio"),
                // 12.50 × 24 = 300.00, not 299.99
                mutated("item amount not unitPrice × quantity", c -> {
                    c.remove("amounts");
                    c.putArray("items").add(item("A1", "A", null, "12.50", null, "24", "299.99"));
                }, 400, Named.ERRORS, "items[0].amount"),
                mutated("bad ICD-10 code", c -> c.putArray("diagnoses").add("appendicitis"), 400, Named.ERRORS,
                        "diagnoses[0]"),
                mutated("second diagnosis bad", c -> c.putArray("diagnoses").add("K35.8").add("123"), 400,
                        Named.ERRORS, "diagnoses[1]"),
                new BadClaim("malformed JSON", ids -> "{\"hospitalCode\": \"" + ids[1] + "\", \"personId\": \""
                        + ids[0] + "\", ", 400, Named.DETAIL, "line 1"),
                new BadClaim("not JSON at all", ids -> "settle please", 400,
                        Named.DETAIL, "Malformed JSON"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badClaims")
    void aBadClaimIsAProblemAndWritesNothing(BadClaim bad) {
        String personId = api.newMinLivingZiboResident("bad", LocalDate.of(2022, 1, 1), null);
        String body = bad.body().apply(new String[] {personId, unique("H")});

        for (String path : List.of(SETTLEMENTS, PREVIEW)) {
            Response response = api.http().post(path, body);

            JsonNode problem = assertProblem(response, bad.status());
            assertThat(problem.path("instance").asString()).isEqualTo(path);
            if (bad.named() == Named.ERRORS) {
                assertFieldProblem(response, bad.field());
            } else {
                assertThat(problem.path("detail").asString()).as("detail of %s", response).contains(bad.field());
            }
        }
        assertThat(api.counts(personId)).as("settlement, ledger_entry, ledger_balance, ledger_year rows")
                .containsExactly(0L, 0L, 0L, 0L);
    }

    @Test
    void anEmptyClaimNamesEveryMissingField() {
        Response response = api.http().post(SETTLEMENTS, "{}");

        assertFieldProblem(response, "hospitalCode", "encounterNo", "personId", "encounterType",
                "hospitalLevel", "designated", "dischargeDate");
    }

    @Test
    void aPersonInAnUnknownRegionIsRefused() {
        String personId = unique("bad");
        ObjectNode person = ApiFixtures.person(personId, "MARS", "RESIDENT", "MALE", "1970-01-01");

        Response response = api.putPerson(personId, person);

        JsonNode problem = assertProblem(response, 400);
        assertThat(problem.path("detail").asString()).contains("region");
        assertThat(api.rowsOf("person", personId)).isZero();
    }

    @Test
    void aPersonWithoutRegionIsRefusedNamingIt() {
        String personId = unique("bad");
        ObjectNode person = ApiFixtures.person(personId, null, "RESIDENT", "MALE", "1970-01-01");
        person.remove("region");

        Response response = api.putPerson(personId, person);

        assertFieldProblem(response, "region");
        assertThat(api.rowsOf("person", personId)).isZero();
    }

    @Test
    void aSubclassOnlyBelongsToMinimumLiving() {
        String personId = unique("bad");
        api.createPerson(personId, "LANZHOU", "RESIDENT", "FEMALE", "1960-05-01");

        Response onExtremePoverty = api.postIdentity(personId, "EXTREME_POVERTY", "URBAN_FULL",
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), null);
        assertFieldProblem(onExtremePoverty, "subclass");

        Response unknownSubclass = api.postIdentity(personId, "MIN_LIVING", "RURAL_9",
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), null);
        assertFieldProblem(unknownSubclass, "subclass");

        Response endsBeforeItStarts = api.postIdentity(personId, "MIN_LIVING", "URBAN_FULL",
                LocalDate.of(2024, 6, 1), LocalDate.of(2024, 5, 31), null);
        assertFieldProblem(endsBeforeItStarts, "validTo");

        assertThat(api.rowsOf("assistance_identity", personId)).isZero();
        assertThat(api.http().get("/api/v1/persons/" + personId).json().path("identities").size()).isZero();
    }
}
