package org.onestop.settlement.slip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Capital numerals (大写金额); every expected string is read digit by digit in the case's description. */
class CapitalAmountTest {

    @ParameterizedTest(name = "{0} → {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            0.00              | 零元整 | nothing at all: 零元 and 整
            0.05              | 伍分 | no yuan and no 角: only 伍分, no 元 and no leading 零
            0.50              | 伍角 | 5 角, no 分; nothing is written after 角
            10.00             | 壹拾元整 | 1 ten (written 壹拾, never 拾 alone), 0 units; whole yuan → 整
            10.05             | 壹拾元零伍分 | 壹拾元; yuan end in 0 and 角 is 0: one 零, then 伍分
            1.05              | 壹元零伍分 | 壹元; 角 is 0 and 分 follow: 零, then 伍分
            10005.00          | 壹万零伍元整 | 1 in the 万 place; 仟佰拾 are 0: one 零; 5 units; 元整
            100000.10         | 壹拾万元零壹角 | 1 ten-thousand-ten (壹拾万); the units end in 0: 零 after 元; 1 角, 0 分
            12345.67          | 壹万贰仟叁佰肆拾伍元陆角柒分 | every place non-zero: 1万 2仟 3佰 4拾 5元 6角 7分
            8744.50           | 捌仟柒佰肆拾肆元伍角 | the §6 personal payment: 8仟 7佰 4拾 4元, 5角, 0分 left out
            1234567.89        | 壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分 | 123 in the 万 group (壹佰贰拾叁万), then 4仟5佰6拾7, 8角 9分
            1001000.00        | 壹佰万零壹仟元整 | 1佰万; 拾万 and 万 are 0 (one 零); 1仟; trailing zeros unwritten
            100000005.00      | 壹亿零伍元整 | 1亿; the whole 万 group is 0, so no 万; one 零 for the run; 5元
            999999999999.99   | 玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分 | numeric(14,2)'s largest: 9999亿 9999万 9999元 9角 9分
            """)
    void writesCapitalNumerals(String amount, String expected, String working) {
        assertThat(CapitalAmount.of(new BigDecimal(amount))).as(working).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.01", "1000000000000.00", "0.001"})
    void refusesAmountsAServiceNeverStores(String amount) {
        assertThatThrownBy(() -> CapitalAmount.of(new BigDecimal(amount)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
