package org.onestop.settlement.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onestop.settlement.support.ApiFixtures.assertFieldProblem;
import static org.onestop.settlement.support.ApiFixtures.assertProblem;
import static org.onestop.settlement.support.ApiFixtures.text;
import static org.onestop.settlement.support.Simulations.SIMULATIONS;
import static org.onestop.settlement.support.Simulations.request;

import java.math.BigDecimal;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.onestop.settlement.common.ProblemType;
import org.onestop.settlement.support.IntegrationTest;
import org.onestop.settlement.support.OfficeClients;
import org.onestop.settlement.support.SettlementApi;
import org.onestop.settlement.support.Simulations;
import org.onestop.settlement.support.TestClients.Credentials;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A simulation request that is refused is answered 400 (422 when no policy is in force) naming the field, a bad
 * change by the path it names, and stores nothing; who may ask for and read which region's simulations.
 */
@IntegrationTest
class SimulationInputIT {

    private static final String RATE = "assistance.schemes[0].programs[0].rate";

    @Autowired
    SettlementApi api;

    private long simulations() {
        return api.count("SELECT count(*) FROM simulation");
    }

    private JsonNode refused(ObjectNode body, String field) {
        long before = simulations();
        JsonNode problem = assertFieldProblem(api.http().post(SIMULATIONS, text(body)), field);
        assertThat(simulations()).as("nothing stored").isEqualTo(before);
        return problem;
    }

    private static String messageOf(JsonNode problem, String field) {
        return problem.path("errors").valueStream().filter(e -> e.path("field").asString().equals(field))
                .findFirst().orElseThrow().path("message").asString();
    }

    @Test
    void aPathThatNamesNoValueOfThePolicyDataIs400NamingThePath() {
        JsonNode problem = refused(request("ZIBO", "2024-01-01", "2024-12-31", "assistance.schemes[0].programs[0].rat",
                new BigDecimal("0.80")), "changes[0].path");
        assertThat(messageOf(problem, "changes[0].path"))
                .isEqualTo("assistance.schemes[0].programs[0].rat: no such parameter in ZIBO-2023-01-01");
        problem = refused(request("ZIBO", "2024-01-01", "2024-12-31", "assistance.schemes[0].programs", BigDecimal.ONE),
                "changes[0].path");
        assertThat(messageOf(problem, "changes[0].path")).contains("names a list of parameters, not one value");
        problem = refused(request("ZIBO", "2024-01-01", "2024-12-31", "effectiveFrom", "2020-01-01"),
                "changes[0].path");
        assertThat(messageOf(problem, "changes[0].path")).contains("only the parameters of the sections");
    }

    @Test
    void anOutOfRangeValueIs400NamingThePathAndWhy() {
        // the second change is fine: only the first is named
        ObjectNode body = request("ZIBO", "2024-01-01", "2024-12-31", RATE, new BigDecimal("1.5"),
                "assistance.schemes[1].threshold", new BigDecimal("2500"));
        JsonNode problem = refused(body, "changes[0].value");
        assertThat(messageOf(problem, "changes[0].value")).isEqualTo(RATE + ": 1.5 is outside 0..1");
        assertThat(problem.path("errors").size()).isEqualTo(1);
        problem = refused(request("LANZHOU", "2024-01-01", "2024-12-31", "assistance.schemes[6].threshold",
                new BigDecimal("-100")), "changes[0].value");
        assertThat(messageOf(problem, "changes[0].value")).isEqualTo("assistance.schemes[6].threshold: -100 is negative");
        problem = refused(request("ZIBO", "2024-01-01", "2024-12-31", RATE, "high"), "changes[0].value");
        assertThat(messageOf(problem, "changes[0].value")).isEqualTo(RATE + ": 'high' is not a number");
    }

