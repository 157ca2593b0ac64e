package org.crossmargin.simulation.paths;

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

import java.util.Map;
import org.crossmargin.simulation.scenario.GbmSpec;
import org.crossmargin.simulation.scenario.JumpSize;
import org.crossmargin.simulation.scenario.MertonSpec;
import org.junit.jupiter.api.Test;

/** The merton model: jump counts, jump sizes, common clocks and the uncompensated drift. */
class MertonModelTest {
    private static final int PATHS = 2_000;
    /** 3650 jumps a year: lambda T = 10 over one day. */
    private static final double LAMBDA = 3_650;
    /** Volatility small enough that the log move is the jumps' alone to 1e-6, but not 0 (0 never jumps). */
    private static final double TINY_VOL = 1e-9;

    private static TestScenarios oneDay() {
        return TestScenarios.builder().step(MINUTE).horizon(DAY);
    }

    /** Number of jumps of size exactly {@code size} in log price between row 0 and row {@code t}. */
    private static long jumps(double[] prices, int width, int m, int t, double size) {
        return Math.round(Math.log(prices[t * width + m] / prices[m]) / size);
    }

    @Test
    void jumpCountsMatchLambdaT() {
        // N ~ Poisson(lambda T) = Poisson(10): mean 10, se sqrt(10 / 2000) = 0.0707; variance 10 with
        // se sqrt((lambda + 2 lambda^2) / n) = sqrt(210 / 2000) = 0.324 (Poisson central moments); 4 se each.
        PathModel model = oneDay().market("BTC", 64_000, TINY_VOL, 0)
                .model(new MertonSpec(LAMBDA, new JumpSize(-0.1, 0), false, Map.of())).seed(31).model();
        double[] counts = new double[PATHS];
        for (int p = 0; p < PATHS; p++) {
            counts[p] = jumps(path(model, p), 1, 0, 1440, -0.1);
        }
        assertEquals(10, mean(counts), 4 * Math.sqrt(10.0 / PATHS));
        assertEquals(10, variance(counts), 4 * Math.sqrt(210.0 / PATHS));
    }

    @Test
    void jumpsLandInSingleStepsAtPoissonRate() {
        // Steps with a jump: P(N_step >= 1) = 1 - exp(-lambda dt), lambda dt = 3650 / 525600 = 0.0069444;
        // binomial se over 1440 * 200 steps; 4 se.
        PathModel model = oneDay().market("BTC", 1, TINY_VOL, 0)
                .model(new MertonSpec(LAMBDA, new JumpSize(-0.1, 0), false, Map.of())).seed(32).model();
        long withJump = 0;
        for (int p = 0; p < 200; p++) {
            double[] r = logReturns(path(model, p), 1440, 1, 0);
            for (double v : r) {
                if (v < -0.05) {
                    withJump++;
                }
            }
        }
        final double q = -Math.expm1(-LAMBDA * 60.0 / (365 * 86_400));
        final double n = 1440.0 * 200;
        assertEquals(q, withJump / n, 4 * Math.sqrt(q * (1 - q) / n));
    }

    @Test
    void terminalLogReturnHasMertonMeanAndVariance() {
        // ln(P_T / P_0) = (mu - sigma^2/2) T + sigma W_T + sum of N ~ Poisson(lambda T) jumps J ~ N(m, s^2).
        // sigma = 0.5, mu = 0, T = 1/365, lambda T = 10, m = -0.02, s = 0.03:
        // mean = -0.125 / 365 + 10 (-0.02) = -0.200342; var = 0.25 / 365 + 10 (m^2 + s^2) = 0.0136849.
        // se of the mean sqrt(var / n); se of the variance sqrt((mu4 - var^2) / n) with mu4 = kappa4 + 3 var^2,
        // kappa4 = lambda T E J^4 = 10 (m^4 + 6 m^2 s^2 + 3 s^4). 4 se each, 4000 paths.
        final int paths = 4_000;
        PathModel model = oneDay().market("BTC", 64_000, 0.5, 0)
                .model(new MertonSpec(LAMBDA, new JumpSize(-0.02, 0.03), false, Map.of())).step(DAY / 24)
                .seed(33).model();
        double[] x = new double[paths];
        for (int p = 0; p < paths; p++) {
            double[] prices = path(model, p);
            x[p] = Math.log(prices[24] / prices[0]);
        }
        final double m = -0.02;
        final double s = 0.03;
        final double t = 1.0 / 365;
        final double expectedMean = -0.125 * t + 10 * m;
        final double expectedVar = 0.25 * t + 10 * (m * m + s * s);
        final double kappa4 = 10 * (Math.pow(m, 4) + 6 * m * m * s * s + 3 * Math.pow(s, 4));
        final double mu4 = kappa4 + 3 * expectedVar * expectedVar;
        assertEquals(expectedMean, mean(x), 4 * Math.sqrt(expectedVar / paths));
        assertEquals(expectedVar, variance(x), 4 * Math.sqrt((mu4 - expectedVar * expectedVar) / paths));
    }

