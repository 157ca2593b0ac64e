package org.crossmargin.core.liquidation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.crossmargin.core.Fixtures;
import org.crossmargin.core.account.Account;
import org.crossmargin.core.account.Position;
import org.crossmargin.core.book.Venue;
import org.crossmargin.core.margin.CrossMargin;
import org.crossmargin.core.margin.IsolatedMargin;
import org.crossmargin.core.margin.MarketBinding;
import org.crossmargin.core.market.MarketIndex;
import org.junit.jupiter.api.Test;

/**
 * The worked example of Binance's USDⓈ-M cross-margin liquidation-price FAQ: wallet balance 1,535,443.01 USDT; long
 * 3,683.979 ETH at 1,456.84 (tier 10%, amount 135,365); long 109.488 BTC at 32,481.98 (tier 2.5%, amount 16,300).
 * Formula: LP = (WB - TMM1 + UPNL1 + cum - side |q| EP) / (|q| MMR - side |q|).
 */
class LiquidationPriceTest {
    private static final double HALF_CENT = 0.005;
    private static final MarketIndex MARKETS = MarketIndex.of("USDT", "BTC", "ETH");
    private static final Venue VENUE = Fixtures.venue(Map.of("BTC", Fixtures.btc2021(), "ETH", Fixtures.eth2021()),
            0, 0, LiquidationRules.full(0, 0));
    private static final MarketBinding BINDING = VENUE.bind(MARKETS);
    private static final Account FAQ = Fixtures.cross("FAQ", 1_535_443.01, Position.of("ETH", 3_683.979, 1_456.84),
            Position.of("BTC", 109.488, 32_481.98));

    @Test
    void crossEthLiquidationPriceWithBtcAt31967Is1153Point26() {
        // TMM1 = 109.488 * 31,967.27 * 0.025 - 16,300 = 71,200.81; UPNL1 = 109.488 (31,967.27 - 32,481.98) = -56,354.57
        // LP = (1,535,443.01 - 71,200.81 - 56,354.57 + 135,365 - 3,683.979 * 1,456.84) / (3,683.979 (0.1 - 1))
        //    = -3,823,715.34 / -3,315.5811 = 1,153.256
        double lp = LiquidationPrice.cross(FAQ, "ETH", BINDING, new double[] {1, 31_967.27, 1_456.84}).orElseThrow();
        assertEquals(1_153.26, lp, HALF_CENT);
    }

    @Test
    void crossBtcLiquidationPriceWithEthAt1335Is26316Point89() {
        // TMM1 = 3,683.979 * 1,335.18 * 0.10 - 135,365 = 356,512.51;
        // UPNL1 = 3,683.979 (1,335.18 - 1,456.84) = -448,192.89
        // LP = (1,535,443.01 - 356,512.51 - 448,192.89 + 16,300 - 109.488 * 32,481.98) / (109.488 (0.025 - 1))
        //    = -2,809,349.41 / -106.7508 = 26,316.893
        double lp = LiquidationPrice.cross(FAQ, "BTC", BINDING, new double[] {1, 32_481.98, 1_335.18}).orElseThrow();
        assertEquals(26_316.89, lp, HALF_CENT);
    }

    @Test
    void isolatedEthWithTheWholeWalletLiquidatesAt1114Point78() {
        // LP = (1,535,443.01 + 135,365 - 5,366,967.97) / (3,683.979 * 0.1 - 3,683.979) = -3,696,159.96 / -3,315.5811
        double lp = LiquidationPrice.isolated(1_535_443.01, 3_683.979, 1_456.84, Fixtures.eth2021()).orElseThrow();
        assertEquals(1_114.78, lp, HALF_CENT);
    }

