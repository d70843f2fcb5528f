package org.onestop.settlement.slip.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which of the slip's two forms an Accept header asks for: PDF only when it rates PDF above HTML. */
class SlipControllerTest {

    @ParameterizedTest(name = "[{0}] → PDF {1}")
    @CsvSource(delimiter = '|', emptyValue = "", textBlock = """
            application/pdf                       | true
            text/html                             | false
            */*                                   | false
            ''                                    | false
            text/html;q=0.5, application/pdf      | true
            application/pdf;q=0.4, text/html     | false
            application/*                         | true
            """)
    void prefersPdfOnlyWhenRatedAboveHtml(String accept, boolean pdf) {
        assertThat(SlipController.prefersPdf(accept)).isEqualTo(pdf);
    }
}
