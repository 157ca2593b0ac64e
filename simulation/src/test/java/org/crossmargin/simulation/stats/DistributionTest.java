package org.crossmargin.simulation.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DistributionTest {

    @Test
    void countsGiveOrderStatisticQuantilesAndShareOfPositives() {
        // 20 paths: 0 x 15, then 1, 2, 3, 4, 40. Sorted ranks: x_(1..15) = 0, x_(16..20) = 1, 2, 3, 4, 40.
        int[] counts = new int[20];
        counts[3] = 1;
        counts[7] = 2;
        counts[11] = 3;
        counts[13] = 4;
        counts[19] = 40;
        Distribution d = Distribution.of(counts);
        assertEquals(20, d.n());
        assertEquals(50.0 / 20, d.mean(), 1e-15); // (1+2+3+4+40)/20
        assertEquals(0.0, d.p50(), 0.0);          // x_(10)
        assertEquals(4.0, d.p95(), 0.0);          // x_(ceil(19)) = x_(19)
        assertEquals(40.0, d.p99(), 0.0);         // x_(ceil(19.8)) = x_(20)
        assertEquals(40.0, d.max(), 0.0);
        assertEquals(40.0, d.es95(), 0.0);        // k = max(1, 20 - 19) = 1
        assertEquals(5.0 / 20, d.probabilityPositive(), 0.0);
        assertEquals(WilsonInterval.of(5, 20), d.probabilityPositiveCi95());
        assertEquals(d.p99(), d.var99(), 0.0);
    }

    @Test
    void anEmptySampleHasNaNStatisticsAndNoInterval() {
        Distribution d = Distribution.of(new double[0]);
        assertEquals(0, d.n());
        assertTrue(Double.isNaN(d.mean()) && Double.isNaN(d.p50()) && Double.isNaN(d.es99()));
        assertNull(d.probabilityPositiveCi95());
    }
}