    @Test
    void isolatedBtcWithTheWholeWalletLiquidatesAt18778Point73() {
        // LP = (1,535,443.01 + 16,300 - 109.488 * 32,481.98) / (109.488 (0.025 - 1))
        //    = -2,004,644.02 / -106.7508 = 18,778.73
        double lp = LiquidationPrice.isolated(1_535_443.01, 109.488, 32_481.98, Fixtures.btc2021()).orElseThrow();
        assertEquals(18_778.73, lp, HALF_CENT);
    }

    @Test
    void theTierOneCandidateWhoseNotionalLeavesTierOneIsRejected() {
        // isolated long 1 BTC at 60,000 with 3,000 on the 2024 table.
        // tier 1: (3,000 + 0 - 60,000) / (0.004 - 1) = 57,228.92, notional 57,228.92 > 50,000: not tier 1
        // tier 2: (3,000 + 50 - 60,000) / (0.005 - 1) = -56,950 / -0.995 = 57,236.18, notional in (50k, 600k]
        double lp = LiquidationPrice.isolated(3_000, 1, 60_000, Fixtures.btc2024()).orElseThrow();
        assertEquals(57_236.18, lp, HALF_CENT);
    }

    @Test
    void tenTimesLongLiquidatesAt57600Over0Point995() {
        // 6,400 + S - 64,000 = 0.005 S -> S = 57,600 / 0.995 = 57,889.447
        double lp = LiquidationPrice.isolated(6_400, 1, 64_000, Fixtures.flat(0.1, 0.005)).orElseThrow();
        assertEquals(57_600.0 / 0.995, lp, 1e-9);
    }

    @Test
    void aShortPumpedIntoTierThreeSolvesWithTierThreeRates() {
        // short 10 at 50,000 with 120,000 margin. tier 2: (120,000 + 50 + 500,000) / (0.05 + 10) = 61,696.52, notional
        // 616,965 > 600k: rejected. tier 3: (120,000 + 950 + 500,000) / (0.065 + 10) = 620,950 / 10.065 = 61,693.99
        double lp = LiquidationPrice.isolated(120_000, -10, 50_000, Fixtures.btc2024()).orElseThrow();
        assertEquals(61_693.99, lp, HALF_CENT);
    }

    @Test
    void atTheLiquidationPriceEquityMeetsMaintenance() {
        double lp = LiquidationPrice.cross(FAQ, "ETH", BINDING, new double[] {1, 31_967.27, 1_456.84}).orElseThrow();
        double[] at = {1, 31_967.27, lp};
        CrossMargin cross = CrossMargin.of(BINDING);
        assertEquals(0.0, cross.health(FAQ, at), 1e-6);
        double isolated = LiquidationPrice.isolated(3_000, -1, 60_000, Fixtures.btc2024()).orElseThrow();
        Position shortBtc = Position.of("BTC", -1, 60_000);
        assertEquals(0.0, IsolatedMargin.of(BINDING).health(shortBtc, 3_000, new double[] {1, isolated, 1}), 1e-6);
    }

    @Test
    void aFullyCoveredLongHasNoLiquidationPrice() {
        // margin 70,000 on 1 BTC bought at 64,000: equity 6,000 + S stays above 0.005 S for every S > 0
        assertFalse(LiquidationPrice.isolated(70_000, 1, 64_000, Fixtures.flat(0.1, 0.005)).isPresent());
    }

    @Test
    void aShortAlwaysHasALiquidationPriceAboveEntry() {
        // 6,400 - (S - 64,000) = 0.005 S -> S = 70,400 / 1.005 = 70,049.75
        double lp = LiquidationPrice.isolated(6_400, -1, 64_000, Fixtures.flat(0.1, 0.005)).orElseThrow();
        assertEquals(70_400.0 / 1.005, lp, 1e-9);
        assertTrue(lp > 64_000);
    }

    @Test
    void aMissingPositionIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LiquidationPrice.cross(Fixtures.cross("A1", 10), "BTC", BINDING, new double[] {1, 1, 1}));
        assertEquals("market: account A1 has no position in BTC", e.getMessage());
    }
}
