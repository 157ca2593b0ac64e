package org.crossmargin.simulation.paths;

/** Sample moments of log returns read off filled price arrays, for the statistical tests. */
final class PathStatistics {
    private PathStatistics() {
    }

    /** The {@code steps} log returns {@code ln(P_t / P_{t-1})} of market {@code m} in one path. */
    static double[] logReturns(double[] prices, int steps, int markets, int m) {
        double[] r = new double[steps];
        for (int t = 1; t <= steps; t++) {
            r[t - 1] = Math.log(prices[t * markets + m] / prices[(t - 1) * markets + m]);
        }
        return r;
    }

    static double mean(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        return sum / x.length;
    }

    /** Unbiased sample variance. */
    static double variance(double[] x) {
        final double mean = mean(x);
        double sum = 0;
        for (double v : x) {
            sum += (v - mean) * (v - mean);
        }
        return sum / (x.length - 1);
    }

    /** Kurtosis {@code m4 / m2^2} (3 for a normal, not the excess). */
    static double kurtosis(double[] x) {
        final double mean = mean(x);
        double m2 = 0;
        double m4 = 0;
        for (double v : x) {
            final double d = (v - mean) * (v - mean);
            m2 += d;
            m4 += d * d;
        }
        m2 /= x.length;
        m4 /= x.length;
        return m4 / (m2 * m2);
    }

    /** Pearson sample correlation. */
    static double correlation(double[] x, double[] y) {
        final double mx = mean(x);
        final double my = mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    /** One filled path of {@code model}. */
    static double[] path(PathModel model, long path) {
        double[] prices = new double[model.pathLength()];
        model.fill(path, prices);
        return prices;
    }
}
