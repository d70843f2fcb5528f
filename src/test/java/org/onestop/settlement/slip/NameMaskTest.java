package org.onestop.settlement.slip;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A slip shows the surname and one {@code *} for every other character of the name. */
class NameMaskTest {

    @ParameterizedTest(name = "[{0}] → [{1}]")
    @CsvSource(delimiter = '|', emptyValue = "", nullValues = "NULL", textBlock = """
            张三丰      | 张**
            李四        | 李*
            王          | 王
            欧阳娜娜    | 欧***
            ' 赵六 '    | 赵*
            𠀋一        | 𠀋*
            Test 1      | T*****
            ''          | ''
            NULL        | ''
            """)
    void keepsOnlyTheFirstCharacter(String name, String expected) {
        assertThat(NameMask.mask(name)).isEqualTo(expected);
    }
}
