package org.crossmargin.simulation.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PathStatisticsTest {
    @Test
    void valueAtRiskIntervalUsesBinomialOrderStatistics() {
        double[] x = new double[100];
        for (int i = 0; i < x.length; i++) {
            x[99 - i] = i + 1; // 100, 99, ..., 1: the method must sort
        }
        Interval var = PathStatistics.valueAtRisk(x, 0.9);
        // VaR_0.9 = x_(ceil(90)) = 90; nq = 90, Z sqrt(nq(1-q)) = 1.959964 * 3 = 5.879892:
        // l = floor(84.12) = 84, u = ceil(95.88) = 96, and x_(k) = k
        assertEquals(90, var.estimate());
        assertEquals(84, var.low());
        assertEquals(96, var.high());
    }

    @Test
    void tailMeanIsTheAcerbiTascheMeanOfTheLargestLosses() {
        // DESIGN §5: 10,000 paths, 30 with shortfall 10k..300k, the rest 0: ES_99 = 4,650,000 / 100 = 46,500
        double[] x = new double[10_000];
        for (int i = 0; i < 30; i++) {
            x[i * 7] = 10_000.0 * (i + 1);
        }
        assertEquals(46_500.0, PathStatistics.tailMean(x, 0.99), 1e-9);
        assertEquals(0.0, PathStatistics.valueAtRisk(x, 0.99).estimate());
    }

    @Test
    void expectedShortfallIntervalComesFromItsInfluenceFunction() {
        // n = 4, q = 0.75: VaR = x_(3) = 0, ES = mean of floor(4 * 0.25) = 1 largest = 10.
        // IF = 0 + (x - 0)+ / 0.25 - 10 = {-10, -10, -10, 30}: sample variance (3 * 100 + 900) / 3 = 400, sd 20,
        // se = 20 / sqrt(4) = 10, half width 1.959964 * 10 = 19.59964
        Interval es = PathStatistics.expectedShortfall(new double[] {0, 10, 0, 0}, 0.75);
        assertEquals(10.0, es.estimate(), 1e-12);
        assertEquals(10.0 - 19.59964, es.low(), 1e-9);
        assertEquals(10.0 + 19.59964, es.high(), 1e-9);
    }

    @Test
    void expectedShortfallOfIdenticalSamplesDiffersByNothing() {
        double[] x = {0, 3, 8, 1, 20, 5};
        Interval d = PathStatistics.expectedShortfallDifference(x, x.clone(), 0.5);
        // paired influence functions are identical: zero difference, zero width
        assertEquals(0.0, d.estimate());
        assertEquals(0.0, d.low());
        assertEquals(0.0, d.high());
    }

    @Test
    void pairedDifferenceIsTheMeanOfPathDifferences() {
        // d = {2, 3, 4}: mean 3, sample variance 1, se = 1 / sqrt(3), half width 1.959964 / sqrt(3) = 1.1315860
        Interval d = PathStatistics.pairedDifference(new double[] {3, 5, 7}, new double[] {1, 2, 3});
        assertEquals(3.0, d.estimate(), 1e-12);
        assertEquals(3.0 - 1.959964 / Math.sqrt(3), d.low(), 1e-12);
        assertEquals(3.0 + 1.959964 / Math.sqrt(3), d.high(), 1e-12);
    }

    @Test
    void ratioOfMeansUsesThePairedResiduals() {
        // y = 2x exactly: R = 2 and every residual y - R x is 0, so no width
        Interval exact = PathStatistics.ratioOfMeans(new double[] {1, 2, 3}, new double[] {2, 4, 6});
        assertEquals(2.0, exact.estimate(), 1e-12);
        assertEquals(2.0, exact.low(), 1e-12);
        assertEquals(2.0, exact.high(), 1e-12);
        // x = {1, 3}, y = {2, 2}: R = 2 / 2 = 1; residuals {1, -1}, variance 2, se = sqrt(2 / 2) / 2 = 0.5
        Interval r = PathStatistics.ratioOfMeans(new double[] {1, 3}, new double[] {2, 2});
        assertEquals(1.0, r.estimate(), 1e-12);
        assertEquals(1.0 - 0.979982, r.low(), 1e-12);
        assertEquals(1.0 + 0.979982, r.high(), 1e-12);
    }

    @Test
    void ratioOfMeansNeedsAPositiveBase() {
        assertThrows(IllegalArgumentException.class,
                () -> PathStatistics.ratioOfMeans(new double[] {0, 0}, new double[] {1, 2}));
    }
}
