package org.onestop.settlement.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.onestop.settlement.common.Money;
import org.onestop.settlement.ledger.Bucket;

/** Major-illness insurance alone on the Zibo worked example (policies.md §6), with the preferential payment. */
class MajorIllnessStageTest {

    @Test
    void preferentialPaymentHalvesTheDeductibleAndRaisesTheRate() {
        // Base 54,000 − 31,920 = 22,080; minimum living status: deductible 10,000 × 0.5 = 5,000, rate 60% + 5%.
        // 65% × (22,080 − 5,000) = 11,102.00.
        StageOutcome outcome = new MajorIllnessStage().apply(ZiboExample.paid(Money.of("31920.00"), Money.ZERO));

        assertThat(outcome.pay()).isEqualTo(Money.of("11102.00"));
        assertThat(outcome.deltas().amountOf(Bucket.MAJOR_ILLNESS_BASE)).isEqualTo(Money.of("22080.00"));
        assertThat(outcome.deltas().amountOf(Bucket.MAJOR_ILLNESS_PAID)).isEqualTo(Money.of("11102.00"));
        assertThat(outcome.lines()).singleElement().satisfies(line -> assertThat(line.rule())
                .isEqualTo("major-illness.tilt"));
    }
}
