package org.crossmargin.simulation.paths;

import org.crossmargin.simulation.scenario.CorrelationMatrix;
import static org.crossmargin.simulation.paths.PathStatistics.correlation;
import static org.crossmargin.simulation.paths.PathStatistics.logReturns;
import static org.crossmargin.simulation.paths.PathStatistics.path;
import static org.crossmargin.simulation.paths.PathStatistics.variance;
import static org.crossmargin.simulation.paths.TestScenarios.DAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.crossmargin.simulation.scenario.Regime;
import org.crossmargin.simulation.scenario.RegimeSwitchingSpec;
import org.junit.jupiter.api.Test;

/** The regime-switching model: chain occupancy, per-regime volatilities and correlations. */
class RegimeSwitchingModelTest {
    private static final double DT = 1.0 / 365;

    private static CorrelationMatrix rho(double value) {
        return CorrelationMatrix.of(new double[][] {{1, value}, {value, 1}});
    }

    /** calm: vols from the scenario, rho 0.3; stress: BTC 1.5, ETH 2.0, rho 0.9. */
    private static RegimeSwitchingSpec calmStress(double toStress, double toCalm, String start) {
        Regime calm = new Regime("calm", Map.of(), rho(0.3), toStress > 0 ? Map.of("stress", toStress) : Map.of());
        Regime stress = new Regime("stress", Map.of("BTC", 1.5, "ETH", 2.0), rho(0.9),
                toCalm > 0 ? Map.of("calm", toCalm) : Map.of());
        return new RegimeSwitchingSpec(start, List.of(calm, stress));
    }

    private static RegimeSwitchingModel model(RegimeSwitchingSpec spec, int steps, long seed) {
        return (RegimeSwitchingModel) TestScenarios.builder().market("BTC", 64_000, 0.5, 0)
                .market("ETH", 3_100, 0.7, 0).model(spec).step(DAY).steps(steps).seed(seed).model();
    }

    @Test
    void occupancyMatchesTheStationaryDistribution() {
        // Two-state chain a = P(calm -> stress) = 0.01, b = P(stress -> calm) = 0.04: pi_stress = a / (a + b) = 0.2,
        // second eigenvalue l = 1 - a - b = 0.95. Starting calm, P(stress at step t) = pi (1 - l^(t-1)), so the
        // expected share over steps 1..n is pi (1 - (1 - l^n) / (n (1 - l))). The share of one path has variance
        // about pi (1 - pi) (1 + l) / ((1 - l) n); over 200 independent paths of 2000 steps the se is 0.0040; 4 se.
        final int steps = 2_000;
        final int paths = 200;
        RegimeSwitchingModel model = model(calmStress(0.01, 0.04, "calm"), steps, 41);
        double[] prices = new double[model.pathLength()];
        long stress = 0;
        for (int p = 0; p < paths; p++) {
            model.fill(p, prices);
            for (int t = 1; t <= steps; t++) {
                stress += model.regimeOfStep(t);
            }
        }
        final double pi = 0.2;
        final double l = 0.95;
        final double expected = pi * (1 - (1 - Math.pow(l, steps)) / (steps * (1 - l)));
        final double se = Math.sqrt(pi * (1 - pi) * (1 + l) / ((1 - l) * steps * paths));
        assertEquals(expected, (double) stress / (steps * paths), 4 * se);
    }

    @Test
    void startingRegimeDrivesTheFirstStep() {
        RegimeSwitchingModel model = model(calmStress(0.5, 0.5, "stress"), 10, 42);
        for (int p = 0; p < 20; p++) {
            path(model, p);
            assertEquals(1, model.regimeOfStep(1));
        }
    }

