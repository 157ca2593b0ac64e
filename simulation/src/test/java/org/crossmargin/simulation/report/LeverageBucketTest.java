package org.crossmargin.simulation.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

class LeverageBucketTest {
    private static AccountRow account(double leverage, double probability) {
        OptionalDouble lev = Double.isNaN(leverage) ? OptionalDouble.empty() : OptionalDouble.of(leverage);
        return new AccountRow("A", "cross", probability, 0, 1, 0, 0, 1000, 1000 * leverage, lev, List.of("USDT"));
    }

    @Test
    void bucketsAreHalfOpenAndTheFirstHoldsLowLeverage() {
        List<LeverageBucket> all = LeverageBucket.ALL;
        assertTrue(all.get(0).holds(0.5), "below 1x goes to the first bucket");
        assertTrue(all.get(0).holds(1.99));
        assertTrue(all.get(1).holds(2.0), "2x opens 2-5x");
        assertTrue(all.get(4).holds(49.9));
        assertTrue(all.get(5).holds(50.0), "50x is the \u226550x bucket's lower bound");
        assertTrue(all.get(5).holds(1e6));
    }

    @Test
    void summaryIsCountAndMeanProbabilityPerBucket() {
        List<double[]> buckets = LeverageBucket.summarise(List.of(account(1.5, 0.0), account(3, 0.2),
                account(4, 0.6), account(60, 1.0), account(Double.NaN, 1.0)));
        assertEquals(1, buckets.get(0)[0]);
        assertEquals(0.0, buckets.get(0)[1]);
        // 2-5x: (0.2 + 0.6) / 2 = 0.4
        assertEquals(2, buckets.get(1)[0]);
        assertEquals(0.4, buckets.get(1)[1], 1e-12);
        assertEquals(0, buckets.get(2)[0]);
        assertTrue(Double.isNaN(buckets.get(2)[1]), "empty bucket has no mean");
        assertEquals(1, buckets.get(5)[0]);
        // the account without leverage (no equity at the start) is in no bucket: 1 + 2 + 1 = 4 of 5
        assertEquals(4, buckets.stream().mapToDouble(b -> b[0]).sum());
    }
}
