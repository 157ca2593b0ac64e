package org.crossmargin.simulation.paths;

import static org.crossmargin.simulation.paths.PathStatistics.correlation;
import static org.crossmargin.simulation.paths.PathStatistics.kurtosis;
import static org.crossmargin.simulation.paths.PathStatistics.logReturns;
import static org.crossmargin.simulation.paths.PathStatistics.mean;
import static org.crossmargin.simulation.paths.PathStatistics.path;
import static org.crossmargin.simulation.paths.PathStatistics.variance;
import static org.crossmargin.simulation.paths.TestScenarios.DAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.statistics.distribution.TDistribution;
import org.crossmargin.simulation.scenario.GbmSpec;
import org.crossmargin.simulation.scenario.StudentTSpec;
import org.junit.jupiter.api.Test;

/** The student-t model: unit-variance multivariate t increments with one chi-square per step (DESIGN §4). */
class StudentTModelTest {
    private static final int STEPS = 20_000;
    private static final double DT = 1.0 / 365;

    private static double[] returns(double nu, double sigma, long seed) {
        PathModel model = TestScenarios.builder().market("BTC", 64_000, sigma, 0).model(new StudentTSpec(nu))
                .step(DAY).steps(STEPS).seed(seed).model();
        return logReturns(path(model, 0), STEPS, 1, 0);
    }

    @Test
    void kurtosisIsFatForFourDegreesOfFreedom() {
        // t with nu = 4 has infinite kurtosis; a normal has 3 with se sqrt(24 / n) = 0.035, so 4.5 is 43 se away.
        assertTrue(kurtosis(returns(4, 0.6, 21)) > 4.5);
    }

    @Test
    void gaussianKurtosisStaysNearThreeForComparison() {
        // The same check on gbm: kurtosis 3 with se sqrt(24 / n) = 0.0346, tolerance 4 se.
        PathModel model = TestScenarios.builder().market("BTC", 64_000, 0.6, 0).model(new GbmSpec()).step(DAY)
                .steps(STEPS).seed(21).model();
        assertEquals(3.0, kurtosis(logReturns(path(model, 0), STEPS, 1, 0)), 4 * Math.sqrt(24.0 / STEPS));
    }

    @Test
    void varianceIsStillSigmaSquaredDt() {
        // Unit-variance t: Var r = sigma^2 dt. For nu = 10 the kurtosis is k = 3 + 6 / (nu - 4) = 4, so the sample
        // variance has se sigma^2 dt sqrt((k - 1) / n) = sigma^2 dt sqrt(3 / n); tolerance 4 se.
        final double sigma = 0.7;
        final double exact = sigma * sigma * DT;
        assertEquals(exact, variance(returns(10, sigma, 22)), 4 * exact * Math.sqrt(3.0 / STEPS));
    }

    @Test
    void varianceIsSigmaSquaredDtAcrossManyPathsForFourDegreesOfFreedom() {
        // nu = 4: the t variance is finite (unit after scaling) but its fourth moment is not, so no se exists for a
        // sample variance; use the mean of the squared return over paths with a loose 10% band instead:
        // sigma^2 dt = 0.36 / 365.
        PathModel model = TestScenarios.builder().market("BTC", 64_000, 0.6, 0).model(new StudentTSpec(4))
                .step(DAY).steps(200).seed(23).model();
        double[] prices = new double[model.pathLength()];
        double sum = 0;
        int count = 0;
        for (int p = 0; p < 200; p++) {
            model.fill(p, prices);
            for (double r : logReturns(prices, 200, 1, 0)) {
                sum += r * r;
                count++;
            }
        }
        assertEquals(0.36 * DT, sum / count, 0.1 * 0.36 * DT);
    }

