package org.onestop.settlement.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.onestop.settlement.common.Money;

/** An annual cap bounds a payment by what is left of it this year. */
class AnnualCapTest {

    @Test
    void paysWhatIsLeftWhenTheComputedAmountIsMore() {
        // cap 5,000 − paid 4,200 = 800 left; computed 1,000 → pays 800.
        AnnualCap cap = new AnnualCap("GENERAL", Money.of(5000), Money.of(4200));
        assertThat(cap.left()).isEqualTo(Money.of(800));
        assertThat(cap.limit(Money.of(1000))).isEqualTo(Money.of(800));
        assertThat(cap.limit(Money.of(300))).isEqualTo(Money.of(300));
    }

    @Test
    void anOverdrawnCapLeavesNothingNotANegativeAmount() {
        // Opening balances may exceed the cap: 5,000 − 6,000 → 0 left.
        assertThat(new AnnualCap("GENERAL", Money.of(5000), Money.of(6000)).left()).isEqualTo(Money.ZERO);
    }
}
