package org.crossmargin.core.liquidation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.crossmargin.core.Fixtures;
import org.crossmargin.core.account.Account;
import org.crossmargin.core.account.Position;
import org.crossmargin.core.book.Venue;
import org.crossmargin.core.margin.CrossMargin;
import org.crossmargin.core.margin.MarginUnit;
import org.crossmargin.core.market.MarketIndex;
import org.junit.jupiter.api.Test;

/** Maintenance 1% flat on BTC and ETH, partial fraction 0.5. */
class PartialLiquidationTest {
    private static final MarketIndex MARKETS = MarketIndex.of("USDT", "BTC", "ETH");

    private static MarginUnit unit(LiquidationRules rules, Account account) {
        Venue venue = Fixtures.venue(Map.of("BTC", Fixtures.flat(0.02, 0.01), "ETH", Fixtures.flat(0.02, 0.01)),
                0, 0, rules);
        return CrossMargin.of(venue.bind(MARKETS)).unit(0, account);
    }

    private static LiquidationRules partial(double fee, double slippage) {
        return new LiquidationRules(fee, slippage, LiquidationMode.PARTIAL, 0.5);
    }

    @Test
    void closesTheLargestMaintenanceFirstAndStopsOnceAboveMaintenance() {
        LiquidationRules rules = partial(0.01, 0);
        MarginUnit unit = unit(rules, Fixtures.cross("A1", 5_000, Position.of("ETH", 10, 3_000),
                Position.of("BTC", 1, 60_000)));
        double[] row = {1, 56_000, 3_000};
        // equity 5,000 - 4,000 = 1,000 <= MM 560 + 300 = 860. BTC (560) first: close 0.5 at 56,000,
        // cash = 0.5 (56,000 - 60,000) = -2,000; fee = min(0.01 * 0.5 * 56,000 = 280, 1,000) = 280;
        // equity 720 > MM 280 + 300 = 580: stop, ETH untouched
        double[] flow = new double[3];
        LiquidationEvent event = new PartialLiquidation(rules).liquidate(unit, row, flow);
        assertEquals(280.0, event.fees(), 1e-9);
        assertEquals(28_000.0, event.closedNotional(), 1e-9);
        assertFalse(event.unitClosed());
        assertEquals(0.5, unit.quantity(1), 0.0);
        assertEquals(10.0, unit.quantity(0), 0.0);
        assertEquals(-2_280.0, unit.cash(), 1e-9);
        assertEquals(720.0, unit.equity(row), 1e-9);
        assertEquals(28_000.0, flow[1], 1e-9);
        assertEquals(0.0, flow[2], 0.0);
        assertTrue(unit.isAlive());
    }

    @Test
    void visitsEveryPositionOnceAndStaysAliveWhenStillBelowMaintenance() {
        LiquidationRules rules = partial(0.01, 0);
        MarginUnit unit = unit(rules, Fixtures.cross("A1", 2_000, Position.of("BTC", 1, 60_000),
                Position.of("ETH", 10, 3_000)));
        double[] row = {1, 58_500, 3_000};
        // equity 500 <= 885. BTC: fee min(292.5, 500) -> equity 207.5 <= 592.5; ETH 5 at 3,000: fee
        // min(150, 207.5) -> equity 57.5 <= 292.5 + 150 = 442.5; every position visited: stop, still alive
        LiquidationEvent event = new PartialLiquidation(rules).liquidate(unit, row, new double[3]);
        assertEquals(442.5, event.fees(), 1e-9);
        assertEquals(44_250.0, event.closedNotional(), 1e-9);
        assertTrue(unit.isAlive());
        assertTrue(unit.isLiquidatable(row)); // may be liquidated again at the next step
        assertEquals(57.5, unit.equity(row), 1e-9);
    }

