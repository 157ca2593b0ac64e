package org.crossmargin.core.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import org.crossmargin.core.Fixtures;
import org.crossmargin.core.account.Position;
import org.crossmargin.core.liquidation.LiquidationMode;
import org.crossmargin.core.liquidation.LiquidationRules;
import org.crossmargin.core.market.MarketIndex;
import org.junit.jupiter.api.Test;

class CompiledBookTest {
    private static final MarketIndex MARKETS = MarketIndex.of("USDT", "BTC", "ETH");
    private static final double[] START = {1, 64_000, 3_200};

    private static Venue venue(LiquidationRules rules) {
        return Fixtures.venue(Map.of("BTC", Fixtures.flat(0.02, 0.01), "ETH", Fixtures.flat(0.02, 0.01)), 0.05, 0,
                rules);
    }

    /**
     * A: 6,400 margin, long 1 BTC at 64,000; B: 20,000 margin, short 10 ETH at 3,200; full liquidation without fee
     * or slippage, flat 1% maintenance.
     */
    private static CompiledBook btcLongAndEthShort() {
        Book book = new Book(List.of(Fixtures.cross("A", 6_400, Position.of("BTC", 1, 64_000)),
                Fixtures.cross("B", 20_000, Position.of("ETH", -10, 3_200))));
        return book.compile(venue(LiquidationRules.full(0, 0)), MARKETS, START, RunMode.CROSS);
    }

    @Test
    void liquidationFlowIsLongsSoldMinusShortsBoughtAtMark() {
        Book book = new Book(List.of(Fixtures.cross("L", 6_400, Position.of("BTC", 1, 64_000)),
                Fixtures.cross("S", 3_000, Position.of("BTC", -0.5, 50_000))));
        CompiledBook compiled = book.compile(venue(LiquidationRules.full(0, 0)), MARKETS, START, RunMode.CROSS);
        PathState s = compiled.newState();
        double[] prices = {1, 64_000, 3_200, 1, 57_000, 3_200};
        compiled.step(s, prices, 3, 1);
        // L: 6,400 - 7,000 < 570 -> sold 1 * 57,000. S: 3,000 - 0.5 * 7,000 = -500 -> bought back 0.5 * 57,000
        // Q = 57,000 - 28,500 = 28,500 on BTC, 0 on ETH
        assertEquals(28_500.0, s.liquidationFlowUnsafe()[1], 1e-9);
        assertEquals(0.0, s.liquidationFlowUnsafe()[2], 0.0);
        assertEquals(2, s.liquidatedAccounts());
        // the next step refills it
        compiled.step(s, prices, 3, 2);
        assertEquals(0.0, s.liquidationFlowUnsafe()[1], 0.0);
    }

    @Test
    void compiledPartialLiquidationClosesTheLowerIndexFirstOnEqualMaintenance() {
        // ETH 10 at 3,000 and BTC 1 at 30,000 both need 300; equity 500 <= 600; ETH (index 0) halves, then
        // 500 > 150 + 300: stop. The flow shows which one was closed.
        Venue venue = venue(new LiquidationRules(0, 0, LiquidationMode.PARTIAL, 0.5));
        Book book = new Book(List.of(Fixtures.cross("A", 500, Position.of("ETH", 10, 3_000),
                Position.of("BTC", 1, 30_000))));
        double[][] rows = {{1, 30_000, 3_000}, {1, 30_000, 3_000}};
        double[][] flows = new double[2][3];
        new ReferenceSimulation(book, venue, MARKETS, RunMode.CROSS).run(rows, flows);
        CompiledBook compiled = book.compile(venue, MARKETS, rows[0], RunMode.CROSS);
        PathState s = compiled.newState();
        compiled.step(s, RandomBooks.flatten(rows), 3, 1);
        assertEquals(15_000.0, flows[1][2], 0.0);
        assertEquals(0.0, flows[1][1], 0.0);
        assertEquals(15_000.0, s.liquidationFlowUnsafe()[2], 0.0);
        assertEquals(0.0, s.liquidationFlowUnsafe()[1], 0.0);
    }