    @Test
    void commonJumpsHitEveryMarketAtTheSameTimes() {
        // One clock: each path's jump count is the same for both markets, with each market's own size.
        PathModel model = oneDay().market("BTC", 64_000, TINY_VOL, 0).market("ETH", 3_100, TINY_VOL, 0)
                .model(new MertonSpec(LAMBDA, new JumpSize(-0.1, 0), true, Map.of("ETH", new JumpSize(-0.2, 0))))
                .seed(34).model();
        long total = 0;
        for (int p = 0; p < 300; p++) {
            double[] prices = path(model, p);
            for (int t = 1; t <= 1440; t += 37) {
                assertEquals(jumps(prices, 2, 0, t, -0.1), jumps(prices, 2, 1, t, -0.2), "path " + p + " row " + t);
            }
            total += jumps(prices, 2, 0, 1440, -0.1);
        }
        assertEquals(10.0, total / 300.0, 4 * Math.sqrt(10.0 / 300));
    }

    @Test
    void separateClocksJumpIndependently() {
        // Independent Poisson(10) counts: the correlation of the two markets' counts is 0, se 1 / sqrt(n).
        PathModel model = oneDay().market("BTC", 64_000, TINY_VOL, 0).market("ETH", 3_100, TINY_VOL, 0)
                .model(new MertonSpec(LAMBDA, new JumpSize(-0.1, 0), false, Map.of())).seed(35).model();
        double[] a = new double[PATHS];
        double[] b = new double[PATHS];
        for (int p = 0; p < PATHS; p++) {
            double[] prices = path(model, p);
            a[p] = jumps(prices, 2, 0, 1440, -0.1);
            b[p] = jumps(prices, 2, 1, 1440, -0.1);
        }
        assertEquals(0, PathStatistics.correlation(a, b), 4 / Math.sqrt(PATHS));
        assertEquals(10, mean(b), 4 * Math.sqrt(10.0 / PATHS));
    }

    @Test
    void zeroIntensityIsTheGbmPathBitForBit() {
        // No arrivals means no exponential or jump draws: the stream is consumed exactly as gbm consumes it.
        TestScenarios merton = oneDay().market("BTC", 64_000, 0.6, 0.1).market("ETH", 3_100, 0.8, 0)
                .correlation(0, 1, 0.7).model(new MertonSpec(0, new JumpSize(-0.1, 0.05), true, Map.of()));
        TestScenarios gbm = oneDay().market("BTC", 64_000, 0.6, 0.1).market("ETH", 3_100, 0.8, 0)
                .correlation(0, 1, 0.7).model(new GbmSpec());
        assertArrayEquals(path(gbm.model(), 12), path(merton.model(), 12), 0.0);
    }

    @Test
    void zeroVolatilityMarketNeitherDiffusesNorJumps() {
        PathModel model = oneDay().market("BTC", 64_000, 0.6, 0).market("USDT", 1, 0, 0)
                .model(new MertonSpec(LAMBDA, new JumpSize(-0.1, 0.05), true, Map.of())).model();
        double[] prices = path(model, 0);
        for (int t = 0; t <= 1440; t++) {
            assertEquals(1.0, prices[t * 2 + 1], 0.0);
        }
    }

    @Test
    void antitheticPairSharesJumpTimesAndMirrorsSizesAroundTheMean() {
        // Per step r_2k + r_2k+1 = 2 d + 2 N_t m: the normals (diffusion and jump-size noise) cancel, the jump
        // times (exponential draws) are shared. d = (0 - 0.5^2 / 2) dt, m = -0.1, so (sum - 2d) / (2m) is the
        // step's jump count, a whole number, and some steps have one.
        final double dt = 60.0 / (365 * 86_400);
        final double d = -0.125 * dt;
        PathModel model = oneDay().market("BTC", 1, 0.5, 0).antithetic(true)
                .model(new MertonSpec(LAMBDA, new JumpSize(-0.1, 0.05), false, Map.of())).model();
        double[] a = logReturns(path(model, 8), 1440, 1, 0);
        double[] b = logReturns(path(model, 9), 1440, 1, 0);
        int steps = 0;
        for (int t = 0; t < 1440; t++) {
            final double count = (a[t] + b[t] - 2 * d) / (2 * -0.1);
            assertEquals(Math.rint(count), count, 1e-9, "step " + (t + 1));
            steps += (int) Math.rint(count);
        }
        assertTrue(steps > 0);
    }

    @Test
    void jumpSizeForAnUnknownMarketIsRejected() {
        TestScenarios scenario = oneDay().market("BTC", 1, 0.5, 0)
                .model(new MertonSpec(1, new JumpSize(-0.1, 0), false, Map.of("DOGE", new JumpSize(0, 0))));
        assertThrows(IllegalArgumentException.class, () -> PathModels.factory(scenario.build()));
    }
}