    @Test
    void stayingInStressUsesItsVolatilityAndCorrelation() {
        // No way out of stress: Var r_BTC = 1.5^2 dt (the regime's, not the scenario's 0.5^2 dt) with se
        // sqrt(2 / (n - 1)) relative; corr = 0.9 with se (1 - 0.81) / sqrt(n); 4 se.
        final int steps = 20_000;
        RegimeSwitchingModel model = model(calmStress(0.01, 0, "stress"), steps, 43);
        double[] prices = path(model, 0);
        double[] btc = logReturns(prices, steps, 2, 0);
        double[] eth = logReturns(prices, steps, 2, 1);
        assertEquals(2.25 * DT, variance(btc), 4 * 2.25 * DT * Math.sqrt(2.0 / (steps - 1)));
        assertEquals(0.9, correlation(btc, eth), 4 * 0.19 / Math.sqrt(steps));
    }

    @Test
    void stayingCalmKeepsTheScenarioVolatility() {
        // Calm names no volatility: ETH keeps the scenario's 0.7: Var = 0.49 dt; corr 0.3, se (1 - 0.09) / sqrt(n).
        final int steps = 20_000;
        RegimeSwitchingModel model = model(calmStress(0, 0.5, "calm"), steps, 44);
        double[] prices = path(model, 0);
        double[] btc = logReturns(prices, steps, 2, 0);
        double[] eth = logReturns(prices, steps, 2, 1);
        assertEquals(0.49 * DT, variance(eth), 4 * 0.49 * DT * Math.sqrt(2.0 / (steps - 1)));
        assertEquals(0.3, correlation(btc, eth), 4 * 0.91 / Math.sqrt(steps));
    }

    @Test
    void returnsInEachStepFollowThatStepsRegime() {
        // Squared BTC returns averaged over the steps each regime drove: E r^2 = sigma^2 dt + ((mu - sigma^2/2) dt)^2,
        // about 0.25 dt in calm and 2.25 dt in stress. The se of a mean of squares of normals is sigma^2 dt
        // sqrt(2 / n_regime); 4 se.
        final int steps = 2_000;
        RegimeSwitchingModel model = model(calmStress(0.02, 0.02, "calm"), steps, 45);
        double[] sum = new double[2];
        long[] count = new long[2];
        double[] prices = new double[model.pathLength()];
        for (int p = 0; p < 20; p++) {
            model.fill(p, prices);
            double[] r = logReturns(prices, steps, 2, 0);
            for (int t = 1; t <= steps; t++) {
                final int regime = model.regimeOfStep(t);
                sum[regime] += r[t - 1] * r[t - 1];
                count[regime]++;
            }
        }
        final double[] variance = {0.25 * DT, 2.25 * DT};
        final double[] sigma2 = {0.25, 2.25};
        for (int g = 0; g < 2; g++) {
            final double drift = -0.5 * sigma2[g] * DT;
            assertEquals(variance[g] + drift * drift, sum[g] / count[g],
                    4 * variance[g] * Math.sqrt(2.0 / count[g]), "regime " + g);
        }
    }

    @Test
    void transitionToAnUnknownRegimeIsRejected() {
        Regime calm = new Regime("calm", Map.of(), rho(0.3), Map.of("panic", 0.1));
        RegimeSwitchingSpec spec = new RegimeSwitchingSpec("calm", List.of(calm));
        TestScenarios scenario = TestScenarios.builder().market("BTC", 1, 0.5, 0).market("ETH", 1, 0.5, 0)
                .model(spec).steps(10);
        assertThrows(IllegalArgumentException.class, () -> PathModels.factory(scenario.build()));
    }

    @Test
    void volatilityForAnUnknownMarketIsRejected() {
        Regime calm = new Regime("calm", Map.of("DOGE", 1.0), rho(0.3), Map.of());
        TestScenarios scenario = TestScenarios.builder().market("BTC", 1, 0.5, 0).market("ETH", 1, 0.5, 0)
                .model(new RegimeSwitchingSpec("calm", List.of(calm))).steps(10);
        assertThrows(IllegalArgumentException.class, () -> PathModels.factory(scenario.build()));
    }
}
