package org.crossmargin.simulation.stats;

/**
 * The paired difference of one per-path quantity between two margin modes run on the same paths (common random
 * numbers): {@code d_p = first(p) - second(p)}, in the quantity's unit.
 *
 * <p>Pairing removes the path-to-path variation both modes share, so the standard error of the mean difference is
 * usually far smaller than the two modes' own errors combined.
 *
 * @param mean                    mean of d
 * @param stdError                standard error of the mean, {@code sd(d) / sqrt(n)} (NaN when n &lt; 2)
 * @param ciLow                   {@code mean - 1.959964 se}
 * @param ciHigh                  {@code mean + 1.959964 se}
 * @param probabilityFirstWorse   share of paths with d &gt; 0 (the first mode loses more)
 * @param probabilitySecondWorse  share of paths with d &lt; 0
 */
public record PairedDifference(double mean, double stdError, double ciLow, double ciHigh,
                               double probabilityFirstWorse, double probabilitySecondWorse) {
    public PairedDifference {
        if (!(probabilityFirstWorse >= 0 && probabilitySecondWorse >= 0
                && probabilityFirstWorse + probabilitySecondWorse <= 1 + 1e-12)) {
            throw new IllegalArgumentException("probabilities: expected shares in [0, 1] summing to <= 1, got "
                    + probabilityFirstWorse + ", " + probabilitySecondWorse);
        }
    }

    /**
     * The paired difference {@code first - second}, path by path.
     *
     * @param first  the first mode's values by path
     * @param second the second mode's values by path, same length
     */
    public static PairedDifference of(double[] first, double[] second) {
        return of(first, second, false);
    }

    /**
     * The paired difference {@code first - second}, path by path; with {@code antithetic} its standard error is that
     * of antithetic pair means ({@link MeanEstimate#of(double[], boolean)}).
     */
    public static PairedDifference of(double[] first, double[] second, boolean antithetic) {
        if (first.length != second.length || first.length == 0) {
            throw new IllegalArgumentException("paired samples: expected equal non-zero lengths, got "
                    + first.length + " and " + second.length);
        }
        final int n = first.length;
        final double[] difference = new double[n];
        int firstWorse = 0;
        int secondWorse = 0;
        for (int p = 0; p < n; p++) {
            final double d = first[p] - second[p];
            difference[p] = d;
            if (d > 0) {
                firstWorse++;
            } else if (d < 0) {
                secondWorse++;
            }
        }
        final MeanEstimate estimate = MeanEstimate.of(difference, antithetic);
        return new PairedDifference(estimate.mean(), estimate.stdError(), estimate.ciLow(), estimate.ciHigh(),
                (double) firstWorse / n, (double) secondWorse / n);
    }
}
