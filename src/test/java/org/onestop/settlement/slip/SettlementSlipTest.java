package org.onestop.settlement.slip;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.onestop.settlement.common.RegionCode;
import org.onestop.settlement.settlement.SettlementKind;
import org.onestop.settlement.settlement.SettlementResponse;
import org.onestop.settlement.settlement.SettlementResponse.FundView;
import org.onestop.settlement.settlement.SettlementResponse.Status;

/**
 * What a slip prints of a settlement answer, without HTTP: the banner follows the status, and every stage has its
 * row. The answer is an employee's stay (funds 310100 and 330100) that assistance did not reach: total 1,000.00,
 * scope 1,000.00, basic 700.00, major illness 50.00, assistance and tilt 0.00, fund 750.00, personal 250.00.
 */
class SettlementSlipTest {

    @ParameterizedTest(name = "{0} → marks [{1}], status {2}")
    @CsvSource(delimiter = '|', textBlock = """
            SETTLED  | NONE     | 已结算
            REVERSED | REVERSED | 已冲正
            PREVIEW  | PREVIEW  | 预结算
            """)
    void bannerFollowsTheStatus(Status status, String mark, String label) {
        SettlementSlip slip = SettlementSlip.of(employeeStay(status), "李四");

        assertThat(slip.marks()).containsExactlyElementsOf(
                mark.equals("NONE") ? List.of() : List.of(SlipMark.valueOf(mark)));
        assertThat(slip.statusLabel()).isEqualTo(label);
        assertThat(slip.personName()).isEqualTo("李*");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            BASIC         | 基本医保     | 310100 | 700.00
            MAJOR_ILLNESS | 大病保险     | 330100 | 50.00
            ASSISTANCE    | 医疗救助     | —      | 0.00
            TILT          | 二次倾斜救助 | —      | 0.00
            """)
    void everyStageHasItsRowInOrder(String stage, String label, String fundCode, String amount) {
        SettlementSlip slip = SettlementSlip.of(employeeStay(Status.SETTLED), "李四");

        assertThat(slip.funds()).extracting(SettlementSlip.FundRow::stage)
                .containsExactly("BASIC", "MAJOR_ILLNESS", "ASSISTANCE", "TILT");
        SettlementSlip.FundRow row = slip.funds().stream().filter(r -> r.stage().equals(stage)).findFirst()
                .orElseThrow();
        assertThat(row.stageLabel()).isEqualTo(label);
        assertThat(row.fundCode()).isEqualTo(fundCode);
        assertThat(row.amount()).isEqualTo(amount);
        // 1,000.00 − 750.00 = 250.00: 贰佰 伍拾 元, nothing after → 整.
        assertThat(slip.personalPayCapital()).isEqualTo("贰佰伍拾元整");
        assertThat(slip.fundTotal()).isEqualTo("750.00");
    }

    private static SettlementResponse employeeStay(Status status) {
        BigDecimal zero = new BigDecimal("0.00");
        return new SettlementResponse(status == Status.PREVIEW ? null : UUID.randomUUID(), status,
                SettlementKind.DISCHARGE, null, "H1", "ZY1",
                "p1", RegionCode.ZIBO, 2024, null, null, "ZIBO-2023-01-01",
                new SettlementResponse.AmountsView(new BigDecimal("1000.00"), zero, zero, zero,
                        new BigDecimal("1000.00")),
                new BigDecimal("700.00"), new BigDecimal("50.00"), zero, zero, new BigDecimal("750.00"),
                new BigDecimal("250.00"), false,
                List.of(new FundView("310100", "职工基本医疗保险统筹基金", "BASIC", new BigDecimal("700.00")),
                        new FundView("330100", "职工大额医疗费用补助", "MAJOR_ILLNESS", new BigDecimal("50.00"))),
                Map.of(), List.of(), Instant.parse("2024-03-10T02:00:00Z"),
                status == Status.REVERSED ? Instant.parse("2024-03-11T02:00:00Z") : null,
                status == Status.REVERSED ? new SettlementResponse.ReversalView("退费", "op1",
                        Instant.parse("2024-03-11T02:00:00Z")) : null, List.of(), null);
    }
}