    @Test
    void resetRestoresTheStartOfAPath() {
        Book book = new Book(List.of(Fixtures.cross("A", 6_400, Position.of("BTC", 1, 64_000))));
        CompiledBook compiled = book.compile(venue(LiquidationRules.full(0.01, 0)), MARKETS, START, RunMode.CROSS);
        PathState s = compiled.newState();
        double[] prices = {1, 64_000, 3_200, 1, 58_000, 3_200};
        compiled.runPath(s, prices, 1);
        assertTrue(s.accountLiquidated(0));
        s.reset();
        assertFalse(s.accountLiquidated(0));
        assertEquals(-1, s.accountFirstLiquidationStep(0));
        assertEquals(0.0, s.fees(), 0.0);
        assertEquals(-1, s.firstLiquidationStep());
        // alive again: equity at start 6,400, MM 640
        assertEquals(6_400.0, compiled.totalEquity(s, prices, 0), 1e-9);
        assertEquals(640.0, compiled.totalMaintenanceMargin(s, prices, 0), 1e-9);
    }

    @Test
    void totalsCountOnlyLiveUnits() {
        CompiledBook compiled = btcLongAndEthShort();
        PathState s = compiled.newState();
        double[] prices = {1, 64_000, 3_200, 1, 57_000, 3_000};
        compiled.step(s, prices, 3, 1);
        // A dies (6,400 - 7,000); B lives: equity 20,000 + 2,000 = 22,000, MM 0.01 * 30,000 = 300
        assertEquals(22_000.0, compiled.totalEquity(s, prices, 3), 1e-9);
        assertEquals(300.0, compiled.totalMaintenanceMargin(s, prices, 3), 1e-9);
        assertEquals(1, s.accountFirstLiquidationStep(0));
        assertEquals(600.0, s.accountShortfall(0), 1e-9);
        assertEquals(0.0, s.accountFees(0), 0.0);
    }

    @Test
    void totalsAfterARolledBackDeathCountTheRevivedUnitAgain() {
        CompiledBook compiled = btcLongAndEthShort();
        PathState s = compiled.newState();
        s.journal = new LiquidationJournal(compiled);
        double[] prices = {1, 64_000, 3_200, 1, 57_000, 3_000};
        s.journal.mark(s);
        compiled.step(s, prices, 3, 1);
        // A died (6,400 - 7,000 < 570) and the totals have counted it out: 22,000 and 300, as totalsCountOnlyLiveUnits
        assertEquals(22_000.0, compiled.totalEquity(s, prices, 3), 1e-9);
        s.journal.rollback(s);
        // A lives again: 6,400 - 7,000 = -600 (it is at or below maintenance, but alive), MM 0.01 * 57,000 = 570;
        // B as before. Totals: -600 + 22,000 = 21,400 and 570 + 300 = 870, the same bits as a state never stepped
        double[] totals = new double[2];
        compiled.liveTotals(s, prices, 3, totals);
        double[] fresh = new double[2];
        compiled.liveTotals(compiled.newState(), prices, 3, fresh);
        assertEquals(21_400.0, totals[0], 1e-9);
        assertEquals(870.0, totals[1], 1e-9);
        assertEquals(fresh[0], totals[0], 0.0);
        assertEquals(fresh[1], totals[1], 0.0);
    }

    @Test
    void totalsReadBetweenARollbackAndItsRerunForgetTheUndoneDeath() {
        CompiledBook compiled = btcLongAndEthShort();
        // first try of step 1: BTC 57,000 kills A (6,400 - 7,000 <= 570); B holds (20,000 + 2,000 > 300)
        double[] first = {1, 64_000, 3_200, 1, 57_000, 3_000};
        // the rerun, on other prices: BTC 64,000 keeps A (6,400 > 640); ETH 5,200 kills B (20,000 - 20,000 <= 520)
        double[] rerun = {1, 64_000, 3_200, 1, 64_000, 5_200};
        PathState s = compiled.newState();
        s.journal = new LiquidationJournal(compiled);
        s.journal.mark(s);
        compiled.step(s, first, 3, 1);
        double[] totals = new double[2];
        compiled.liveTotals(s, first, 3, totals); // A counted dead
        s.journal.rollback(s);
        compiled.step(s, rerun, 3, 1); // one death again, another unit's: only forgetSince tells the totals
        compiled.liveTotals(s, rerun, 3, totals);
        PathState fresh = compiled.newState();
        compiled.step(fresh, rerun, 3, 1);
        double[] expected = new double[2];
        compiled.liveTotals(fresh, rerun, 3, expected);
        // what lives is A: 6,400 + 0 = 6,400, MM 0.01 * 64,000 = 640
        assertEquals(6_400.0, expected[0], 1e-9);
        assertEquals(640.0, expected[1], 1e-9);
        assertEquals(expected[0], totals[0], 0.0);
        assertEquals(expected[1], totals[1], 0.0);
    }

