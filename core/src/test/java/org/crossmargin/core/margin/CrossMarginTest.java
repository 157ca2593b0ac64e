package org.crossmargin.core.margin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.crossmargin.core.Fixtures;
import org.crossmargin.core.account.Account;
import org.crossmargin.core.account.Collateral;
import org.crossmargin.core.account.MarginMode;
import org.crossmargin.core.account.Position;
import org.crossmargin.core.book.Venue;
import org.crossmargin.core.liquidation.LiquidationRules;
import org.crossmargin.core.market.MarketIndex;
import org.junit.jupiter.api.Test;

class CrossMarginTest {
    private static final MarketIndex MARKETS = MarketIndex.of("USDT", "BTC", "ETH");
    private static final Venue VENUE = Fixtures.venue(Map.of("BTC", Fixtures.flat(0.1, 0.005),
            "ETH", Fixtures.flat(0.1, 0.005)), 0.05, 0, LiquidationRules.full(0, 0));
    private static final CrossMargin CROSS = CrossMargin.of(VENUE.bind(MARKETS));

    private static double[] row(double btc, double eth) {
        return new double[] {1.0, btc, eth};
    }

    /** 6,400 USDT, long 1 BTC at 64,000 short 20 ETH at 3,200, 0.1 BTC collateral (5% haircut). */
    private static Account hedged() {
        return new Account("A1", MarginMode.CROSS, List.of(new Collateral("USDT", 6_400), new Collateral("BTC", 0.1)),
                List.of(Position.of("BTC", 1, 64_000), Position.of("ETH", -20, 3_200)));
    }

    @Test
    void collateralIsValuedAtMarketWithItsHaircut() {
        // 6,400 * 1 + 0.1 * 0.95 * 60,000 = 6,400 + 5,700 = 12,100
        assertEquals(12_100.0, CROSS.collateralValue(hedged(), row(60_000, 3_000)), 1e-9);
    }

    @Test
    void equityIsCollateralPlusUnrealisedPnl() {
        // PnL: 1 (60,000 - 64,000) + (-20)(3,000 - 3,200) = -4,000 + 4,000 = 0; equity = 12,100 + 0
        assertEquals(0.0, CROSS.unrealizedPnl(hedged(), row(60_000, 3_000)), 1e-9);
        assertEquals(12_100.0, CROSS.equity(hedged(), row(60_000, 3_000)), 1e-9);
    }

    @Test
    void maintenanceAndInitialMarginSumOverPositions() {
        // MM = 0.005 (60,000 + 20 * 3,000) = 0.005 * 120,000 = 600; IM = 0.1 * 120,000 = 12,000
        assertEquals(600.0, CROSS.maintenanceMargin(hedged(), row(60_000, 3_000)), 1e-9);
        assertEquals(12_000.0, CROSS.initialMargin(hedged(), row(60_000, 3_000)), 1e-9);
    }

    @Test
    void marginRatioIsMaintenanceOverEquityAndHealthTheirDifference() {
        // 600 / 12,100 and 12,100 - 600 = 11,500
        assertEquals(600.0 / 12_100.0, CROSS.marginRatio(hedged(), row(60_000, 3_000)), 1e-15);
        assertEquals(11_500.0, CROSS.health(hedged(), row(60_000, 3_000)), 1e-9);
    }

    @Test
    void marginRatioIsInfiniteNotNanWhenEquityIsGone() {
        Account account = Fixtures.cross("A1", 1_000, Position.of("BTC", 1, 64_000));
        // equity = 1,000 + (63,000 - 64,000) = 0: MM / 0 would be infinite, guarded
        assertEquals(Double.POSITIVE_INFINITY, CROSS.marginRatio(account, row(63_000, 3_000)));
        // no positions: no maintenance, ratio 0
        assertEquals(0.0, CROSS.marginRatio(Fixtures.cross("A2", 1_000), row(63_000, 3_000)));
    }

    @Test
    void liquidatesWhenEquityFallsToMaintenance() {
        // 10x long 1 BTC at 64,000 with 6,400 USDT, MMR 0.5%: equity S - 57,600 <= 0.005 S iff S <= 57,889.447
        Account account = Fixtures.cross("A1", 6_400, Position.of("BTC", 1, 64_000));
        assertFalse(CROSS.isLiquidatable(account, row(57_890, 3_000)));
        assertTrue(CROSS.isLiquidatable(account, row(57_889, 3_000)));
    }

    @Test
    void anAccountWithoutPositionsIsNeverLiquidatable() {
        assertFalse(CROSS.isLiquidatable(Fixtures.cross("A1", 1), row(1, 1)));
    }

    @Test
    void btcCollateralWithAHaircutUnderALongBtcLiquidatesEarlierThanTheSameValueInUsdt() {
        Account usdt = Fixtures.cross("U", 6_400, Position.of("BTC", 1, 64_000));
        Account btc = new Account("B", MarginMode.CROSS, List.of(new Collateral("BTC", 0.1)),
                List.of(Position.of("BTC", 1, 64_000)));
        // both worth 6,400 at 64,000. USDT trigger: 6,400 + S - 64,000 <= 0.005 S -> S <= 57,889.45.
        // BTC trigger: 0.095 S + S - 64,000 <= 0.005 S -> S <= 64,000 / 1.09 = 58,715.60: earlier on the way down.
        double[] at58000 = row(58_000, 3_000);
        assertFalse(CROSS.isLiquidatable(usdt, at58000)); // 400 > 290
        assertTrue(CROSS.isLiquidatable(btc, at58000));   // 5,510 - 6,000 = -490 <= 290
        assertFalse(CROSS.isLiquidatable(btc, row(58_716, 3_000)));
        assertTrue(CROSS.isLiquidatable(btc, row(58_715, 3_000)));
    }

    @Test
    void theCrossUnitOfAnAccountHasTheAccountsEquityAndMaintenance() {
        MarginUnit unit = CROSS.unit(0, hedged());
        double[] marks = row(61_234.5, 2_987.25);
        assertEquals(CROSS.equity(hedged(), marks), unit.equity(marks), 0.0);
        assertEquals(CROSS.maintenanceMargin(hedged(), marks), unit.maintenanceMargin(marks), 0.0);
        assertEquals("A1 (cross)", unit.label());
    }
}
