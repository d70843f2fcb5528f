package org.onestop.settlement.simulation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** The chart's axis ends on a round amount, and text from a request cannot break the SVG. */
class BurdenChartTest {

    @Test
    void theAxisEndsOnOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(BurdenChart.niceMax(new BigDecimal("8744.50"))).isEqualByComparingTo("10000");
        assertThat(BurdenChart.niceMax(new BigDecimal("1514.45"))).isEqualByComparingTo("2000");
        assertThat(BurdenChart.niceMax(new BigDecimal("4354.50"))).isEqualByComparingTo("5000");
        assertThat(BurdenChart.niceMax(new BigDecimal("5000.00"))).isEqualByComparingTo("5000");
        assertThat(BurdenChart.niceMax(new BigDecimal("0.00"))).isEqualByComparingTo("1");
    }

    @Test
    void markupInANameIsEscaped() {
        assertThat(BurdenChart.escape("<script>&\"'")).isEqualTo("&lt;script&gt;&amp;&quot;&apos;");
    }
}
