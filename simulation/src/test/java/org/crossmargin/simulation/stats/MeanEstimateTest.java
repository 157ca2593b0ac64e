package org.crossmargin.simulation.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class MeanEstimateTest {

    @Test
    void standardErrorIsUnbiasedSampleDeviationOverRootN() {
        // 1,2,3,4,10: mean 4, squared deviations 9+4+1+0+36 = 50, s² = 50/4 = 12.5, se = sqrt(12.5/5) = sqrt(2.5).
        MeanEstimate estimate = MeanEstimate.of(new double[] {1, 2, 3, 4, 10});
        assertEquals(4.0, estimate.mean(), 1e-15);
        assertEquals(Math.sqrt(2.5), estimate.stdError(), 1e-15);
        assertEquals(4.0 - 1.959964 * Math.sqrt(2.5), estimate.ciLow(), 1e-14);
        assertEquals(4.0 + 1.959964 * Math.sqrt(2.5), estimate.ciHigh(), 1e-14);
    }

    @Test
    void standardErrorIsUndefinedBelowTwoValues() {
        MeanEstimate one = MeanEstimate.of(new double[] {7});
        assertEquals(7.0, one.mean(), 0.0);
        assertTrue(Double.isNaN(one.stdError()));
        MeanEstimate none = MeanEstimate.of(new double[0]);
        assertTrue(Double.isNaN(none.mean()) && Double.isNaN(none.stdError()));
    }

    @Test
    void estimatesTheMeanAndErrorOfAUniformSample() {
        // U(0,1): mean 1/2, sd 1/sqrt(12) (closed form), so se = 1/sqrt(12 n). Fixed seed; the mean must lie
        // within 4 se of 1/2 and the estimated se within 5% of the exact one (the relative error of s is about
        // 1/sqrt(2n) times the kurtosis factor, 0.4% here).
        int n = 40_000;
        UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(12_345L);
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = rng.nextDouble();
        }
        MeanEstimate estimate = MeanEstimate.of(values);
        double exactSe = 1.0 / Math.sqrt(12.0 * n);
        assertEquals(0.5, estimate.mean(), 4 * exactSe);
        assertEquals(exactSe, estimate.stdError(), 0.05 * exactSe);
    }
}
