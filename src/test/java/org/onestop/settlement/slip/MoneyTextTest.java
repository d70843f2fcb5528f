package org.onestop.settlement.slip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Money on a slip: a comma every three digits of yuan, always two decimals. */
class MoneyTextTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0               | 0.00
            0.5             | 0.50
            999.99          | 999.99
            1000            | 1,000.00
            8744.50         | 8,744.50
            60000.00        | 60,000.00
            1234567.89      | 1,234,567.89
            999999999999.99 | 999,999,999,999.99
            -31920.00       | -31,920.00
            """)
    void groupsThousandsWithTwoDecimals(String amount, String expected) {
        assertThat(MoneyText.format(new BigDecimal(amount))).isEqualTo(expected);
    }

    @Test
    void refusesToRoundAThirdDecimal() {
        assertThatThrownBy(() -> MoneyText.format(new BigDecimal("1.005")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
