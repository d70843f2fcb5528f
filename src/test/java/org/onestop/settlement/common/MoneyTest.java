package org.onestop.settlement.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link Money}: exact input of at most two decimals, kept at scale 2; rounding half-up to 0.01 only in
 * {@link Money#roundHalfUp} (policies.md §1). Every expected figure below is worked by hand in its row.
 */
class MoneyTest {

    @ParameterizedTest(name = "roundHalfUp({0}) = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # raw                        | rounded                    | why
            0.005                        | 0.01                       | exactly half a fen goes up
            0.004999                     | 0.00                       | below half goes down
            0.015                        | 0.02                       | half goes up whatever the digit before it
            1.125                        | 1.13                       | half goes up, not to even (banker's would give 1.12)
            2.675                        | 2.68                       | exact decimal: a double would read 2.67499… and give 2.67
            0.0255                       | 0.03                       | 85% × 0.03 = 0.0255
            0.0225                       | 0.02                       | 75% × 0.03 = 0.0225: the third decimal 2 < 5
            185.150                      | 185.15                     | 70% × 264.50, already exact
            8233.5                       | 8233.50                    | scale padded to 2
            8.2335E+3                    | 8233.50                    | exponent form, same value
            -0.005                       | -0.01                      | half-up is away from zero for negatives
            -0.004                       | 0.00                       | rounds to zero, not to a negative zero
            99999999999999.995           | 100000000000000.00         | carry through every digit
            12345678901234567890.125     | 12345678901234567890.13    | beyond a long and a double, still exact
            """)
    void roundsHalfUpToTheFen(String raw, String rounded, String why) {
        Money money = Money.roundHalfUp(new BigDecimal(raw));

        assertThat(money.amount()).as(why).isEqualTo(new BigDecimal(rounded));
        assertThat(money.amount().scale()).isEqualTo(2);
        assertThat(money.toString()).isEqualTo(rounded);
    }

    @Test
    void aNegativeZeroIsZero() {
        assertThat(Money.roundHalfUp(new BigDecimal("-0.004"))).isEqualTo(Money.ZERO);
        assertThat(Money.of("-0.00")).isEqualTo(Money.ZERO);
        assertThat(Money.ZERO.negate()).isEqualTo(Money.ZERO);
        assertThat(Money.ZERO.negate().toString()).isEqualTo("0.00");
        assertThat(Money.of("-0").isNegative()).isFalse();
    }

    @ParameterizedTest(name = "of({0}) = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # input           | kept as
            1                 | 1.00
            1.5               | 1.50
            1.500             | 1.50
            60000.00          | 60000.00
            6E+4              | 60000.00
            1E+12             | 1000000000000.00
            -12.30            | -12.30
            0.000             | 0.00
            999999999999.99   | 999999999999.99
            """)
    void ofKeepsAnExactAmountAtScaleTwo(String input, String keptAs) {
        Money money = Money.of(input);

        assertThat(money.amount()).isEqualTo(new BigDecimal(keptAs));
        assertThat(money).isEqualTo(Money.of(new BigDecimal(keptAs)));
        assertThat(Money.isExact(new BigDecimal(input))).isTrue();
    }

    @ParameterizedTest(name = "of({0}) is refused")
    @CsvSource({"0.001", "1.005", "-0.001", "1E-3", "60000.001", "0.0000001"})
    void ofRefusesMoreThanTwoDecimalsInsteadOfRounding(String input) {
        assertThatThrownBy(() -> Money.of(input)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more than two decimals").hasMessageContaining(input.replace("1E-3", "0.001"));
        assertThat(Money.isExact(new BigDecimal(input))).isFalse();
    }

    @Test
    void ofRefusesNull() {
        assertThatThrownBy(() -> Money.of((BigDecimal) null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("amount");
    }

    @Test
    void ofYuanIsWholeYuan() {
        assertThat(Money.of(800L).toString()).isEqualTo("800.00");
        assertThat(Money.of(Long.MAX_VALUE).toString()).isEqualTo("9223372036854775807.00");
    }

    @ParameterizedTest(name = "{0} prints as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0.05                  | 0.05
            -0.05                 | -0.05
            -12.3                 | -12.30
            100000.1              | 100000.10
            9999999999999999.99   | 9999999999999999.99
            -99999999999999999.99 | -99999999999999999.99
            """)
    void printsPlainWithTwoDecimalsWhateverTheSignAndSize(String amount, String printed) {
        // Up to 18 digits the text is written from the amount in fen; beyond, BigDecimal prints it.
        assertThat(Money.of(amount).toString()).isEqualTo(printed);
    }

    @ParameterizedTest(name = "{0} + {1} = {2}, {0} − {1} = {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # a               | b        | a + b             | a − b
            0.10              | 0.20     | 0.30              | -0.10
            8233.50           | 8233.50  | 16467.00          | 0.00
            999999999999.99   | 0.01     | 1000000000000.00  | 999999999999.98
            60000.00          | -5000.00 | 55000.00          | 65000.00
            """)
    void plusAndMinusAreExact(String a, String b, String sum, String difference) {
        assertThat(Money.of(a).plus(Money.of(b))).isEqualTo(Money.of(sum));
        assertThat(Money.of(a).minus(Money.of(b))).isEqualTo(Money.of(difference));
        assertThat(Money.of(a).plus(Money.of(b)).amount().scale()).isEqualTo(2);
    }

    @Test
    void timesIsUnroundedUntilTheCallerRoundsOnce() {
        // 85% × 0.03 = 0.0255 exactly, no digit lost; rounded once, half-up: 0.03
        BigDecimal raw = Money.of("0.03").times(new BigDecimal("0.85"));
        assertThat(raw).isEqualByComparingTo("0.0255");
        assertThat(Money.roundHalfUp(raw)).isEqualTo(Money.of("0.03"));
        // (54000.00 − 800.00) × 60% = 31920.0000 → 31920.00 (policies.md §6)
        assertThat(Money.roundHalfUp(Money.of("54000.00").minus(Money.of("800.00")).times(new BigDecimal("0.60"))))
                .isEqualTo(Money.of("31920.00"));
    }

    @ParameterizedTest(name = "{0}: zero {1}, positive {2}, negative {3}, at least zero {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # amount | zero  | positive | negative | at least zero
            0.00     | true  | false    | false    | 0.00
            0.01     | false | true     | false    | 0.01
            -0.01    | false | false    | true     | 0.00
            -5000.00 | false | false    | true     | 0.00
            """)
    void signs(String amount, boolean zero, boolean positive, boolean negative, String atLeastZero) {
        Money money = Money.of(amount);

        assertThat(money.isZero()).isEqualTo(zero);
        assertThat(money.isPositive()).isEqualTo(positive);
        assertThat(money.isNegative()).isEqualTo(negative);
        assertThat(money.atLeastZero()).isEqualTo(Money.of(atLeastZero));
        assertThat(money.negate().negate()).isEqualTo(money);
    }

    @Test
    void minMaxAndOrderCompareValues() {
        Money small = Money.of("199.99");
        Money large = Money.of("200");

        assertThat(small.min(large)).isSameAs(small);
        assertThat(small.max(large)).isSameAs(large);
        assertThat(small).isLessThan(large);
        assertThat(Money.of("1.5")).isEqualTo(Money.of("1.50")).hasSameHashCodeAs(Money.of("1.50"))
                .isEqualByComparingTo(Money.of("1.500"));
    }
}
