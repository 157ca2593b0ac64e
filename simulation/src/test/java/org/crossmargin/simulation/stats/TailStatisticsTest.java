package org.crossmargin.simulation.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/** VaR = x_(ceil(qn)) and ES = mean of the max(1, floor(n(1-q))) largest, DESIGN §5. */
class TailStatisticsTest {

    /** DESIGN §5: 10,000 paths, 30 with shortfall 10k, 20k, ..., 300k, the rest 0. */
    private static double[] designExample() {
        double[] shortfall = new double[10_000];
        for (int i = 1; i <= 30; i++) {
            shortfall[i * 37] = 10_000.0 * i; // scattered, so the code must sort
        }
        return shortfall;
    }

    @Test
    void expectedShortfallOfTheDesignExampleIs46500() {
        // k = floor(10000 * 0.01) = 100 largest: 30 losses summing to 10k * (1 + ... + 30) = 4,650,000, and 70 zeros.
        TailStatistics tail = TailStatistics.of(designExample());
        assertEquals(46_500.0, tail.expectedShortfall(0.99), 1e-9);
        // VaR_99 = x_(9900): only ranks 9971..10000 are positive.
        assertEquals(0.0, tail.valueAtRisk(0.99), 0.0);
    }

    @Test
    void otherLevelsOfTheDesignExampleFollowTheSameDefinitions() {
        TailStatistics tail = TailStatistics.of(designExample());
        // VaR_99.9 = x_(9990): rank 9971 is 10k, so rank 9990 is the 20th positive, 200k.
        assertEquals(200_000.0, tail.valueAtRisk(0.999), 0.0);
        // ES_99.9: k = 10 largest, 210k..300k, mean 255k.
        assertEquals(255_000.0, tail.expectedShortfall(0.999), 1e-9);
        // ES_95: k = 500, sum 4,650,000 -> 9,300.
        assertEquals(9_300.0, tail.expectedShortfall(0.95), 1e-9);
        assertEquals(300_000.0, tail.max(), 0.0);
        assertEquals(30, tail.countPositive());
    }

    @Test
    void valueAtRiskIsTheCeilingOrderStatisticOfOneToHundred() {
        double[] values = shuffledOneTo(100, 7L);
        TailStatistics tail = TailStatistics.of(values);
        // x_(k) = k: VaR_95 = x_(95), VaR_99 = x_(99), VaR_99.9 = x_(ceil(99.9)) = x_(100).
        assertEquals(95.0, tail.valueAtRisk(0.95), 0.0);
        assertEquals(99.0, tail.valueAtRisk(0.99), 0.0);
        assertEquals(100.0, tail.valueAtRisk(0.999), 0.0);
        // p01 = x_(1), p05 = x_(5), median x_(50) (no averaging with x_(51), unlike the textbook median).
        assertEquals(1.0, tail.quantile(0.01), 0.0);
        assertEquals(5.0, tail.quantile(0.05), 0.0);
        assertEquals(50.0, tail.quantile(0.5), 0.0);
    }

    @Test
    void expectedShortfallAveragesTheLargestFloorNTimesOneMinusQ() {
        TailStatistics tail = TailStatistics.of(shuffledOneTo(100, 11L));
        // ES_95: k = 5, mean(96..100) = 98; ES_99: k = 1 -> 100; ES_99.9: k = max(1, floor(0.1)) = 1 -> 100.
        assertEquals(98.0, tail.expectedShortfall(0.95), 1e-12);
        assertEquals(100.0, tail.expectedShortfall(0.99), 0.0);
        assertEquals(100.0, tail.expectedShortfall(0.999), 0.0);
    }

    @Test
    void smallSamplesUseTheLargestValueForHighLevels() {
        TailStatistics tail = TailStatistics.of(new double[] {3, -1, 7, 0, 2, 5, 4, 6, 1, 8});
        // n = 10: VaR_95 = x_(ceil(9.5)) = x_(10) = 8; ES_95: k = max(1, floor(0.5)) = 1 -> 8.
        assertEquals(8.0, tail.valueAtRisk(0.95), 0.0);
        assertEquals(8.0, tail.expectedShortfall(0.95), 0.0);
        // Median x_(5) of -1,0,1,2,3,... = 3; min -1.
        assertEquals(3.0, tail.quantile(0.5), 0.0);
        assertEquals(-1.0, tail.min(), 0.0);
        assertEquals(8, tail.countPositive());
    }

    @Test
    void floatingRankEqualsDecimalRankForTheProjectLevels() {
        // The claim of TailStatistics' Javadoc, on a sample of sizes: Math.ceil(n * q) equals ceil of the decimal q
        // times n, so the HF1 quantile is exactly x_(ceil(q n)) as DESIGN writes it.
        for (double q : new double[] {0.01, 0.05, 0.5, 0.95, 0.99, 0.999}) {
            BigDecimal decimal = new BigDecimal(Double.toString(q));
            for (int n = 1; n <= 20_000; n++) {
                int exact = Math.max(1, decimal.multiply(BigDecimal.valueOf(n)).setScale(0, RoundingMode.CEILING)
                        .intValueExact());
                assertEquals(exact, TailStatistics.rank(q, n), "q = " + q + ", n = " + n);
            }
        }
    }

    @Test
    void quantileIsTheSortedValueAtRankMinusOne() {
        UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(20_240_611L);
        for (int n : new int[] {1, 2, 3, 17, 999, 1000, 1001}) {
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                values[i] = rng.nextDouble() * 1000 - 200;
            }
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            TailStatistics tail = TailStatistics.of(values);
            for (double q : new double[] {0.01, 0.05, 0.5, 0.95, 0.99, 0.999}) {
                assertEquals(sorted[TailStatistics.rank(q, n) - 1], tail.quantile(q), 0.0, "n = " + n);
            }
        }
    }

    @Test
    void leavesItsInputUnsorted() {
        double[] values = {5, 1, 4};
        TailStatistics.of(values).valueAtRisk(0.5);
        assertArrayEquals(new double[] {5, 1, 4}, values, 0.0);
    }

    @Test
    void rejectsEmptyAndNonFiniteSamplesAndBadLevels() {
        assertThrows(IllegalArgumentException.class, () -> TailStatistics.of(new double[0]));
        assertThrows(IllegalArgumentException.class, () -> TailStatistics.of(new double[] {1, Double.NaN}));
        TailStatistics tail = TailStatistics.of(new double[] {1});
        assertThrows(IllegalArgumentException.class, () -> tail.quantile(1.5));
        assertThrows(IllegalArgumentException.class, () -> tail.expectedShortfall(Double.NaN));
    }

    private static double[] shuffledOneTo(int n, long seed) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = i + 1;
        }
        UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            double swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
        return values;
    }
}
