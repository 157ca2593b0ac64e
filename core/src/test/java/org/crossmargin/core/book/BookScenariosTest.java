package org.crossmargin.core.book;

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
import org.crossmargin.core.liquidation.LiquidationMode;
import org.crossmargin.core.liquidation.LiquidationRules;
import org.crossmargin.core.market.MarketIndex;
import org.junit.jupiter.api.Test;

/** Whole paths computed by hand; each runs through the reference simulation and the compiled book, which agree. */
class BookScenariosTest {
    private static final MarketIndex MARKETS = MarketIndex.of("USDT", "BTC", "ETH");
    private static final double EPS = 1e-8;

    private static Venue venue(double fund, LiquidationRules rules) {
        return Fixtures.venue(Map.of("BTC", Fixtures.flat(0.1, 0.005), "ETH", Fixtures.flat(0.1, 0.005)), 0.05, fund,
                rules);
    }

    /** Runs both forms, checks they agree, returns the compiled outcome. */
    static PathOutcome run(Book book, Venue venue, MarketIndex markets, RunMode mode, double[][] rows) {
        PathOutcome reference = new ReferenceSimulation(book, venue, markets, mode).run(rows);
        CompiledBook compiled = book.compile(venue, markets, rows[0], mode);
        PathState state = compiled.newState();
        compiled.runPath(state, RandomBooks.flatten(rows), rows.length - 1);
        PathOutcome outcome = state.toOutcome();
        CompiledBookProperties.assertSameOutcome(reference, outcome);
        return outcome;
    }

    private static double[][] btcPath(double... btc) {
        double[][] rows = new double[btc.length][];
        for (int t = 0; t < btc.length; t++) {
            rows[t] = new double[] {1.0, btc[t], 3_200};
        }
        return rows;
    }

    @Test
    void aGappedTenTimesLongLeavesShortfallTheFundAbsorbs() {
        Book book = new Book(List.of(Fixtures.cross("A0001", 6_400, Position.of("BTC", 1, 64_000))));
        PathOutcome outcome = run(book, venue(1_000, LiquidationRules.full(0.0125, 0.002)), MARKETS, RunMode.CROSS,
                btcPath(64_000, 60_000, 57_243.34));
        // step 1: equity 2,400 > MM 300. step 2: fill 57,128.85332, equity after -471.14668, fee 0
        AccountOutcome account = outcome.accounts().get(0);
        assertTrue(account.liquidated());
        assertEquals(2, account.firstLiquidationStep());
        assertEquals(471.14668, account.shortfall(), EPS);
        assertEquals(0.0, account.fees(), 0.0);
        // fund 1,000 absorbs it all: 528.85332 left, nothing socialised
        assertEquals(528.85332, outcome.insuranceFundEnd(), EPS);
        assertFalse(outcome.fundExhausted());
        assertEquals(57_243.34, outcome.liquidatedNotional(), EPS);
        // user loss = start 6,400 - max(kept 0, 0) = 6,400
        assertEquals(6_400.0, account.userLoss(), EPS);
        assertEquals(2, outcome.firstLiquidationStep());
    }

    @Test
    void shortfallBeyondTheFundIsSocialisedAndThePathCountsAsFundExhausted() {
        Book book = new Book(List.of(Fixtures.cross("A0001", 6_400, Position.of("BTC", 1, 64_000))));
        PathOutcome outcome = run(book, venue(100, LiquidationRules.full(0.0125, 0.002)), MARKETS, RunMode.CROSS,
                btcPath(64_000, 57_243.34));
        // absorbed min(100, 471.14668) = 100; socialised 371.14668; fund 0
        assertEquals(371.14668, outcome.socialisedLoss(), EPS);
        assertEquals(0.0, outcome.insuranceFundEnd(), EPS);
        assertTrue(outcome.fundExhausted());
    }

    @Test
    void aUnitBelowMaintenanceAtStartIsWarnedAndLiquidatedAtStepOneNotAtT0() {
        Book book = new Book(List.of(Fixtures.cross("A0001", 300, Position.of("BTC", 1, 64_000))));
        CompiledBook compiled = book.compile(venue(0, LiquidationRules.full(0, 0)), MARKETS,
                new double[] {1, 64_000, 3_200}, RunMode.CROSS);
        // equity 300 <= MM 0.005 * 64,000 = 320
        assertEquals(List.of("account A0001 (cross): equity 300.00 <= maintenance 320.00 at t0"),
                compiled.unitsAtOrBelowMaintenance());
        PathOutcome outcome = run(book, venue(0, LiquidationRules.full(0, 0)), MARKETS, RunMode.CROSS,
                btcPath(64_000, 64_000));
        assertEquals(1, outcome.firstLiquidationStep());
    }

