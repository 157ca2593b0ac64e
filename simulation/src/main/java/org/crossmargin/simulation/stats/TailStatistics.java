package org.crossmargin.simulation.stats;

import java.util.Arrays;
import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.Quantile;

/**
 * Order statistics of one per-path sample (DESIGN §5): quantiles (VaR), expected shortfall and the maximum, read
 * from one sorted copy of the sample made once and reused for every level.
 *
 * <p>Quantiles are {@code x_(ceil(q n))}, the inverse of the empirical distribution function: Commons Statistics
 * {@link Quantile.EstimationMethod#HF1} (Hyndman and Fan 1996, definition 1), whose index is exactly
 * {@code ceil(n q) - 1} (0-based), evaluated on the sorted copy. For the levels the project uses (0.01, 0.05, 0.5,
 * 0.95, 0.99, 0.999) the floating-point {@code ceil(n q)} equals the decimal one for every n up to 10^7 (checked
 * once by exhaustive comparison with {@code BigDecimal}; {@code TailStatisticsTest} keeps a sample of it).
 *
 * <p>Expected shortfall is the Acerbi–Tasche tail mean: the mean of the {@code k = max(1, floor(n (1 - q)))}
 * largest values, zeros in the tail included. Commons Statistics has no tail mean, so it is computed here, as the
 * Commons {@link Mean} of the top k of the sorted copy. {@code k} is taken as {@code n - ceil(n q)}, which equals
 * {@code floor(n (1 - q))} in exact arithmetic and, unlike {@code floor(n * (1 - q))} in doubles, shares its
 * rounding with the VaR index: the tail is exactly the values above the VaR order statistic.
 */
public final class TailStatistics {
    private static final Quantile HF1 = Quantile.withDefaults().with(Quantile.EstimationMethod.HF1);

    private final double[] sorted;

    private TailStatistics(double[] sorted) {
        this.sorted = sorted;
    }

    /**
     * Order statistics of {@code values} (copied, then sorted; the argument is not modified).
     *
     * @param values the sample, finite, at least one value
     */
    public static TailStatistics of(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("sample: expected at least one value, got none");
        }
        final double[] copy = values.clone();
        for (int i = 0; i < copy.length; i++) {
            if (!Double.isFinite(copy[i])) {
                throw new IllegalArgumentException("sample: expected finite values, got " + copy[i] + " at " + i);
            }
        }
        Arrays.sort(copy);
        return new TailStatistics(copy);
    }

    /** Number of values n. */
    public int size() {
        return sorted.length;
    }

    /**
     * The 1-based rank {@code ceil(q n)} of the order statistic that is the q-quantile, clamped to [1, n] (the
     * same expression as Commons Statistics' HF1 index).
     *
     * @param q probability in [0, 1]
     * @param n sample size, &gt; 0
     */
    public static int rank(double q, int n) {
        checkLevel(q);
        final double position = Math.ceil(n * q);
        return (int) Math.max(1.0, Math.min(n, position));
    }

    /** The q-quantile {@code x_(ceil(q n))}, in the sample's unit; {@code q} in [0, 1]. */
    public double quantile(double q) {
        checkLevel(q);
        final double[] values = sorted;
        return HF1.evaluate(values.length, i -> values[i], q);
    }

    /** Value at risk at level {@code q}: the q-quantile of the losses, {@code x_(ceil(q n))}. */
    public double valueAtRisk(double q) {
        return quantile(q);
    }

    /**
     * Expected shortfall at level {@code q}: the mean of the {@code k = max(1, n - ceil(q n))} largest values
     * (Acerbi and Tasche 2002, "On the coherence of expected shortfall", the tail mean of a sample).
     */
    public double expectedShortfall(double q) {
        final int n = sorted.length;
        final int k = Math.max(1, n - rank(q, n));
        return Mean.ofRange(sorted, n - k, n).getAsDouble();
    }

    /** The largest value. */
    public double max() {
        return sorted[sorted.length - 1];
    }

    /** The smallest value. */
    public double min() {
        return sorted[0];
    }

    /** Number of values strictly greater than zero. */
    public int countPositive() {
        int count = 0;
        for (double value : sorted) {
            if (value > 0.0) {
                count++;
            }
        }
        return count;
    }

    private static void checkLevel(double q) {
        if (!(q >= 0 && q <= 1)) {
            throw new IllegalArgumentException("level: expected a probability in [0, 1], got " + q);
        }
    }
}
