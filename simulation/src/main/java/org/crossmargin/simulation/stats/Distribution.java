package org.crossmargin.simulation.stats;

/**
 * The distribution over paths of one per-path quantity (shortfall, user loss, fund level, ...), in the unit of
 * that quantity: mean with standard error, order-statistic quantiles {@code x_(ceil(q n))} (so {@code p99} is
 * VaR_99), Acerbi–Tasche expected shortfalls and the share of positive values (DESIGN §5).
 *
 * <p>One record for every quantity keeps the statistics uniform; {@code summary.json} shows for each quantity the
 * keys the output contract lists. Over an empty sample (time to first liquidation when no path liquidates) every
 * number is NaN and the interval is null.
 *
 * @param n                       number of values (paths)
 * @param mean                    sample mean
 * @param stdError                standard error of the mean (NaN when n &lt; 2)
 * @param p01                     1% quantile
 * @param p05                     5% quantile
 * @param p50                     median (the order statistic {@code x_(ceil(n/2))})
 * @param p95                     95% quantile, VaR_95
 * @param p99                     99% quantile, VaR_99
 * @param p999                    99.9% quantile, VaR_99.9
 * @param es95                    expected shortfall at 95%
 * @param es99                    expected shortfall at 99%
 * @param es999                   expected shortfall at 99.9%
 * @param max                     largest value
 * @param probabilityPositive     share of values &gt; 0
 * @param probabilityPositiveCi95 Wilson 95% interval of that share; null when n = 0
 */
public record Distribution(int n, double mean, double stdError, double p01, double p05, double p50, double p95,
                           double p99, double p999, double es95, double es99, double es999, double max,
                           double probabilityPositive, WilsonInterval probabilityPositiveCi95) {
    public Distribution {
        if (n < 0) {
            throw new IllegalArgumentException("n: expected a count >= 0, got " + n);
        }
        if (n > 0 && probabilityPositiveCi95 == null) {
            throw new IllegalArgumentException("probabilityPositiveCi95: expected an interval when n > 0");
        }
    }

    /** The distribution of {@code values} (not modified; sorted once in a copy). */
    public static Distribution of(double[] values) {
        return of(values, false);
    }

    /**
     * The distribution of {@code values}, whose standard error accounts for antithetic pairs when {@code antithetic}
     * ({@link MeanEstimate#of(double[], boolean)}); quantiles and the Wilson interval treat paths as a sample.
     */
    public static Distribution of(double[] values, boolean antithetic) {
        final int n = values.length;
        if (n == 0) {
            final double nan = Double.NaN;
            return new Distribution(0, nan, nan, nan, nan, nan, nan, nan, nan, nan, nan, nan, nan, nan, null);
        }
        final MeanEstimate mean = MeanEstimate.of(values, antithetic);
        final TailStatistics tail = TailStatistics.of(values);
        final int positive = tail.countPositive();
        return new Distribution(n, mean.mean(), mean.stdError(),
                tail.quantile(0.01), tail.quantile(0.05), tail.quantile(0.5),
                tail.quantile(0.95), tail.quantile(0.99), tail.quantile(0.999),
                tail.expectedShortfall(0.95), tail.expectedShortfall(0.99), tail.expectedShortfall(0.999),
                tail.max(), (double) positive / n, WilsonInterval.of(positive, n));
    }

    /** The distribution of integer counts (converted exactly to doubles). */
    public static Distribution of(int[] counts) {
        return of(counts, false);
    }

    /** The distribution of integer counts, antithetic pairs as in {@link #of(double[], boolean)}. */
    public static Distribution of(int[] counts, boolean antithetic) {
        final double[] values = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            values[i] = counts[i];
        }
        return of(values, antithetic);
    }

    /** Value at risk at 95%: {@link #p95()}. */
    public double var95() {
        return p95;
    }

    /** Value at risk at 99%: {@link #p99()}. */
    public double var99() {
        return p99;
    }

    /** Value at risk at 99.9%: {@link #p999()}. */
    public double var999() {
        return p999;
    }
}