    @Test
    void aCrossHedgeSurvivesABtcFallThatLiquidatesTheBtcLegRunIsolated() {
        Venue venue = Fixtures.venue(Map.of("BTC", Fixtures.flat(0.1, 0.005), "ETH", Fixtures.flat(0.1, 0.005)), 0,
                10_000, LiquidationRules.full(0, 0.002));
        Book book = new Book(List.of(Fixtures.cross("A0001", 10_000, Position.of("BTC", 1, 64_000),
                Position.of("ETH", -20, 3_200))));
        double[][] rows = {{1, 64_000, 3_200}, {1, 57_600, 2_944}}; // BTC -10%, ETH -8%
        PathOutcome cross = run(book, venue, MARKETS, RunMode.CROSS, rows);
        // cross: equity 10,000 - 6,400 + 5,120 = 8,720 > 582.4; end value 8,720, user loss 1,280
        assertEquals(0, cross.liquidatedAccounts());
        assertEquals(1_280.0, cross.accounts().get(0).userLoss(), EPS);
        PathOutcome isolated = run(book, venue, MARKETS, RunMode.ISOLATED, rows);
        // isolated: equal IM, 5,000 each. BTC leg: 5,000 - 6,400 <= 288; fill 57,484.8; equity after
        // 5,000 + 57,484.8 - 64,000 = -1,515.2 -> shortfall 1,515.2. ETH leg 5,000 + 5,120 = 10,120 survives.
        assertEquals(1, isolated.liquidatedAccounts());
        assertEquals(1_515.2, isolated.shortfall(), EPS);
        // user loss = 10,000 - (0 + 10,120) = -120: the user gained, the venue lost
        assertEquals(-120.0, isolated.accounts().get(0).userLoss(), EPS);
    }

    @Test
    void btcCollateralUnderALongBtcLiquidatesFirstOnTheWayDown() {
        Book book = new Book(List.of(Fixtures.cross("USDT", 6_400, Position.of("BTC", 1, 64_000)),
                new Account("BTC", MarginMode.CROSS, List.of(new Collateral("BTC", 0.1)),
                        List.of(Position.of("BTC", 1, 64_000)))));
        PathOutcome outcome = run(book, venue(0, LiquidationRules.full(0, 0)), MARKETS, RunMode.CROSS,
                btcPath(64_000, 58_000));
        // USDT: 6,400 - 6,000 = 400 > 290. BTC: 0.1 * 0.95 * 58,000 - 6,000 = -490 <= 290 -> shortfall 490
        assertFalse(outcome.accounts().get(0).liquidated());
        assertTrue(outcome.accounts().get(1).liquidated());
        assertEquals(490.0, outcome.accounts().get(1).shortfall(), EPS);
    }

    @Test
    void aDeadUnitKeepsItsEquityInQuoteCurrencyWhatevertPricesDoNext() {
        Book book = new Book(List.of(Fixtures.cross("A0001", 6_400, Position.of("BTC", 1, 64_000))));
        PathOutcome outcome = run(book, venue(0, LiquidationRules.full(0.001, 0.002)), MARKETS, RunMode.CROSS,
                btcPath(64_000, 57_800, 70_000));
        // step 1: equity after 84.4, fee 57.8, kept 26.6; the recovery to 70,000 does not bring it back
        assertEquals(26.6, outcome.accounts().get(0).endValue(), EPS);
        assertEquals(6_400.0 - 26.6, outcome.accounts().get(0).userLoss(), EPS);
        assertEquals(57.8, outcome.insuranceFundEnd(), EPS);
    }

