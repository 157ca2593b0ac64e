package org.crossmargin.simulation.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.crossmargin.core.account.Account;
import org.crossmargin.core.account.Collateral;
import org.crossmargin.core.account.MarginMode;
import org.crossmargin.core.account.Position;
import org.crossmargin.core.market.Tier;
import org.crossmargin.core.market.TierTable;
import org.junit.jupiter.api.Test;

class StartHealthTest {

    private static final VenueRates VENUE = new VenueRates("test",
            Map.of("BTC", TierTable.of(new Tier(50_000, 0.008, 0.004), new Tier(250_000, 0.01, 0.005)),
                    "ETH", TierTable.of(new Tier(10_000, 0.01, 0.005), new Tier(100_000, 0.0133, 0.0065))),
            Map.of("USDT", 0.0, "BTC", 0.05));
    private static final Map<String, Double> PRICES = Map.of("BTC", 100_000.0, "ETH", 3_500.0, "USDT", 1.0);

    /** USDT 1000; long 0.1 BTC at 100,000 (N 10,000); short 2 ETH at 3,600 marked 3,500 (N 7,000, u = +200). */
    private static Account account(MarginMode mode, Position btc, Position eth) {
        return new Account("A1", mode, List.of(new Collateral("USDT", 1_000)), List.of(btc, eth));
    }

    @Test
    void crossRatioIsEquityOverSummedTieredMaintenance() {
        Account account = account(MarginMode.CROSS, Position.of("BTC", 0.1, 100_000), Position.of("ETH", -2, 3_600));
        // equity = 1000 + 0 + (-2)(3500 - 3600) = 1200; MM = 10000 * 0.004 + 7000 * 0.005 = 40 + 35 = 75
        assertEquals(1200.0 / 75.0, StartHealth.crossRatio(account, PRICES, VENUE), 1e-12);
    }

    @Test
    void isolatedViewSharesCollateralProRataToInitialMargin() {
        Account account = account(MarginMode.CROSS, Position.of("BTC", 0.1, 100_000), Position.of("ETH", -2, 3_600));
        // IM: BTC 10000 * 0.008 = 80, ETH 7000 * 0.01 = 70; BTC margin 1000 * 80/150 = 533.33, ratio / 40 = 13.33;
        // ETH margin 466.67 + 200 = 666.67, ratio / 35 = 19.05; the worse is BTC's 40/3.
        assertEquals(1000.0 * 80 / 150 / 40, StartHealth.isolatedRatio(account, PRICES, VENUE), 1e-12);
        assertEquals(1000.0 * 80 / 150 / 40, StartHealth.worstRatio(account, PRICES, VENUE), 1e-12);
    }

    @Test
    void explicitIsolatedMarginIsThePositionsOwnAndTheRestIsFree() {
        Account account = account(MarginMode.ISOLATED, Position.isolated("BTC", 0.1, 100_000, 300),
                Position.isolated("ETH", -2, 3_600, 100));
        // BTC: 300 / 40 = 7.5; ETH: (100 + 200) / 35 = 8.57; the 600 USDT left is free balance.
        assertEquals(7.5, StartHealth.isolatedRatio(account, PRICES, VENUE), 1e-12);
    }

    @Test
    void collateralCountsAfterItsHaircutAndMaintenanceUsesTheTierAmount() {
        Account account = new Account("A2", MarginMode.CROSS, List.of(new Collateral("BTC", 0.1)),
                List.of(Position.of("BTC", 0.6, 100_000)));
        // collateral 0.1 * 100000 * 0.95 = 9500; N = 60000 in tier 2: MM = 60000 * 0.005 - 50000 * 0.001 = 250
        assertEquals(9500.0 / 250.0, StartHealth.crossRatio(account, PRICES, VENUE), 1e-12);
    }
}
