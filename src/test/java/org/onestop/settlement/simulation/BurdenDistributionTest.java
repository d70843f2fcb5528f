package org.onestop.settlement.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Nearest-rank percentiles: the p-th of n values is the one of rank ⌈p × n / 100⌉, at least the first. */
class BurdenDistributionTest {

    @Test
    void theRankIsTheCeilingOfPTimesNOverAHundredAndAtLeastOne() {
        // n = 4: p50 → ⌈2⌉ = 2, p90 → ⌈3.6⌉ = 4, p0 → 1; n = 1000: p99 → 990, p100 → 1000
        assertThat(BurdenDistribution.rank(50, 4)).isEqualTo(2);
        assertThat(BurdenDistribution.rank(90, 4)).isEqualTo(4);
        assertThat(BurdenDistribution.rank(0, 4)).isEqualTo(1);
        assertThat(BurdenDistribution.rank(99, 1000)).isEqualTo(990);
        assertThat(BurdenDistribution.rank(100, 1000)).isEqualTo(1000);
        assertThat(BurdenDistribution.rank(1, 3)).isEqualTo(1);
    }

    @Test
    void percentilesAreAmountsAStayReallyLeftInAscendingOrder() {
        BurdenDistribution burden = new BurdenDistribution();
        for (long cents : new long[] {874450, 151445, 435450, 168000}) {
            burden.add(cents);
        }
        var percentiles = burden.percentiles();
        // sorted 1514.45, 1680.00, 4354.50, 8744.50
        assertThat(percentiles.p50()).isEqualByComparingTo("1680.00");
        assertThat(percentiles.p90()).isEqualByComparingTo("8744.50");
        assertThat(percentiles.p99()).isEqualByComparingTo("8744.50");
        assertThat(percentiles.all()).hasSize(101);
        assertThat(percentiles.all().get(0)).isEqualByComparingTo("1514.45");
        assertThat(percentiles.all().get(25)).isEqualByComparingTo("1514.45");
        assertThat(percentiles.all().get(26)).isEqualByComparingTo("1680.00");
    }

    @Test
    void withoutStaysThereAreNoPercentiles() {
        var percentiles = new BurdenDistribution().percentiles();
        assertThat(percentiles.p50()).isNull();
        assertThat(percentiles.all()).isEmpty();
    }
}