    @Test
    void aShortPumpedIntoTierThreeLiquidatesAtTierThreesTrigger() {
        Venue venue = Fixtures.venue(Map.of("BTC", Fixtures.btc2024(), "ETH", Fixtures.flat(0.1, 0.005)), 0, 0,
                LiquidationRules.full(0, 0));
        Book book = new Book(List.of(Fixtures.isolated("A0001", 120_000, Position.isolated("BTC", -10, 50_000,
                120_000))));
        // tier 3 trigger 620,950 / 10.065 = 61,693.99; tier 2's formula would give 61,696.52.
        // at 61,693: equity 120,000 - 116,930 = 3,070 > MM 616,930 * 0.0065 - 950 = 3,060.05
        // at 61,695: equity 3,050 <= MM 3,060.18 (tier 2's 616,950 * 0.005 - 50 = 3,034.75 would not liquidate)
        PathOutcome calm = run(book, venue, MARKETS, RunMode.ISOLATED, btcPath(50_000, 61_693));
        assertEquals(0, calm.liquidatedAccounts());
        PathOutcome pumped = run(book, venue, MARKETS, RunMode.ISOLATED, btcPath(50_000, 61_695));
        assertEquals(1, pumped.liquidatedAccounts());
        // equity after = 120,000 - 10 (61,695 - 50,000) = 3,050, kept (fee 0): end value 3,050
        assertEquals(3_050.0, pumped.accounts().get(0).endValue(), EPS);
    }

    @Test
    void partialLiquidationLeavesTheUnitAliveToBeLiquidatedAgainLater() {
        Venue venue = Fixtures.venue(Map.of("BTC", Fixtures.flat(0.02, 0.01), "ETH", Fixtures.flat(0.02, 0.01)), 0,
                0, new LiquidationRules(0.001, 0, LiquidationMode.PARTIAL, 0.5));
        Book book = new Book(List.of(Fixtures.cross("A0001", 2_000, Position.of("BTC", 1, 60_000),
                Position.of("ETH", 10, 3_000))));
        double[][] rows = {{1, 60_000, 3_000}, {1, 58_500, 3_000}, {1, 58_000, 3_000}};
        PathOutcome outcome = run(book, venue, MARKETS, RunMode.CROSS, rows);
        // step 1: equity 500 <= 885. BTC 0.5: cash -750, fee 29.25 -> 470.75 <= 592.5; ETH 5: fee 15 -> 455.75 > 442.5
        // step 2: equity 2,000 - 794.25 - 1,000 = 205.75 <= 290 + 150. BTC 0.25: cash -500, fee 14.5 -> 191.25 <= 295;
        //         ETH 2.5: fee 7.5 -> 183.75 <= 220: all visited, still alive
        AccountOutcome account = outcome.accounts().get(0);
        assertEquals(1, account.firstLiquidationStep());
        assertEquals(29.25 + 15 + 14.5 + 7.5, account.fees(), EPS);
        assertEquals(0.0, account.shortfall(), 0.0);
        assertEquals(29_250.0 + 15_000 + 14_500 + 7_500, outcome.liquidatedNotional(), EPS);
        assertEquals(183.75, account.endValue(), EPS);
        assertEquals(2_000.0 - 183.75, account.userLoss(), EPS);
    }

    @Test
    void bookedModeRunsEachAccountInItsOwnMarginMode() {
        Book book = new Book(List.of(Fixtures.cross("C", 5_000, Position.of("BTC", 1, 64_000),
                Position.of("ETH", -10, 3_200)), Fixtures.isolated("I", 5_000, Position.of("BTC", 1, 64_000),
                Position.of("ETH", -10, 3_200)), Fixtures.isolated("E", 1_000)));
        double[] start = {1, 64_000, 3_200};
        Venue venue = venue(0, LiquidationRules.full(0, 0));
        assertEquals(1 + 2, book.compile(venue, MARKETS, start, RunMode.BOOKED).units());
        assertEquals(3, book.compile(venue, MARKETS, start, RunMode.CROSS).units());
        assertEquals(4, book.compile(venue, MARKETS, start, RunMode.ISOLATED).units());
        CompiledBook booked = book.compile(venue, MARKETS, start, RunMode.BOOKED);
        assertEquals(3, booked.accounts());
        assertEquals(4, booked.positions());
        assertEquals(3, booked.markets());
        assertEquals(RunMode.BOOKED, booked.mode());
        assertEquals("E", booked.accountId(2));
        // E has no position: all of its 1,000 is free balance
        assertEquals(1_000.0, booked.accountStartValue(2), 0.0);
    }
}
