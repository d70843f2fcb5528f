package org.onestop.settlement.np;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onestop.settlement.np.PlatformFixtures.JSON;
import static org.onestop.settlement.np.PlatformFixtures.fixture;
import static org.onestop.settlement.np.PlatformFixtures.transact;
import static org.onestop.settlement.np.PlatformFixtures.unique;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onestop.settlement.support.IntegrationTest;
import org.onestop.settlement.support.JsonHttpClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Replays a platform-shaped 2303 → 2304 → 5203 → 3201 → 2305 → 3201 sequence (fixtures in {@code np/}) for the
 * policies.md §6 stay and compares every amount with the native API's answer for the same claim. §6 by hand: basic
 * (54000 − 800) × 60% = 31920.00; major illness 65% × (22080 − 5000) = 11102.00; assistance 75% × 10978 = 8233.50;
 * tilt 0.00 (year's burden 2744.50 below 5000); fund 31920 + 11102 + 8233.50 = 51255.50; personal 60000 − 51255.50 =
 * 8744.50.
 */
@IntegrationTest
class PlatformTransactionsIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    String hospitalCode;
    String personId;
    JsonHttpClient hospital;
    Map<String, String> values;

    @BeforeEach
    void setUp() {
        hospitalCode = unique("NP");
        personId = unique("np-");
        hospital = PlatformFixtures.hospital(port, hospitalCode);
        PlatformFixtures.minLivingZiboResident(port, personId);
        values = new HashMap<>(Map.of("fixmedins_code", hospitalCode, "psn_no", personId, "mdtrt_id",
                unique("ZY"), "today", LocalDate.now().toString()));
    }

    private JsonNode run(String infno) {
        values.put("msgid", unique(hospitalCode));
        JsonNode reply = transact(hospital, fixture(infno, values));
        assertThat(reply.path("inf_refmsgid").asString()).isEqualTo(values.get("msgid"));
        return reply;
    }

    private static JsonNode ok(JsonNode reply) {
        assertThat(reply.path("infcode").asInt()).as("%s", reply).isZero();
        assertThat(reply.path("err_msg").isNull()).isTrue();
        return reply.path("output");
    }

    private static BigDecimal amount(JsonNode node, String field) {
        assertThat(node.path(field).isNumber()).as("%s in %s", field, node).isTrue();
        return node.path(field).decimalValue();
    }

    @Test
    void aRecordedSequenceAnswersTheNativeFiguresInThePlatformsShapes() {
        var nativePreview = hospital.post("/api/v1/settlements/preview",
                PlatformFixtures.section6Claim(hospitalCode, values.get("mdtrt_id"), personId));
        assertThat(nativePreview.status()).as("%s", nativePreview).isEqualTo(200);
        JsonNode expected = JSON.readTree(nativePreview.body());

        JsonNode preview = ok(run("2303"));
        assertSameFigures(preview, expected);
        assertThat(preview.path("setlinfo").path("setl_id").isNull()).isTrue();
        assertThat(count("settlement")).as("2303 writes nothing").isZero();

        JsonNode settled = ok(run("2304"));
        assertSameFigures(settled, expected);
        JsonNode info = settled.path("setlinfo");
        values.put("setl_id", info.path("setl_id").asString());
        assertThat(info.path("psn_name").asString()).isEqualTo("张三");
        assertThat(info.path("gend").asString()).isEqualTo("2");
        assertThat(info.path("brdy").asString()).isEqualTo("1960-05-01");
        assertThat(info.path("med_type").asString()).isEqualTo("21");
        assertThat(info.path("insutype").asString()).isEqualTo("390");
        assertThat(count("settlement")).isEqualTo(1);

        JsonNode again = ok(run("2304"));
        assertThat(again.path("setlinfo").path("setl_id").asString()).as("idempotent on (fixmedins_code, mdtrt_id)")
                .isEqualTo(values.get("setl_id"));
        assertThat(count("settlement")).isEqualTo(1);

        JsonNode queried = ok(run("5203"));
        assertSameFigures(queried, expected);
        assertThat(queried.path("setlinfo").path("refd_setl_flag").asString()).isEqualTo("0");
        assertThat(queried.path("setlinfo").path("med_type").asString()).isEqualTo("21");

        // today: one settlement of 60000.00 with fund 51255.50 → 平
        JsonNode balanced = ok(run("3201")).path("stmtinfo");
        assertThat(balanced.path("stmt_rslt").asString()).as("%s", balanced).isEqualTo("0");
        assertThat(balanced.path("setl_optins").asString()).isEqualTo("370300");

        JsonNode reversed = ok(run("2305")).path("setlinfo");
        assertThat(amount(reversed, "medfee_sumamt")).isEqualByComparingTo("-60000.00");
        assertThat(amount(reversed, "fund_pay_sumamt")).isEqualByComparingTo("-51255.50");
        assertThat(reversed.path("refd_setl_flag").asString()).isEqualTo("1");
        var native2305 = hospital.get("/api/v1/settlements/" + values.get("setl_id"));
        JsonNode reversal = JSON.readTree(native2305.body()).path("reversal");
        assertThat(reversal.path("reason").asString()).as("kept with the transaction and message id")
                .isEqualTo("2305 " + values.get("msgid"));
        assertThat(reversal.path("operator").asString()).as("the envelope's opter").isEqualTo("0001");

        // after the reversal today nets 60000.00 − 60000.00 = 0.00, fund 0.00, count 1 − 1 = 0: the same HIS totals differ
        JsonNode unbalanced = ok(run("3201")).path("stmtinfo");
        assertThat(unbalanced.path("stmt_rslt").asString()).isEqualTo("1");
        assertThat(unbalanced.path("stmt_rslt_dscr").asString()).contains("medfee_sumamt 60000.00 ≠ 0.00",
                "fund_pay_sumamt 51255.50 ≠ 0.00", "fixmedins_setl_cnt 1 ≠ 0");
        assertThat(jdbc.sql("SELECT count(*) FROM np_message WHERE fixmedins_code = ?").param(hospitalCode)
                .query(Long.class).single()).as("2304 twice and 2305 logged with their msgid").isEqualTo(3);
    }

    /** Every amount of the platform's answer equals the native preview's (and so §6's figures). */
    private static void assertSameFigures(JsonNode output, JsonNode expected) {
        JsonNode info = output.path("setlinfo");
        assertThat(amount(info, "hifp_pay")).isEqualByComparingTo(amount(expected, "basicPay"))
                .isEqualByComparingTo("31920.00");
        assertThat(amount(info, "hifmi_pay")).isEqualByComparingTo(amount(expected, "majorIllnessPay"))
                .isEqualByComparingTo("11102.00");
        assertThat(amount(info, "hifob_pay")).isEqualByComparingTo("0.00");
        assertThat(amount(info, "maf_pay")).isEqualByComparingTo(
                amount(expected, "assistancePay").add(amount(expected, "tiltPay"))).isEqualByComparingTo("8233.50");
        assertThat(amount(info, "fund_pay_sumamt")).isEqualByComparingTo(amount(expected, "fundPay"))
                .isEqualByComparingTo("51255.50");
        assertThat(amount(info, "psn_part_amt")).isEqualByComparingTo(amount(expected, "personalPay"))
                .isEqualByComparingTo("8744.50");
        assertThat(amount(info, "psn_cash_pay")).isEqualByComparingTo("8744.50");
        assertThat(amount(info, "acct_pay")).isEqualByComparingTo("0.00");
        assertThat(amount(info, "inscp_scp_amt")).isEqualByComparingTo(expected.path("amounts").path("policyScope")
                .decimalValue()).isEqualByComparingTo("54000.00");
        assertThat(amount(info, "medfee_sumamt")).isEqualByComparingTo("60000.00");
        List<String> types = output.path("setldetail").values().stream()
                .map(d -> d.path("fund_pay_type").asString()).toList();
        assertThat(types).containsExactly("390100", "390200", "610100");
        for (JsonNode detail : output.path("setldetail").values()) {
            JsonNode fund = expected.path("funds").values().stream()
                    .filter(f -> f.path("fundCode").asString().equals(detail.path("fund_pay_type").asString()))
                    .findFirst().orElseThrow();
            assertThat(amount(detail, "fund_payamt")).isEqualByComparingTo(fund.path("amount").decimalValue());
            assertThat(detail.path("setl_proc_info").asString()).as("explanation with citations").contains("[");
        }
    }

    @Test
    void anUnknownMedTypeFailsTheTransactionNamingTheFieldAndWritesNothing() {
        values.put("msgid", unique(hospitalCode));
        String envelope = fixture("2304", values).replace("\"med_type\": \"21\"", "\"med_type\": \"2101\"");
        JsonNode reply = transact(hospital, envelope);
        assertThat(reply.path("infcode").asInt()).isEqualTo(-1);
        assertThat(reply.path("err_msg").asString())
                .startsWith("input.data.exp_content.med_type: unknown code '2101'");
        assertThat(reply.path("output").isNull()).isTrue();
        assertThat(count("settlement")).isZero();
    }

    @Test
    void badInputIsAnsweredMinusOneNamingThePlatformField() {
        values.put("msgid", unique(hospitalCode));
        String base = fixture("2304", values);
        assertFailure(base.replace("\"medfee_sumamt\": \"60000.00\"", "\"medfee_sumamt\": \"60000.001\""),
                "input.data.medfee_sumamt: '60000.001' has more than two decimals");
        assertFailure(base.replace("\"inscp_scp_amt\": \"54000.00\"", "\"inscp_scp_amt\": \"53000.00\""),
                "input.data.inscp_scp_amt: 53000.00 is not");
        assertFailure(base.replace("\"enddate\": \"2024-03-10\"", "\"enddate\": \"2024-02-10\""),
                "input.data.exp_content.enddate: is before admissionDate");
        assertFailure(base.replace("\"insutype\": \"390\"", "\"insutype\": \"310\""),
                "input.data.insutype: 310 but the person is insured as RESIDENT");
        assertFailure(base.replace("\"fixmedins_code\": \"" + hospitalCode + "\"", "\"fixmedins_code\": \"H999\""),
                "fixmedins_code: 'H999' is not the code of client");
        assertFailure("{not json", "the body is not well-formed JSON");
        assertThat(count("settlement")).isZero();
    }

    private void assertFailure(String envelope, String errMsgStart) {
        JsonNode reply = transact(hospital, envelope);
        assertThat(reply.path("infcode").asInt()).as("%s", reply).isEqualTo(-1);
        assertThat(reply.path("err_msg").asString()).startsWith(errMsgStart);
    }

    @Test
    void authenticationFailuresStayHttpErrors() {
        values.put("msgid", unique(hospitalCode));
        var response = new JsonHttpClient(port).withoutCredentials().post("/api/np/v1/transactions", fixture("2304", values));
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.mediaType()).isEqualTo("application/problem+json");
        assertThat(new JsonHttpClient(port).post("/api/np/v1/transactions", fixture("2304", values)).status())
                .as("ADMIN has no hospital code to act under").isEqualTo(403);
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE person_id = ?").param(personId)
                .query(Long.class).single();
    }
}
