package org.crossmargin.simulation.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * With antithetic pairs (path 2k+1 mirrors path 2k) the paths are not independent: the standard error is that of the
 * pair means, s_pairs / sqrt(n / 2) (Glasserman 2003, Monte Carlo Methods in Financial Engineering, §4.2).
 */
class AntitheticStandardErrorTest {
    @Test
    void standardErrorComesFromPairMeans() {
        double[] values = {1, 3, 2, 6};
        // pair means 2 and 4: mean 3, s = sqrt(((2 - 3)^2 + (4 - 3)^2) / 1) = sqrt(2), se = sqrt(2) / sqrt(2) = 1
        MeanEstimate paired = MeanEstimate.of(values, true);
        assertEquals(3.0, paired.mean(), 1e-15);
        assertEquals(1.0, paired.stdError(), 1e-15);
        // as independent paths: s = sqrt((4 + 0 + 1 + 9) / 3), se = s / 2 = 1.0801...
        assertEquals(Math.sqrt(14.0 / 3) / 2, MeanEstimate.of(values, false).stdError(), 1e-15);
    }

    @Test
    void perfectlyMirroredPairsHaveNoErrorLeft() {
        // each pair averages to 0 exactly: the antithetic estimator has no variance
        assertEquals(0.0, MeanEstimate.of(new double[] {1, -1, 2, -2, 5, -5}, true).stdError(), 0.0);
    }

    @Test
    void anOddLastPathCountsAsAUnitOfItsOwn() {
        // units: (1 + 3) / 2 = 2, (2 + 6) / 2 = 4, and 6 alone: mean of units 4, s = sqrt((4 + 0 + 4) / 2) = 2,
        // se = 2 / sqrt(3); the mean is still the plain mean of the 5 paths, 18 / 5
        MeanEstimate paired = MeanEstimate.of(new double[] {1, 3, 2, 6, 6}, true);
        assertEquals(18.0 / 5, paired.mean(), 1e-15);
        assertEquals(2 / Math.sqrt(3), paired.stdError(), 1e-15);
    }

    @Test
    void pairedDifferencesOfAntitheticRunsUsePairMeans() {
        // d = first - second = {1, 3, 2, 6}: as above, se 1
        PairedDifference d = PairedDifference.of(new double[] {2, 4, 4, 8}, new double[] {1, 1, 2, 2}, true);
        assertEquals(3.0, d.mean(), 1e-15);
        assertEquals(1.0, d.stdError(), 1e-15);
    }
}
