package org.crossmargin.simulation.paths;

import static org.crossmargin.simulation.paths.PathStatistics.path;
import static org.crossmargin.simulation.paths.TestScenarios.HOUR;
import static org.crossmargin.simulation.paths.TestScenarios.MINUTE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.crossmargin.simulation.scenario.StudentTSpec;
import org.junit.jupiter.api.Test;

/** Shocks and recoveries on top of the models, exactly as DESIGN §4 defines them. */
class ShockOverlayTest {
    private static final double TIGHT = 1e-12;

    @Test
    void designExampleFallsThirtyPercentThenRegainsHalf() {
        // DESIGN §4: -30% over 15m at 2h, 50% back over 2h, step 1m, volatility 0:
        // s0 = 120, fall over steps 121..135, recovery over 136..255 to 1 - 0.3 * 0.5 = 0.85.
        PathModel model = TestScenarios.builder().market("BTC", 64_000, 0, 0).step(MINUTE).horizon(6 * HOUR)
                .shock(2 * HOUR, 15 * MINUTE, Map.of("BTC", -0.30), 0.5, 2 * HOUR).model();
        double[] prices = path(model, 0);
        assertEquals(64_000, prices[120], 0.0);
        assertEquals(0.7 * 64_000, prices[135], TIGHT * 64_000);
        for (int t = 255; t <= 360; t++) {
            assertEquals(0.85 * 64_000, prices[t], TIGHT * 64_000, "step " + t);
        }
    }

    @Test
    void fallIsEvenInLogSpace() {
        // Row 120 + k holds P0 0.7^(k / 15) during the fall; row 135 + k holds 0.7 P0 (0.85 / 0.7)^(k / 120).
        PathModel model = TestScenarios.builder().market("BTC", 1, 0, 0).step(MINUTE).horizon(6 * HOUR)
                .shock(2 * HOUR, 15 * MINUTE, Map.of("BTC", -0.30), 0.5, 2 * HOUR).model();
        double[] prices = path(model, 0);
        for (int k = 0; k <= 15; k++) {
            assertEquals(Math.pow(0.7, k / 15.0), prices[120 + k], TIGHT, "fall step " + k);
        }
        for (int k = 0; k <= 120; k++) {
            assertEquals(0.7 * Math.pow(0.85 / 0.7, k / 120.0), prices[135 + k], TIGHT, "recovery step " + k);
        }
    }

    @Test
    void shockWithoutRecoveryStaysDown() {
        // -20% at 10m over 5m (steps 11..15), no recovery: 0.8 P0 from row 15 to the end.
        PathModel model = TestScenarios.builder().market("ETH", 3_100, 0, 0).step(MINUTE).horizon(HOUR)
                .shock(10 * MINUTE, 5 * MINUTE, Map.of("ETH", -0.20)).model();
        double[] prices = path(model, 0);
        assertEquals(3_100, prices[10], 0.0);
        for (int t = 15; t <= 60; t++) {
            assertEquals(0.8 * 3_100, prices[t], TIGHT * 3_100);
        }
    }

    @Test
    void instantShockTakesOneStep() {
        // over = 0: n = max(1, ceil(0 / step)) = 1, the whole move in step s0 + 1 = 31.
        PathModel model = TestScenarios.builder().market("BTC", 100, 0, 0).step(MINUTE).horizon(HOUR)
                .shock(30 * MINUTE, 0, Map.of("BTC", -0.5)).model();
        double[] prices = path(model, 0);
        assertEquals(100, prices[30], 0.0);
        assertEquals(50, prices[31], TIGHT * 100);
    }

    @Test
    void shockBetweenStepBoundariesStartsAfterTheFloorStep() {
        // at = 90s with 1m steps: s0 = floor(90 / 60) = 1; over = 90s: n = ceil(1.5) = 2 steps, rows 2..3.
        PathModel model = TestScenarios.builder().market("BTC", 100, 0, 0).step(MINUTE).horizon(HOUR)
                .shock(90, 90, Map.of("BTC", 0.44)).model();
        double[] prices = path(model, 0);
        assertEquals(100, prices[1], 0.0);
        assertEquals(120, prices[2], TIGHT * 100); // 100 * sqrt(1.44)
        assertEquals(144, prices[3], TIGHT * 100);
    }

