package org.onestop.settlement.simulation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The personal payments of every simulated stay of one run, in cents, and their nearest-rank percentiles: the
 * p-th percentile of n values is the value of rank {@code ⌈p × n / 100⌉} (at least 1) in ascending order, so each
 * percentile is an amount some stay really left.
 */
final class BurdenDistribution {

    private long[] values = new long[4096];
    private int size;

    void add(long cents) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = cents;
    }

    int size() {
        return size;
    }

    /** p50, p90, p99 and every percentile 0..100; all null (and no list) without stays. */
    SimulationResult.Percentiles percentiles() {
        if (size == 0) {
            return new SimulationResult.Percentiles(null, null, null, List.of());
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        List<BigDecimal> all = new ArrayList<>(101);
        for (int p = 0; p <= 100; p++) {
            all.add(StageSums.yuan(sorted[rank(p, size) - 1]));
        }
        return new SimulationResult.Percentiles(all.get(50), all.get(90), all.get(99), List.copyOf(all));
    }

    /** {@code max(1, ⌈p × n / 100⌉)}. */
    static int rank(int p, int n) {
        long rank = ((long) p * n + 99) / 100;
        return (int) Math.max(1, rank);
    }
}
