package org.crossmargin.simulation.paths;

import static org.crossmargin.simulation.paths.PathStatistics.correlation;
import static org.crossmargin.simulation.paths.PathStatistics.logReturns;
import static org.crossmargin.simulation.paths.PathStatistics.mean;
import static org.crossmargin.simulation.paths.PathStatistics.path;
import static org.crossmargin.simulation.paths.PathStatistics.variance;
import static org.crossmargin.simulation.paths.TestScenarios.DAY;
import static org.crossmargin.simulation.paths.TestScenarios.MINUTE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The gbm model: statistics of its log returns against the closed forms of DESIGN §4. */
class GbmModelTest {
    private static final int STEPS = 20_000;
    private static final double DT = 1.0 / 365; // daily steps, 365-day years

    @Test
    void logReturnMeanIsDriftMinusHalfVarianceTimesDt() {
        // Market A: sigma = 3, mu = 0.5: E r = (0.5 - 4.5) / 365 = -0.010959; sd r = 3 / sqrt(365) = 0.15703.
        // Market B: sigma = 0.2, mu = 2: E r = (2 - 0.02) / 365 = 0.0054247; sd r = 0.2 / sqrt(365) = 0.010468.
        // Tolerance 4 se = 4 sd / sqrt(20000): A 0.0044 (the -sigma^2/2 term alone is 0.0123), B 0.00030 (mu alone
        // is 0.0055), so dropping either term fails.
        PathModel model = TestScenarios.builder().market("A", 100, 3.0, 0.5).market("B", 50, 0.2, 2.0)
                .step(DAY).steps(STEPS).seed(1).model();
        double[] prices = path(model, 0);
        double[] a = logReturns(prices, STEPS, 2, 0);
        double[] b = logReturns(prices, STEPS, 2, 1);
        assertEquals((0.5 - 0.5 * 9) * DT, mean(a), 4 * 3 * Math.sqrt(DT) / Math.sqrt(STEPS));
        assertEquals((2.0 - 0.5 * 0.04) * DT, mean(b), 4 * 0.2 * Math.sqrt(DT) / Math.sqrt(STEPS));
    }

    @Test
    void logReturnVarianceIsSigmaSquaredDt() {
        // Var r = sigma^2 dt; the sample variance of n normals has se sigma^2 dt sqrt(2 / (n - 1)) (chi-square).
        final double sigma = 0.8;
        PathModel model = TestScenarios.builder().market("BTC", 64_000, sigma, 0.1).step(DAY).steps(STEPS).seed(2)
                .model();
        double[] r = logReturns(path(model, 3), STEPS, 1, 0);
        final double exact = sigma * sigma * DT;
        assertEquals(exact, variance(r), 4 * exact * Math.sqrt(2.0 / (STEPS - 1)));
    }

    @Test
    void minuteStepsScaleVarianceByStepLength() {
        // dt = 60 / (365 * 86400); Var r = 0.6^2 dt = 6.849e-7; 4 se as above.
        final double dt = 60.0 / (365 * 86_400);
        PathModel model = TestScenarios.builder().market("BTC", 64_000, 0.6, 0).step(MINUTE).steps(STEPS).seed(3)
                .model();
        double[] r = logReturns(path(model, 0), STEPS, 1, 0);
        assertEquals(0.36 * dt, variance(r), 4 * 0.36 * dt * Math.sqrt(2.0 / (STEPS - 1)));
    }

    @Test
    void sampleCorrelationMatchesTarget() {
        // Sample correlation of n bivariate normals: se ~ (1 - rho^2) / sqrt(n) = 0.36 / 141.4 = 0.00255.
        PathModel model = TestScenarios.builder().market("BTC", 64_000, 0.6, 0).market("ETH", 3_100, 0.75, 0)
                .correlation(0, 1, 0.8).step(DAY).steps(STEPS).seed(4).model();
        double[] prices = path(model, 0);
        double rho = correlation(logReturns(prices, STEPS, 2, 0), logReturns(prices, STEPS, 2, 1));
        assertEquals(0.8, rho, 4 * (1 - 0.64) / Math.sqrt(STEPS));
    }

    @Test
    void threeMarketCorrelationsAllMatch() {
        // C = [[1, .5, -.3], [.5, 1, .2], [-.3, .2, 1]] is positive definite (det = 1 - .25 - .09 - .04 - .06
        // = 0.56 > 0 with the 2x2 minors positive); each pair's tolerance is 4 (1 - rho^2) / sqrt(n).
        double[][] c = {{1, 0.5, -0.3}, {0.5, 1, 0.2}, {-0.3, 0.2, 1}};
        PathModel model = TestScenarios.builder().market("A", 1, 0.5, 0).market("B", 1, 0.9, 0)
                .market("C", 1, 0.3, 0).correlations(c).step(DAY).steps(STEPS).seed(5).model();
        double[] prices = path(model, 7);
        for (int i = 0; i < 3; i++) {
            for (int j = i + 1; j < 3; j++) {
                double rho = correlation(logReturns(prices, STEPS, 3, i), logReturns(prices, STEPS, 3, j));
                assertEquals(c[i][j], rho, 4 * (1 - c[i][j] * c[i][j]) / Math.sqrt(STEPS), "pair " + i + "," + j);
            }
        }
    }

