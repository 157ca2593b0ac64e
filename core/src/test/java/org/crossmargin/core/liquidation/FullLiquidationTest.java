package org.crossmargin.core.liquidation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.crossmargin.core.Fixtures;
import org.crossmargin.core.account.Position;
import org.crossmargin.core.book.Venue;
import org.crossmargin.core.margin.CrossMargin;
import org.crossmargin.core.margin.MarginUnit;
import org.crossmargin.core.market.MarketIndex;
import org.junit.jupiter.api.Test;

class FullLiquidationTest {
    private static final MarketIndex MARKETS = MarketIndex.of("USDT", "BTC");

    private static MarginUnit tenTimes(double quantity, LiquidationRules rules) {
        Venue venue = Fixtures.venue(Map.of("BTC", Fixtures.flat(0.1, 0.005)), 0, 0, rules);
        return CrossMargin.of(venue.bind(MARKETS)).unit(0,
                Fixtures.cross("A1", 6_400, Position.of("BTC", quantity, 64_000)));
    }

    @Test
    void aGappedLongLeavesShortfallAndPaysNoFee() {
        LiquidationRules rules = LiquidationRules.full(0.0125, 0.002);
        MarginUnit unit = tenTimes(1, rules);
        double[] row = {1, 57_243.34};
        double[] flow = new double[2];
        assertTrue(unit.isLiquidatable(row));
        LiquidationEvent event = new FullLiquidation(rules).liquidate(unit, row, flow);
        // fill = 57,243.34 * 0.998 = 57,128.85332; equity after = 6,400 + 57,128.85332 - 64,000 = -471.14668
        assertEquals(471.14668, event.shortfall(), 1e-8);
        assertEquals(0.0, event.fees(), 0.0); // min(0.0125 * 57,243.34, max(-471.15, 0)) = 0
        assertEquals(57_243.34, event.closedNotional(), 1e-9);
        assertEquals(57_243.34, flow[1], 1e-9); // a long sold: positive flow at mark
        assertFalse(unit.isAlive());
        assertEquals(0.0, unit.keptEquity(), 0.0);
    }

    @Test
    void theFeeIsCappedAtTheEquityLeft() {
        LiquidationRules rules = LiquidationRules.full(0.0125, 0.002);
        MarginUnit unit = tenTimes(1, rules);
        // at 57,800 (<= 57,889.45): fill 57,684.4; equity after 6,400 + 57,684.4 - 64,000 = 84.4
        // fee = min(0.0125 * 57,800 = 722.5, 84.4) = 84.4; kept 0
        LiquidationEvent event = new FullLiquidation(rules).liquidate(unit, new double[] {1, 57_800}, new double[2]);
        assertEquals(84.4, event.fees(), 1e-9);
        assertEquals(0.0, event.shortfall(), 0.0);
        assertEquals(0.0, unit.keptEquity(), 1e-9);
    }

    @Test
    void theUnitKeepsWhatIsLeftAfterTheFee() {
        LiquidationRules rules = LiquidationRules.full(0.001, 0.002);
        MarginUnit unit = tenTimes(1, rules);
        // equity after 84.4 as above; fee 0.001 * 57,800 = 57.8; kept 84.4 - 57.8 = 26.6 in quote currency
        LiquidationEvent event = new FullLiquidation(rules).liquidate(unit, new double[] {1, 57_800}, new double[2]);
        assertEquals(57.8, event.fees(), 1e-9);
        assertEquals(26.6, unit.keptEquity(), 1e-9);
        // dead: its value no longer moves with prices
        assertEquals(26.6, unit.equity(new double[] {1, 10_000}), 1e-9);
        assertEquals(0.0, unit.maintenanceMargin(new double[] {1, 10_000}), 0.0);
        assertFalse(unit.isLiquidatable(new double[] {1, 10_000}));
    }

    @Test
    void aShortIsBoughtBackAboveMarkAndCountsAsNegativeFlow() {
        LiquidationRules rules = LiquidationRules.full(0.0, 0.002);
        MarginUnit unit = tenTimes(-1, rules);
        // trigger 6,400 - (S - 64,000) <= 0.005 S iff S >= 70,400 / 1.005 = 70,049.75
        assertFalse(unit.isLiquidatable(new double[] {1, 70_049}));
        double[] row = {1, 70_049.9};
        assertTrue(unit.isLiquidatable(row));
        double[] flow = new double[2];
        new FullLiquidation(rules).liquidate(unit, row, flow);
        // fill = 70,049.9 * 1.002 = 70,189.9998; kept = 6,400 - (70,189.9998 - 64,000) = 210.0002
        assertEquals(210.0002, unit.keptEquity(), 1e-8);
        assertEquals(-70_049.9, flow[1], 1e-9);
    }
}
