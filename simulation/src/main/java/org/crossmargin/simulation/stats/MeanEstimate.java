package org.crossmargin.simulation.stats;

import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.StandardDeviation;

/**
 * A Monte Carlo estimate of a mean and its standard error, in the unit of the sample.
 *
 * @param mean     sample mean; NaN for an empty sample
 * @param stdError standard error of the mean, {@code s / sqrt(n)} with the unbiased sample standard deviation
 *                 {@code s} (n − 1 in the denominator); NaN when n &lt; 2, where it is not defined
 */
public record MeanEstimate(double mean, double stdError) {
    public MeanEstimate {
        if (!(Double.isNaN(stdError) || stdError >= 0 && stdError < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("std_error: expected a finite number >= 0 or NaN, got " + stdError);
        }
    }

    /** Mean and standard error of {@code values} (Commons Statistics {@link Mean}, {@link StandardDeviation}). */
    public static MeanEstimate of(double[] values) {
        final int n = values.length;
        if (n == 0) {
            return new MeanEstimate(Double.NaN, Double.NaN);
        }
        final double mean = Mean.of(values).getAsDouble();
        if (n < 2) {
            return new MeanEstimate(mean, Double.NaN);
        }
        final double sd = StandardDeviation.of(values).getAsDouble(); // unbiased by default: n - 1
        return new MeanEstimate(mean, sd / Math.sqrt(n));
    }

    /**
     * Mean and standard error of {@code values}; with {@code antithetic}, path {@code 2k+1} mirrors path {@code 2k}
     * so the two are not independent: the standard error is then that of the pair means, {@code s_pairs / sqrt(n /
     * 2)} (Glasserman 2003, §4.2), an odd last path counting as a unit of its own. The mean is the plain mean.
     */
    public static MeanEstimate of(double[] values, boolean antithetic) {
        final MeanEstimate plain = of(values);
        if (!antithetic || values.length < 4) {
            return plain;
        }
        final int pairs = values.length / 2;
        final double[] units = new double[pairs + values.length % 2];
        for (int k = 0; k < pairs; k++) {
            units[k] = 0.5 * (values[2 * k] + values[2 * k + 1]);
        }
        if (values.length % 2 == 1) {
            units[pairs] = values[values.length - 1];
        }
        final double sd = StandardDeviation.of(units).getAsDouble();
        return new MeanEstimate(plain.mean(), sd / Math.sqrt(units.length));
    }

    /** The lower end of the 95% normal interval {@code mean - z se}, z = {@link WilsonInterval#Z95}. */
    public double ciLow() {
        return mean - WilsonInterval.Z95 * stdError;
    }

    /** The upper end of the 95% normal interval {@code mean + z se}, z = {@link WilsonInterval#Z95}. */
    public double ciHigh() {
        return mean + WilsonInterval.Z95 * stdError;
    }
}
