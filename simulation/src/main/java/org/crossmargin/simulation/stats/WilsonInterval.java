package org.crossmargin.simulation.stats;

/**
 * A two-sided 95% Wilson score interval for a binomial proportion (Wilson 1927, "Probable inference, the law of
 * succession, and statistical inference", JASA 22), bounds as probabilities in [0, 1].
 *
 * <p>Unlike the normal (Wald) interval it stays inside [0, 1] and does not collapse to a point at 0 or n
 * successes, which matters here: most accounts are liquidated on none of the paths.
 *
 * @param low  lower bound, probability
 * @param high upper bound, probability
 */
public record WilsonInterval(double low, double high) {
    /** The standard normal quantile of 0.975 used for every interval of the project (DESIGN §5). */
    public static final double Z95 = 1.959964;

    public WilsonInterval {
        if (!(low >= 0 && low <= high && high <= 1)) {
            throw new IllegalArgumentException("interval: expected 0 <= low <= high <= 1, got [" + low + ", "
                    + high + "]");
        }
    }

    /**
     * The Wilson interval of {@code successes} out of {@code n} trials: with {@code p = s / n},
     * {@code (p + z²/2n ± z sqrt(p(1-p)/n + z²/4n²)) / (1 + z²/n)}, z = {@link #Z95}.
     *
     * @param successes number of successes, in [0, n]
     * @param n         number of trials, &gt; 0
     */
    public static WilsonInterval of(long successes, long n) {
        if (n <= 0 || successes < 0 || successes > n) {
            throw new IllegalArgumentException("wilson: expected 0 <= successes <= n and n > 0, got " + successes
                    + " of " + n);
        }
        final double p = (double) successes / n;
        final double z2 = Z95 * Z95;
        final double denominator = 1.0 + z2 / n;
        final double centre = (p + z2 / (2.0 * n)) / denominator;
        final double half = Z95 / denominator * Math.sqrt(p * (1.0 - p) / n + z2 / (4.0 * n * (double) n));
        // At 0 or n successes the bound is 0 or 1 in exact arithmetic; clamp the rounding error away.
        final double low = successes == 0 ? 0.0 : Math.max(0.0, centre - half);
        final double high = successes == n ? 1.0 : Math.min(1.0, centre + half);
        return new WilsonInterval(low, high);
    }
}
