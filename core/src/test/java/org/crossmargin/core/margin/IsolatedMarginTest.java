package org.crossmargin.core.margin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.crossmargin.core.Fixtures;
import org.crossmargin.core.account.Position;
import org.crossmargin.core.book.Venue;
import org.crossmargin.core.liquidation.LiquidationRules;
import org.crossmargin.core.market.MarketIndex;
import org.junit.jupiter.api.Test;

class IsolatedMarginTest {
    private static final MarketIndex MARKETS = MarketIndex.of("USDT", "BTC");
    private static final Venue VENUE = Fixtures.venue(Map.of("BTC", Fixtures.btc2024()), 0.0, 0,
            LiquidationRules.full(0, 0));
    private static final IsolatedMargin ISOLATED = IsolatedMargin.of(VENUE.bind(MARKETS));

    @Test
    void equityIsOwnMarginPlusUnrealisedPnlAndMaintenanceIsTierAware() {
        Position shortBtc = Position.of("BTC", -10, 50_000);
        double[] pump = {1.0, 65_000};
        // equity = 200,000 + (-10)(65,000 - 50,000) = 50,000; notional 650,000 in tier 3: 4,225 - 950 = 3,275
        assertEquals(50_000.0, ISOLATED.equity(shortBtc, 200_000, pump), 1e-9);
        assertEquals(3_275.0, ISOLATED.maintenanceMargin(shortBtc, pump), 1e-9);
        assertEquals(46_725.0, ISOLATED.health(shortBtc, 200_000, pump), 1e-9);
        assertEquals(3_275.0 / 50_000.0, ISOLATED.marginRatio(shortBtc, 200_000, pump), 1e-15);
        // IM: 650,000 * 0.0133 - (50,000 * 0.002 + 600,000 * 0.0033) = 8,645 - 2,080 = 6,565
        assertEquals(6_565.0, ISOLATED.initialMargin(shortBtc, pump), 1e-9);
    }

    @Test
    void anIsolatedPositionLiquidatesOnItsOwnTrigger() {
        Position longBtc = Position.of("BTC", 1, 60_000);
        // 3,000 + S - 60,000 <= MM(S); at 57,236.18 (the bracket-check answer) it just holds
        assertTrue(ISOLATED.isLiquidatable(longBtc, 3_000, new double[] {1.0, 57_236.0}));
        assertFalse(ISOLATED.isLiquidatable(longBtc, 3_000, new double[] {1.0, 57_237.0}));
    }

    @Test
    void aMarketMissingFromTheVenueOrTheRunIsNamed() {
        IllegalArgumentException venue = assertThrows(IllegalArgumentException.class,
                () -> IsolatedMargin.of(VENUE.bind(MarketIndex.of("USDT", "BTC", "SOL")))
                        .maintenanceMargin(Position.of("SOL", 1, 150), new double[] {1, 1, 1}));
        assertEquals("market: SOL is not a market of venue test", venue.getMessage());
        IllegalArgumentException run = assertThrows(IllegalArgumentException.class,
                () -> ISOLATED.equity(Position.of("ETH", 1, 3_000), 100, new double[] {1, 1}));
        assertEquals("market: ETH is not a market of the run [USDT, BTC]", run.getMessage());
    }

    @Test
    void aCollateralAssetMissingFromTheVenueIsNamed() {
        MarketBinding binding = VENUE.bind(MarketIndex.of("USDT", "BTC", "DOGE"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> binding.haircut("DOGE"));
        assertEquals("asset: DOGE is not a collateral asset of venue test", e.getMessage());
    }
}
