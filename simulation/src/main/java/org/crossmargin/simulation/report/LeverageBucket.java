package org.crossmargin.simulation.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A leverage range of accounts.csv's {@code leverage} (notional / start value), half-open {@code [low, high)}.
 *
 * @param label what the page prints, e.g. {@code 5–10x}
 * @param low   lower bound, inclusive (times)
 * @param high  upper bound, exclusive (times); infinity for the last
 */
record LeverageBucket(String label, double low, double high) {
    /** The committee's buckets; the first also holds accounts below 1x. */
    static final List<LeverageBucket> ALL = List.of(
            new LeverageBucket("1\u20132x", Double.NEGATIVE_INFINITY, 2),
            new LeverageBucket("2\u20135x", 2, 5),
            new LeverageBucket("5\u201310x", 5, 10),
            new LeverageBucket("10\u201320x", 10, 20),
            new LeverageBucket("20\u201350x", 20, 50),
            new LeverageBucket("\u226550x", 50, Double.POSITIVE_INFINITY)); // 50x and above: [50, inf)

    LeverageBucket {
        Objects.requireNonNull(label, "label");
        if (!(low < high)) {
            throw new IllegalArgumentException("bucket " + label + ": expected low < high, got " + low + ", " + high);
        }
    }

    /** Whether {@code leverage} falls in this bucket. */
    boolean holds(double leverage) {
        return leverage >= low && leverage < high;
    }

    /**
     * Per bucket: {@code [count, mean liquidation probability]} of {@code rows} (one mode); the mean is NaN for an
     * empty bucket. Accounts without a leverage (start value not positive) are in no bucket.
     */
    static List<double[]> summarise(List<AccountRow> rows) {
        List<double[]> result = new ArrayList<>();
        for (LeverageBucket bucket : ALL) {
            int count = 0;
            double sum = 0.0;
            for (AccountRow row : rows) {
                if (row.leverage().isPresent() && bucket.holds(row.leverage().getAsDouble())) {
                    count++;
                    sum += row.liquidationProbability();
                }
            }
            result.add(new double[] {count, count == 0 ? Double.NaN : sum / count});
        }
        return result;
    }
}
