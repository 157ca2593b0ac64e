package org.crossmargin.simulation.report;

import java.util.Arrays;

import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.Variance;

/**
 * The 95% intervals the page adds to summary.json's point estimates, computed from paths.csv's per-path values.
 * Quantile conventions are the run's (DESIGN §5): {@code VaR_q = x_(ceil(q n))}, {@code ES_q} the mean of the
 * {@code max(1, floor(n (1 - q)))} largest.
 */
final class PathStatistics {
    /** Two-sided 95% normal quantile, as the run uses it. */
    static final double Z = 1.959964;

    private PathStatistics() {
    }

    /** Mean and {@code mean ± Z sd / sqrt(n)}. */
    static Interval mean(double[] x) {
        double mean = Mean.of(x).getAsDouble();
        double half = x.length > 1 ? Z * Math.sqrt(Variance.of(x).getAsDouble() / x.length) : 0.0;
        return new Interval(mean, mean - half, mean + half);
    }

    /** The paired difference {@code x - y} path by path: mean and its 95% interval. */
    static Interval pairedDifference(double[] x, double[] y) {
        double[] d = new double[x.length];
        for (int p = 0; p < d.length; p++) {
            d[p] = x[p] - y[p];
        }
        return mean(d);
    }

    /**
     * {@code VaR_q} with a distribution-free 95% interval from order statistics: the number of paths below the true
     * quantile is Binomial(n, q), so {@code [x_(l), x_(u)]} with {@code l = floor(nq - Z sqrt(nq(1-q)))},
     * {@code u = ceil(nq + Z sqrt(nq(1-q)))} (normal approximation, clamped to 1..n) covers it with about 95%
     * probability (Serfling 1980, §2.6.1; Hahn and Meeker 1991, §5.2).
     */
    static Interval valueAtRisk(double[] x, double q) {
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double centre = n * q;
        double spread = Z * Math.sqrt(n * q * (1 - q));
        int l = clamp((int) Math.floor(centre - spread), n);
        int u = clamp((int) Math.ceil(centre + spread), n);
        return new Interval(sorted[clamp((int) Math.ceil(centre), n) - 1], sorted[l - 1], sorted[u - 1]);
    }

    /**
     * {@code ES_q} with a 95% interval from its influence function {@code IF(x) = VaR + (x - VaR)+ / (1 - q) - ES}:
     * the standard error is {@code sd(IF) / sqrt(n)}, the asymptotic variance of Manistre and Hancock (2005),
     * "Variance of the CTE estimator", North American Actuarial Journal 9(2).
     */
    static Interval expectedShortfall(double[] x, double q) {
        double[] influence = influence(x, q);
        double es = tailMean(x, q);
        double half = x.length > 1 ? Z * Math.sqrt(Variance.of(influence).getAsDouble() / x.length) : 0.0;
        return new Interval(es, es - half, es + half);
    }

    /** The paired difference {@code ES_q(x) - ES_q(y)} with an interval from the paired influence functions. */
    static Interval expectedShortfallDifference(double[] x, double[] y, double q) {
        double[] ix = influence(x, q);
        double[] iy = influence(y, q);
        Interval d = pairedDifference(ix, iy);
        // the influence functions have mean ~0; the point estimate is the difference of the two ES
        double estimate = tailMean(x, q) - tailMean(y, q);
        double half = (d.high() - d.low()) / 2;
        return new Interval(estimate, estimate - half, estimate + half);
    }

    /**
     * The ratio of means {@code mean(y) / mean(x)} of paired samples with a delta-method 95% interval: the ratio
     * estimator's standard error is {@code sd(y - R x) / (sqrt(n) |mean(x)|)} (Cochran 1977, "Sampling Techniques",
     * §6.4), which uses the pairing through the covariance of x and y. Needs {@code mean(x) > 0}.
     */
    static Interval ratioOfMeans(double[] x, double[] y) {
        double mx = Mean.of(x).getAsDouble();
        if (!(mx > 0)) {
            throw new IllegalArgumentException("ratioOfMeans: mean(x) must be > 0, got " + mx);
        }
        double ratio = Mean.of(y).getAsDouble() / mx;
        double[] residual = new double[x.length];
        for (int p = 0; p < x.length; p++) {
            residual[p] = y[p] - ratio * x[p];
        }
        double half = x.length > 1 ? Z * Math.sqrt(Variance.of(residual).getAsDouble() / x.length) / mx : 0.0;
        return new Interval(ratio, ratio - half, ratio + half);
    }

    /** Mean of the {@code max(1, floor(n (1 - q)))} largest values: the run's ES. */
    static double tailMean(double[] x, double q) {
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        int k = Math.max(1, (int) Math.floor(sorted.length * (1 - q)));
        double sum = 0.0;
        for (int i = sorted.length - k; i < sorted.length; i++) {
            sum += sorted[i];
        }
        return sum / k;
    }

    private static double[] influence(double[] x, double q) {
        double var = valueAtRisk(x, q).estimate();
        double es = tailMean(x, q);
        double[] influence = new double[x.length];
        for (int p = 0; p < x.length; p++) {
            influence[p] = var + Math.max(x[p] - var, 0.0) / (1 - q) - es;
        }
        return influence;
    }

    private static int clamp(int index, int n) {
        return Math.min(Math.max(index, 1), n);
    }
}