    @Test
    void aFeeThatWouldTakeAllTheEquityLeftClosesTheRestInFullSoTheFeeNeverBecomesBadDebt() {
        LiquidationRules rules = partial(0.01, 0.01);
        MarginUnit unit = unit(rules, Fixtures.cross("A1", 1_000, Position.of("BTC", 1, 60_000)));
        double[] row = {1, 59_500, 3_000};
        // equity 1,000 + (59,500 - 60,000) = 500 <= MM 0.01 * 59,500 = 595. Close 0.5 at 59,500 * 0.99 = 58,905:
        // cash = 0.5 (58,905 - 60,000) = -547.5, equity at mark 1,000 - 547.5 - 250 = 202.5; its fee
        // 0.01 * 0.5 * 59,500 = 297.5 would take all of it, so the rest closes in full at 58,905:
        // equity after = 1,000 - 547.5 + 0.5 (58,905 - 60,000) = -95, fee min(0.01 * 59,500, max(-95, 0)) = 0,
        // shortfall 95: what a full liquidation leaves, 1,000 + (58,905 - 60,000) = -95. (Capping the partial fee at
        // 202.5 instead would leave 297.5 of bad debt: the fee turned into shortfall.)
        LiquidationEvent event = new PartialLiquidation(rules).liquidate(unit, row, new double[3]);
        assertEquals(0.0, event.fees(), 0.0);
        assertEquals(95.0, event.shortfall(), 1e-9);
        assertEquals(59_500.0, event.closedNotional(), 1e-9);
        assertTrue(event.unitClosed());
        MarginUnit same = unit(rules, Fixtures.cross("A1", 1_000, Position.of("BTC", 1, 60_000)));
        LiquidationEvent full = new FullLiquidation(LiquidationRules.full(0.01, 0.01)).liquidate(same, row,
                new double[3]);
        assertEquals(full.shortfall(), event.shortfall(), 1e-9);
        assertEquals(full.fees(), event.fees(), 1e-9);
    }

    @Test
    void equalMaintenanceClosesTheLowerIndexFirst() {
        LiquidationRules rules = partial(0, 0);
        // BTC 1 at 30,000 and ETH 10 at 3,000 both need 300; equity 500 <= 600
        MarginUnit unit = unit(rules, Fixtures.cross("A1", 500, Position.of("ETH", 10, 3_000),
                Position.of("BTC", 1, 30_000)));
        new PartialLiquidation(rules).liquidate(unit, new double[] {1, 30_000, 3_000}, new double[3]);
        // ETH (index 0) halves: MM 150 + 300 = 450 < 500: stop before BTC
        assertEquals(5.0, unit.quantity(0), 0.0);
        assertEquals(1.0, unit.quantity(1), 0.0);
    }

    @Test
    void noEquityAtTheTriggerClosesEverythingInFull() {
        LiquidationRules rules = partial(0.01, 0);
        MarginUnit unit = unit(rules, Fixtures.cross("A1", 1_000, Position.of("BTC", 1, 60_000)));
        // equity 1,000 - 2,000 = -1,000 <= 0: full close, shortfall 1,000, fee min(580, 0) = 0
        LiquidationEvent event = new PartialLiquidation(rules).liquidate(unit, new double[] {1, 58_000, 3_000},
                new double[3]);
        assertTrue(event.unitClosed());
        assertEquals(1_000.0, event.shortfall(), 1e-9);
        assertEquals(0.0, event.fees(), 0.0);
        assertFalse(unit.isAlive());
    }

    @Test
    void aPartialCloseThatWipesOutEquityClosesTheRestInFull() {
        LiquidationRules rules = partial(0, 0.05);
        MarginUnit unit = unit(rules, Fixtures.cross("A1", 2_000, Position.of("BTC", 1, 60_000)));
        // at 58,100: equity 100 <= 581. Close 0.5 at 55,195: cash -2,402.5; equity -2,402.5 + 2,000 - 950 < 0:
        // rest in full at 55,195: equity after = 2,000 - 2,402.5 - 2,402.5 = -2,805 -> shortfall 2,805
        double[] flow = new double[3];
        LiquidationEvent event = new PartialLiquidation(rules).liquidate(unit, new double[] {1, 58_100, 3_000}, flow);
        assertTrue(event.unitClosed());
        assertEquals(2_805.0, event.shortfall(), 1e-9);
        assertEquals(58_100.0, event.closedNotional(), 1e-9);
        assertEquals(58_100.0, flow[1], 1e-9);
    }

    @Test
    void thePolicyFactoryFollowsTheVenueMode() {
        assertTrue(LiquidationPolicy.of(partial(0, 0)) instanceof PartialLiquidation);
        assertTrue(LiquidationPolicy.of(LiquidationRules.full(0, 0)) instanceof FullLiquidation);
    }
}