    @Test
    void perfectlyCorrelatedMarketsMoveTogether() {
        // rho = 1 is singular: Hipparchus' Cholesky refuses it, the rectangular root has rank 1. With equal
        // volatilities and drifts both markets get the same log return every step.
        PathModel model = TestScenarios.builder().market("A", 100, 0.5, 0.1).market("B", 7, 0.5, 0.1)
                .correlation(0, 1, 1.0).steps(500).model();
        double[] prices = path(model, 2);
        double[] a = logReturns(prices, 500, 2, 0);
        double[] b = logReturns(prices, 500, 2, 1);
        assertArrayEquals(a, b, 1e-12);
    }

    @Test
    void perfectlyAnticorrelatedMarketsMirrorEachOther() {
        // rho = -1, zero drift and equal sigma: r_B = -sigma^2 dt - r_A, i.e. r_A + r_B = 2 (-sigma^2 / 2) dt.
        final double dt = 60.0 / (365 * 86_400);
        PathModel model = TestScenarios.builder().market("A", 100, 0.5, 0).market("B", 7, 0.5, 0)
                .correlation(0, 1, -1.0).steps(500).model();
        double[] prices = path(model, 2);
        double[] a = logReturns(prices, 500, 2, 0);
        double[] b = logReturns(prices, 500, 2, 1);
        for (int t = 0; t < 500; t++) {
            assertEquals(-0.25 * dt, a[t] + b[t], 1e-12, "step " + (t + 1));
        }
    }

    @Test
    void zeroVolatilityMarketStaysBitwiseAtItsPrice() {
        // DESIGN §4: a stablecoin with volatility 0 stays at its price (its drift is ignored) unless shocked.
        PathModel model = TestScenarios.builder().market("BTC", 64_000, 0.6, 0).market("USDT", 1.0001, 0.0, 0.3)
                .correlation(0, 1, 0.5).steps(1_000).model();
        double[] prices = path(model, 11);
        for (int t = 0; t <= 1_000; t++) {
            assertEquals(Double.doubleToRawLongBits(1.0001), Double.doubleToRawLongBits(prices[t * 2 + 1]),
                    "step " + t);
        }
    }

    @Test
    void firstRowIsTheStartPrices() {
        PathModel model = TestScenarios.builder().market("BTC", 64_000, 0.6, 0).market("ETH", 3_100, 0.75, 0)
                .steps(10).model();
        double[] prices = path(model, 5);
        assertEquals(64_000, prices[0]);
        assertEquals(3_100, prices[1]);
    }

    @Test
    void pathAcrossManyPathsHasLognormalTerminalMean() {
        // E P_T = P0 exp(mu T) for gbm: T = 1 day, mu = 0.5, sigma = 0.8: E P_T / P0 = exp(0.5 / 365) = 1.0013708.
        // sd(P_T / P0) = exp(mu T) sqrt(exp(sigma^2 T) - 1) = 0.041888; 4 se over 4000 paths = 0.00265.
        PathModel model = TestScenarios.builder().market("BTC", 1, 0.8, 0.5).step(TestScenarios.HOUR).steps(24)
                .seed(9).model();
        final int paths = 4_000;
        double[] prices = new double[model.pathLength()];
        double sum = 0;
        for (int p = 0; p < paths; p++) {
            model.fill(p, prices);
            sum += prices[24];
        }
        final double t = 1.0 / 365;
        final double sd = Math.exp(0.5 * t) * Math.sqrt(Math.expm1(0.64 * t));
        assertEquals(Math.exp(0.5 * t), sum / paths, 4 * sd / Math.sqrt(paths));
    }

    @Test
    void pricesArrayTooShortIsRejected() {
        PathModel model = TestScenarios.builder().market("BTC", 64_000, 0.6, 0).steps(10).model();
        assertEquals(11, model.pathLength());
        assertThrows(IllegalArgumentException.class, () -> model.fill(0, new double[10]));
    }

    @Test
    void negativePathIndexIsRejected() {
        PathModel model = TestScenarios.builder().market("BTC", 64_000, 0.6, 0).steps(10).model();
        assertThrows(IllegalArgumentException.class, () -> model.fill(-1, new double[11]));
    }

    @Test
    void entriesBeyondThePathAreLeftAlone() {
        PathModel model = TestScenarios.builder().market("BTC", 64_000, 0.6, 0).steps(10).model();
        double[] prices = new double[12];
        prices[11] = -7;
        model.fill(0, prices);
        assertEquals(-7, prices[11]);
        assertTrue(prices[10] > 0);
    }
}