    @Test
    void windowPastTheHorizonIsCut() {
        // -30% over 20m starting at 50m with a 1h horizon: only steps 51..60 of 51..70 happen: 0.7^(10 / 20).
        PathModel model = TestScenarios.builder().market("BTC", 1, 0, 0).step(MINUTE).horizon(HOUR)
                .shock(50 * MINUTE, 20 * MINUTE, Map.of("BTC", -0.30), 1.0, HOUR).model();
        double[] prices = path(model, 0);
        assertEquals(Math.sqrt(0.7), prices[60], TIGHT);
    }

    @Test
    void fullRecoveryReturnsToTheStartPrice() {
        // fraction 1: target P0 (1 + m (1 - 1)) = P0.
        PathModel model = TestScenarios.builder().market("BTC", 64_000, 0, 0).step(MINUTE).horizon(HOUR)
                .shock(0, 10 * MINUTE, Map.of("BTC", -0.6), 1.0, 10 * MINUTE).model();
        double[] prices = path(model, 0);
        assertEquals(0.4 * 64_000, prices[10], TIGHT * 64_000);
        assertEquals(64_000, prices[20], TIGHT * 64_000);
    }

    @Test
    void overlappingShocksMultiply() {
        // -10% over steps 1..10 and +50% at step 6 (at 5m, over 0): row 10 = 0.9 * 1.5 = 1.35.
        PathModel model = TestScenarios.builder().market("BTC", 1, 0, 0).step(MINUTE).horizon(HOUR)
                .shock(0, 10 * MINUTE, Map.of("BTC", -0.1)).shock(5 * MINUTE, 0, Map.of("BTC", 0.5)).model();
        double[] prices = path(model, 0);
        assertEquals(1.35, prices[10], TIGHT);
        assertEquals(Math.pow(0.9, 0.6) * 1.5, prices[6], TIGHT);
    }

    @Test
    void shockMovesEachNamedMarketAndLeavesOthers() {
        // BTC -30%, ETH -35%, USDT (volatility 0) untouched; all at 1h over 1 step.
        PathModel model = TestScenarios.builder().market("BTC", 64_000, 0, 0).market("ETH", 3_100, 0, 0)
                .market("USDT", 1, 0, 0).step(MINUTE).horizon(2 * HOUR)
                .shock(HOUR, MINUTE, Map.of("BTC", -0.30, "ETH", -0.35)).model();
        double[] prices = path(model, 0);
        assertEquals(0.70 * 64_000, prices[61 * 3], TIGHT * 64_000);
        assertEquals(0.65 * 3_100, prices[61 * 3 + 1], TIGHT * 3_100);
        assertEquals(1.0, prices[61 * 3 + 2], 0.0);
    }

    @Test
    void shockOnTopOfGbmIsTheUnshockedPathTimesTheShockFactor() {
        // Shocks add in log space after the model's increments and draw no randomness, so with the same seed the
        // shocked path is the unshocked one times the deterministic factor, 0.7 from row 135 on.
        TestScenarios plain = TestScenarios.builder().market("BTC", 64_000, 0.8, 0.1).step(MINUTE)
                .horizon(6 * HOUR);
        TestScenarios shocked = TestScenarios.builder().market("BTC", 64_000, 0.8, 0.1).step(MINUTE)
                .horizon(6 * HOUR).shock(2 * HOUR, 15 * MINUTE, Map.of("BTC", -0.30));
        double[] a = path(plain.model(), 17);
        double[] b = path(shocked.model(), 17);
        assertEquals(a[120], b[120], 0.0);
        for (int t = 135; t <= 360; t++) {
            assertEquals(0.7, b[t] / a[t], 1e-9, "step " + t);
        }
    }

    @Test
    void shockOnTopOfStudentTKeepsTheModelNoise() {
        TestScenarios plain = TestScenarios.builder().market("BTC", 64_000, 0.8, 0).model(new StudentTSpec(4))
                .step(MINUTE).horizon(HOUR);
        TestScenarios shocked = TestScenarios.builder().market("BTC", 64_000, 0.8, 0).model(new StudentTSpec(4))
                .step(MINUTE).horizon(HOUR).shock(0, 0, Map.of("BTC", 1.0));
        double[] a = path(plain.model(), 3);
        double[] b = path(shocked.model(), 3);
        for (int t = 1; t <= 60; t++) {
            assertEquals(2.0, b[t] / a[t], 1e-9, "step " + t);
        }
    }

    @Test
    void shockOnAnUnknownMarketIsRejected() {
        TestScenarios scenario = TestScenarios.builder().market("BTC", 1, 0, 0).step(MINUTE).horizon(HOUR)
                .shock(0, 0, Map.of("DOGE", -0.5));
        assertThrows(IllegalArgumentException.class, () -> PathModels.factory(scenario.build()));
    }
}
