package org.crossmargin.simulation.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.crossmargin.core.book.RunMode;
import org.junit.jupiter.api.Test;

/** The cascade amplification of four hand-written paths. */
class CascadeSummaryTest {
    @Test
    void summarisesPairedDifferencesAndLargestMoves() {
        CascadeRun run = new CascadeRun(RunMode.CROSS, 4, List.of("BTC"));
        run.recordPath(0, 0, 0.0, 0.0, new double[] {0.0}, 0);
        run.recordPath(1, 1, 100.0, 5_000.0, new double[] {0.01}, 0);
        run.recordPath(2, 2, 300.0, 15_000.0, new double[] {0.03}, 2);
        run.recordPath(3, 1, 200.0, 10_000.0, new double[] {0.02}, 0);
        CascadeSummary summary = CascadeSummary.of(run);
        // accounts 0, 1, 2, 1: mean 1; sample variance ((1 + 0 + 1 + 0) / 3) = 2/3, se = sqrt(2/3) / 2 = 0.408248
        assertEquals(1.0, summary.extraLiquidatedAccounts().mean(), 1e-12);
        assertEquals(Math.sqrt(2.0 / 3.0) / 2.0, summary.extraLiquidatedAccounts().stdError(), 1e-12);
        // VaR 99 over n = 4: x_(ceil(3.96)) = x_(4), the largest
        assertEquals(2.0, summary.extraLiquidatedAccounts().var99(), 0.0);
        assertEquals(150.0, summary.extraShortfall().mean(), 1e-12);
        assertEquals(300.0, summary.extraShortfall().var99(), 0.0);
        assertEquals(7_500.0, summary.extraLiquidatedNotional().mean(), 1e-9);
        // moves 0, 0.01, 0.03, 0.02: mean 0.015, p99 0.03
        assertEquals(new ImpactMove("BTC", 0.015, 0.03), summary.maxImpact().get(0));
        assertEquals(1, summary.cappedPaths());
        assertEquals(4, summary.paths());
    }
}