    @Test
    void totalsDoNotDependOnWhenTheyWereAskedFor() {
        Book book = new Book(List.of(Fixtures.cross("A", 6_400, Position.of("BTC", 1, 64_000)),
                Fixtures.cross("B", 3_000, Position.of("BTC", -0.5, 64_000)),
                Fixtures.cross("C", 4_500, Position.of("ETH", 10, 3_200), Position.of("BTC", 0.1, 60_000)),
                Fixtures.cross("D", 90_000, Position.of("ETH", -20, 3_000))));
        CompiledBook compiled = book.compile(venue(LiquidationRules.full(0.01, 0)), MARKETS, START, RunMode.CROSS);
        // BTC falls to 57,000: A dies (6,400 - 7,000 <= 570); C holds (4,500 - 300 = 4,200 > 0.01 * 37,700 = 377).
        // ETH falls to 2,800: C dies (4,500 - 4,000 - 300 = 200 <= 0.01 * 33,700 = 337). B and D live throughout.
        // The dead units are added into the totals at different reads in the two states
        double[] prices = {1, 64_000, 3_200, 1, 57_000, 3_200, 1, 57_000, 2_800, 1, 56_000, 2_700};
        PathState everyStep = compiled.newState();
        PathState atTheEnd = compiled.newState();
        double[] totals = new double[2];
        for (int t = 1; t <= 3; t++) {
            compiled.step(everyStep, prices, 3 * t, t);
            compiled.liveTotals(everyStep, prices, 3 * t, totals);
            compiled.step(atTheEnd, prices, 3 * t, t);
        }
        double[] end = new double[2];
        compiled.liveTotals(atTheEnd, prices, 9, end);
        compiled.liveTotals(everyStep, prices, 9, totals);
        assertEquals(2, everyStep.liquidatedAccounts());
        assertEquals(end[0], totals[0], 0.0);
        assertEquals(end[1], totals[1], 0.0);
        // what is left at BTC 56,000, ETH 2,700: B 3,000 + 0.5 * 8,000 = 7,000 (MM 0.01 * 28,000 = 280) and
        // D 90,000 + 20 * 300 = 96,000 (MM 0.01 * 54,000 = 540)
        assertEquals(103_000.0, end[0], 1e-9);
        assertEquals(820.0, end[1], 1e-9);
    }