    @Test
    void theRequestsOwnFieldsAreChecked() {
        ObjectNode withoutValue = request("ZIBO", "2024-01-01", "2024-12-31", RATE, BigDecimal.ONE);
        ((ObjectNode) withoutValue.path("changes").get(0)).remove("value");
        refused(withoutValue, "changes[0].value");
        refused(request("ZIBO", "2024-12-31", "2024-01-01", RATE, new BigDecimal("0.80")), "to");
        refused(request("ZIBO", "2024-01-01", "2024-12-31", RATE, new BigDecimal("0.80"), RATE,
                new BigDecimal("0.85")), "changes[1].path");
        ObjectNode noName = request("ZIBO", "2024-01-01", "2024-12-31");
        noName.remove("name");
        refused(noName, "name");
        // a value given with an exponent is not read as money or a rate
        String exponent = text(request("ZIBO", "2024-01-01", "2024-12-31")).replace("\"changes\":[]",
                "\"changes\":[{\"path\":\"" + RATE + "\",\"value\":8E-1}]");
        assertThat(api.http().post(SIMULATIONS, exponent).status()).isEqualTo(400);
        // no Zibo policy before 2023
        long before = simulations();
        assertProblem(api.http().post(SIMULATIONS, text(request("ZIBO", "2020-01-01", "2020-12-31", RATE,
                new BigDecimal("0.80")))), ProblemType.UNPROCESSABLE);
        assertThat(simulations()).isEqualTo(before);
    }

    @Test
    void anOfficeSimulatesAndSeesItsOwnRegionOnly() {
        Credentials ziboOffice = OfficeClients.officeOf(api, "ZIBO");
        SettlementApi zibo = api.as(ziboOffice);
        SettlementApi lanzhou = api.as(OfficeClients.officeOf(api, "LANZHOU"));
        String id = Simulations.start(zibo, request("ZIBO", "2019-01-01", "2023-01-01", RATE, new BigDecimal("0.80")));
        JsonNode done = Simulations.awaitDone(zibo, id);
        assertThat(done.path("requestedBy").asString()).isNotBlank();
        assertThat(done.path("changes").get(0).path("path").asString()).isEqualTo(RATE);
        assertThat(done.path("changes").get(0).path("value").decimalValue()).isEqualByComparingTo("0.80");
        assertThat(done.path("progress").path("done").asLong()).isEqualTo(done.path("progress").path("total").asLong());

        assertProblem(lanzhou.http().get(SIMULATIONS + "/" + id), ProblemType.NOT_FOUND);
        assertProblem(lanzhou.http().get(SIMULATIONS + "/" + id + "/chart"), ProblemType.NOT_FOUND);
        assertProblem(lanzhou.http().get(SIMULATIONS + "/" + id, "Accept", "text/csv"), ProblemType.NOT_FOUND);
        assertThat(lanzhou.http().get(SIMULATIONS).json().valueStream()
                .noneMatch(s -> s.path("simulationId").asString().equals(id))).isTrue();
        assertProblem(lanzhou.http().get(SIMULATIONS + "?region=ZIBO"), ProblemType.FORBIDDEN);
        assertProblem(lanzhou.http().post(SIMULATIONS, text(request("ZIBO", "2024-01-01", "2024-12-31"))),
                ProblemType.FORBIDDEN);
        JsonNode listed = zibo.http().get(SIMULATIONS).json().valueStream()
                .filter(s -> s.path("simulationId").asString().equals(id)).findFirst().orElseThrow();
        assertThat(listed.path("status").asString()).isEqualTo("DONE");
        assertThat(listed.path("result").isNull()).as("the list has no results").isTrue();

        var hospital = api.as(api.newClient("sim-hospital", "HOSPITAL", "H-SIM"));
        assertProblem(hospital.http().post(SIMULATIONS, text(request("ZIBO", "2024-01-01", "2024-12-31"))),
                ProblemType.FORBIDDEN);
        assertProblem(hospital.http().get(SIMULATIONS + "/" + id), ProblemType.FORBIDDEN);
        assertProblem(api.http().get(SIMULATIONS + "/" + UUID.randomUUID()), ProblemType.NOT_FOUND);
        // the one accepted request of the office is audited with the 202 it answered, in its transaction
        assertThat(api.count("SELECT count(*) FROM audit_event WHERE client_id = ? AND method = 'POST' AND path = ? "
                + "AND status = 202", ziboOffice.clientId(), SIMULATIONS)).isEqualTo(1);
    }
}
