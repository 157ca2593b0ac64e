package org.crossmargin.simulation.scenario;

/**
 * Distribution of one jump in log price: normal with this mean and standard deviation.
 *
 * @param mean  mean of the log jump (-0.05 is about a 5% fall)
 * @param stdev standard deviation of the log jump, &gt;= 0
 */
public record JumpSize(double mean, double stdev) {
    public JumpSize {
        if (!Double.isFinite(mean)) {
            throw new IllegalArgumentException("mean: expected a finite number, got " + mean);
        }
        if (!(stdev >= 0 && stdev < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("stdev: expected a finite number >= 0, got " + stdev);
        }
    }
}
