package org.crossmargin.simulation.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.crossmargin.core.book.RunMode;
import org.junit.jupiter.api.Test;

/** ModeStatistics on the hand-built cross run of {@link TinyRuns}. */
class ModeStatisticsTest {
    private final ModeSummary summary = ModeStatistics.of(TinyRuns.cross());

    @Test
    void anyLiquidationIsTheShareOfPathsWithALiquidatedAccount() {
        // Paths 1, 2, 3 liquidate some account: 3/4, with the Wilson interval of 3 of 4.
        assertEquals(0.75, summary.anyLiquidationProbability(), 0.0);
        assertEquals(WilsonInterval.of(3, 4), summary.anyLiquidationCi95());
        assertEquals(RunMode.CROSS, summary.mode());
        assertEquals(3, summary.accounts());
        assertEquals(3, summary.units());
    }

    @Test
    void meanAccountLiquidationProbabilityAveragesTheAccounts() {
        // Counts 3, 2, 1 over 4 paths: (3/4 + 2/4 + 1/4) / 3 = 0.5.
        assertEquals(0.5, summary.meanAccountLiquidationProbability(), 1e-15);
    }

    @Test
    void shortfallStatisticsFollowDesignSectionFive() {
        Distribution shortfall = summary.shortfall();
        // 0, 300, 0, 1500: mean 450; sorted 0, 0, 300, 1500; VaR_99 = x_(ceil(3.96)) = x_(4) = 1500;
        // ES_99: k = max(1, 4 - 4) = 1 -> 1500; VaR_95 = x_(ceil(3.8)) = 1500; median x_(2) = 0.
        assertEquals(450.0, shortfall.mean(), 1e-12);
        assertEquals(1500.0, shortfall.var99(), 0.0);
        assertEquals(1500.0, shortfall.es99(), 0.0);
        assertEquals(0.0, shortfall.p50(), 0.0);
        assertEquals(0.5, shortfall.probabilityPositive(), 0.0);
        // se: deviations -450, -150, -450, 1050 -> 202500 + 22500 + 202500 + 1102500 = 1530000; s² = 510000;
        // se = sqrt(510000 / 4) = sqrt(127500).
        assertEquals(Math.sqrt(127_500.0), shortfall.stdError(), 1e-9);
    }

    @Test
    void fundStatisticsUseTheLowOrderStatistics() {
        // Fund ends 1000, 725, 1012.5, 0 -> sorted 0, 725, 1000, 1012.5: p01 = x_(1) = 0, p50 = x_(2) = 725.
        assertEquals(0.0, summary.insuranceFundEnd().p01(), 0.0);
        assertEquals(725.0, summary.insuranceFundEnd().p50(), 0.0);
        assertEquals(2737.5 / 4, summary.insuranceFundEnd().mean(), 1e-12);
        assertEquals(0.25, summary.insuranceFundExhaustedProbability(), 0.0);
        assertEquals(WilsonInterval.of(1, 4), summary.insuranceFundExhaustedCi95());
        assertEquals(462.5, summary.socialisedLoss().max(), 0.0);
    }

    @Test
    void timeToFirstLiquidationIsOverThePathsThatHaveOne() {
        // Paths 1..3: 2.5, 6.0, 1.0 h; sorted 1, 2.5, 6: p05 = x_(1), p50 = x_(ceil(1.5)) = x_(2), p95 = x_(3).
        Distribution hours = summary.timeToFirstLiquidationHours();
        assertEquals(3, hours.n());
        assertEquals(9.5 / 3, hours.mean(), 1e-15);
        assertEquals(1.0, hours.p05(), 0.0);
        assertEquals(2.5, hours.p50(), 0.0);
        assertEquals(6.0, hours.p95(), 0.0);
    }

    @Test
    void liquidatedAccountsAndFeesAreSummarisedPerPath() {
        // Liquidated accounts 0, 2, 1, 3: mean 1.5, max 3; fees 0, 25, 12.5, 37.5: mean 18.75.
        assertEquals(1.5, summary.liquidatedAccounts().mean(), 0.0);
        assertEquals(3.0, summary.liquidatedAccounts().max(), 0.0);
        assertEquals(18.75, summary.fees().mean(), 1e-12);
        assertEquals(6000.0 / 4, summary.liquidatedNotional().mean(), 1e-12);
        assertEquals(1500.0 / 4, summary.userLoss().mean(), 1e-12);
    }
}