    @Test
    void tailProbabilityMatchesScaledStudentT() {
        // z = sqrt((nu - 2) / nu) T_nu, so P(|z| > 3) = 2 P(T_4 > 3 sqrt(2)) = 0.0132 for nu = 4 (Commons
        // Statistics TDistribution); a normal gives 0.0027. Binomial se sqrt(p (1 - p) / n) = 0.00081; 4 se.
        final double sigma = 0.6;
        final double drift = -0.5 * sigma * sigma * DT;
        double[] r = returns(4, sigma, 24);
        int beyond = 0;
        for (double v : r) {
            if (Math.abs((v - drift) / (sigma * Math.sqrt(DT))) > 3) {
                beyond++;
            }
        }
        final double p = 2 * TDistribution.of(4).survivalProbability(3 * Math.sqrt(2));
        assertEquals(p, (double) beyond / STEPS, 4 * Math.sqrt(p * (1 - p) / STEPS));
    }

    @Test
    void meanIsDriftMinusHalfVariance() {
        // E r = (mu - sigma^2 / 2) dt; sd r = sigma sqrt(dt); sigma = 3, mu = 0: E r = -4.5 / 365 = -0.01233,
        // 4 se = 4 * 3 / sqrt(365 * 20000) = 0.0044.
        PathModel model = TestScenarios.builder().market("X", 1, 3.0, 0).model(new StudentTSpec(6))
                .step(DAY).steps(STEPS).seed(25).model();
        double[] r = logReturns(path(model, 0), STEPS, 1, 0);
        assertEquals(-4.5 * DT, mean(r), 4 * 3 * Math.sqrt(DT / STEPS));
    }

    @Test
    void correlationIsKeptThroughTheSharedChiSquare() {
        // The t scale is common to both markets, so corr(z1, z2) = rho exactly in law; se ~ (1 - rho^2) / sqrt(n)
        // for normals, inflated for t (kurtosis 4 at nu = 10): tolerance 6 (1 - rho^2) / sqrt(n) = 0.0153.
        PathModel model = TestScenarios.builder().market("BTC", 64_000, 0.6, 0).market("ETH", 3_100, 0.75, 0)
                .correlation(0, 1, 0.8).model(new StudentTSpec(10)).step(DAY).steps(STEPS).seed(26).model();
        double[] prices = path(model, 0);
        double rho = correlation(logReturns(prices, STEPS, 2, 0), logReturns(prices, STEPS, 2, 1));
        assertEquals(0.8, rho, 6 * 0.36 / Math.sqrt(STEPS));
    }

    @Test
    void uncorrelatedMarketsShareTailsThroughTheCommonScale() {
        // With rho = 0, z1^2 and z2^2 are still correlated through w: Corr(z1^2, z2^2) = 1 / (nu - 1) = 0.111 for
        // nu = 10 (E[s^4] = (nu - 2) / (nu - 4), Var z^2 = (2 nu - 2) / (nu - 4)); under gbm it is 0. The sample
        // correlation of squares is heavy-tailed; tolerance 0.05, about 7 / sqrt(n).
        PathModel model = TestScenarios.builder().market("A", 1, 0.5, 0).market("B", 1, 0.5, 0)
                .model(new StudentTSpec(10)).step(DAY).steps(STEPS).seed(27).model();
        double[] prices = path(model, 0);
        double[] a = logReturns(prices, STEPS, 2, 0);
        double[] b = logReturns(prices, STEPS, 2, 1);
        double[] a2 = new double[STEPS];
        double[] b2 = new double[STEPS];
        for (int t = 0; t < STEPS; t++) {
            a2[t] = a[t] * a[t];
            b2[t] = b[t] * b[t];
        }
        assertEquals(1.0 / 9, correlation(a2, b2), 0.05);
    }

    @Test
    void zeroVolatilityMarketStaysBitwiseAtItsPrice() {
        PathModel model = TestScenarios.builder().market("BTC", 64_000, 0.6, 0).market("USDT", 0.9997, 0.0, 0)
                .model(new StudentTSpec(4)).steps(500).model();
        double[] prices = path(model, 4);
        for (int t = 0; t <= 500; t++) {
            assertEquals(0.9997, prices[t * 2 + 1], 0.0, "step " + t);
        }
    }
}
