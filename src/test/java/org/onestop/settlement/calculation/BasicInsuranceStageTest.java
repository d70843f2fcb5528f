package org.onestop.settlement.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.onestop.settlement.common.Money;
import org.onestop.settlement.ledger.Bucket;

/** Basic insurance alone on the Zibo worked example (policies.md §6). */
class BasicInsuranceStageTest {

    @Test
    void paysTheRateOnScopeAboveTheDeductible() {
        // Level-3 inpatient, resident: deductible 800 per admission, 60%. (54,000 − 800) × 60% = 31,920.00,
        // within the BASIC pool's cap; an admission deductible is not kept in the ledger.
        StageOutcome outcome = new BasicInsuranceStage().apply(ZiboExample.worksheet());

        assertThat(outcome.pay()).isEqualTo(Money.of("31920.00"));
        assertThat(outcome.deltas().asMap()).containsExactly(
                Map.entry(Bucket.basicPaid("BASIC"), Money.of("31920.00")));
        assertThat(outcome.lines()).singleElement().satisfies(line -> assertThat(line.formula())
                .contains("（政策范围内费用 54000.00 − 起付线 800.00）× 报销比例 60% = 31920.00"));
    }
}
