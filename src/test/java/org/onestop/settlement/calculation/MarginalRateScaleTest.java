package org.onestop.settlement.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.onestop.settlement.common.Money;

/** The marginal rate scale on the example of its Javadoc. */
class MarginalRateScaleTest {

    private final MarginalRateScale scale = MarginalRateScale.builder()
            .bracket(Money.of(15000), new BigDecimal("0.60"))
            .bracket(Money.of(100000), new BigDecimal("0.70"))
            .build();

    @Test
    void anIncreaseAcrossTwoBracketsIsChargedAtEachRate() {
        // 60% × (100,000 − 15,000) + 70% × (120,000 − 100,000) = 51,000 + 14,000 = 65,000.
        assertThat(scale.increase(Money.of(10000), Money.of(120000))).isEqualByComparingTo("65000");
        assertThat(scale.slices(Money.of(10000), Money.of(120000))).hasSize(2);
    }

    @Test
    void belowTheFirstThresholdNothingIsCharged() {
        assertThat(scale.increase(Money.ZERO, Money.of(15000))).isEqualByComparingTo("0");
        assertThat(scale.slices(Money.ZERO, Money.of(15000))).isEmpty();
    }

    @Test
    void aLaterIncreaseStartsWhereTheEarlierEnded() {
        // From 90,000 to 110,000: 60% × 10,000 + 70% × 10,000 = 13,000.
        assertThat(scale.increase(Money.of(90000), Money.of(110000))).isEqualByComparingTo("13000");
    }
}
