package org.crossmargin.simulation.stats;

/**
 * How much market impact adds to a per-path quantity, over paired paths (with impact minus without, same exogenous
 * prices): mean, its standard error and the 99% value at risk of the difference ({@code x_(ceil(0.99 n))}, DESIGN §5).
 *
 * @param mean     mean difference, in the quantity's unit
 * @param stdError standard error of the mean (sd / sqrt(n)); NaN for one path
 * @param var99    99th percentile of the difference
 */
public record Amplification(double mean, double stdError, double var99) {
    /** The amplification measured by the paired differences {@code values}. */
    public static Amplification of(double[] values) {
        MeanEstimate estimate = MeanEstimate.of(values);
        return new Amplification(estimate.mean(), estimate.stdError(), TailStatistics.of(values).valueAtRisk(0.99));
    }
}