    @Test
    void readingTotalsWhileHundredsOfUnitsDieAllocatesNothing() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        // 400 BTC longs, 6,400 margin on 1 BTC at 64,000 plus one more BTC-cent per account: they die over some 50
        // steps as BTC falls 100 a step from 64,000 to 54,000 (the largest near 63,300, the smallest near 58,200:
        // 6,400 - q (64,000 - P) <= 0.01 q P), and the totals are read after every step
        List<org.crossmargin.core.account.Account> accounts = new java.util.ArrayList<>();
        for (int a = 0; a < 400; a++) {
            accounts.add(Fixtures.cross("A" + a, 6_400, Position.of("BTC", 1 + 0.01 * a, 64_000)));
        }
        CompiledBook compiled = new Book(accounts).compile(venue(LiquidationRules.full(0, 0)), MARKETS, START,
                RunMode.CROSS);
        final int steps = 100;
        double[] prices = new double[(steps + 1) * 3];
        for (int t = 0; t <= steps; t++) {
            prices[3 * t] = 1;
            prices[3 * t + 1] = 64_000 - 100 * t;
            prices[3 * t + 2] = 3_200;
        }
        double[] totals = new double[2];
        StepObserver sampler = (state, rows, t) -> compiled.liveTotals(state, rows, 3 * t, totals);
        PathState s = compiled.newState();
        for (int i = 0; i < 2_000; i++) {
            compiled.runPath(s, prices, steps, sampler); // warm up
        }
        long thread = Thread.currentThread().getId();
        long allocated = Long.MAX_VALUE;
        for (int window = 0; window < 3; window++) {
            long before = threads.getThreadAllocatedBytes(thread);
            for (int i = 0; i < 2_000; i++) {
                compiled.runPath(s, prices, steps, sampler);
            }
            allocated = Math.min(allocated, threads.getThreadAllocatedBytes(thread) - before);
        }
        // hundreds of deaths in one market a path: a per-read allocation would show as >= 2,000 x 100 bytes
        assertTrue(s.liquidatedAccounts() > 300, "liquidated " + s.liquidatedAccounts());
        assertTrue(allocated < 4_096, "allocated " + allocated + " bytes");
    }

    @Test
    void aPositionMarketMissingFromTheRunIsNamed() {
        Book book = new Book(List.of(Fixtures.cross("A", 1, Position.of("BTC", 1, 64_000))));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> book.compile(
                venue(LiquidationRules.full(0, 0)), MarketIndex.of("USDT", "ETH"), new double[] {1, 3_200},
                RunMode.CROSS));
        assertEquals("market: BTC is not a market of the run [USDT, ETH]", e.getMessage());
    }

    @Test
    void aCollateralAssetTheVenueDoesNotAcceptIsNamed() {
        Book book = new Book(List.of(new org.crossmargin.core.account.Account("A",
                org.crossmargin.core.account.MarginMode.CROSS,
                List.of(new org.crossmargin.core.account.Collateral("SOL", 10)), List.of())));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> book.compile(
                venue(LiquidationRules.full(0, 0)), MarketIndex.of("USDT", "SOL"), new double[] {1, 150},
                RunMode.CROSS));
        assertEquals("asset: SOL is not a collateral asset of venue test", e.getMessage());
    }

    @Test
    void startPricesMustBeOnePositivePricePerMarket() {
        Book book = new Book(List.of(Fixtures.cross("A", 1)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> book.compile(
                venue(LiquidationRules.full(0, 0)), MARKETS, new double[] {1, Double.NaN, 3_200}, RunMode.CROSS));
        assertEquals("start_prices[BTC]: expected a finite price > 0, got NaN", e.getMessage());
    }

    @Test
    void stepAndRunPathAllocateNothing() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Book book = new Book(List.of(Fixtures.cross("A", 6_400, Position.of("BTC", 1, 64_000),
                Position.of("ETH", -10, 3_200)), Fixtures.isolated("B", 9_000, Position.of("BTC", -1, 64_000))));
        CompiledBook compiled = book.compile(venue(new LiquidationRules(0.01, 0.002, LiquidationMode.PARTIAL, 0.5)),
                MARKETS, START, RunMode.BOOKED);
        PathState s = compiled.newState();
        // a path that liquidates, so the rare branches run too
        double[] prices = {1, 64_000, 3_200, 1, 61_000, 3_300, 1, 56_000, 3_400, 1, 70_000, 3_000};
        for (int i = 0; i < 100_000; i++) {
            // warm up: class loading and JIT out of the way (measured: the first ~40,000 such paths allocate a few kB
            // once, while the JIT settles; nothing after)
            compiled.runPath(s, prices, 3);
            compiled.step(s, prices, 3, 1);
        }
        long thread = Thread.currentThread().getId();
        long allocated = Long.MAX_VALUE;
        for (int window = 0; window < 3; window++) {
            long before = threads.getThreadAllocatedBytes(thread);
            for (int i = 0; i < 20_000; i++) {
                compiled.runPath(s, prices, 3);
                compiled.step(s, prices, 3, 1);
            }
            allocated = Math.min(allocated, threads.getThreadAllocatedBytes(thread) - before);
        }
        // 20,000 paths a window: any per-path allocation would show as >= 320,000 bytes in every window; allow the
        // measurement's own bytes. The least of three windows: about one suite run in six, a late JIT event
        // allocated some 4.5 kB once, in one window (a per-path allocation cannot hide that way)
        assertTrue(allocated < 4_096, "allocated " + allocated + " bytes");
        assertTrue(s.accountLiquidated(0) || s.accountLiquidated(1));
    }
}
