package org.crossmargin.core.book;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.crossmargin.core.Fixtures;
import org.crossmargin.core.account.Position;
import org.crossmargin.core.liquidation.LiquidationMode;
import org.crossmargin.core.liquidation.LiquidationRules;
import org.junit.jupiter.api.Test;

/** The root shortcut of the screened kernel: a unit's safe radius and a path's move, derived by hand. */
class SafeRadiiTest {
    private static final int MARKETS = RandomBooks.MARKETS.size();
    /** Columns: USDT, BTC, ETH, SOL at 1, 60,000, 3,000, 150. */
    private static final double[] SCALES = {0.0, 1.0, 1.0, 1.0};

    private static CompiledBook tenTimesLongBtc() {
        // 6,000 USDT behind 1 BTC long at 60,000 (10x), maintenance 0.5% flat
        Venue venue = Fixtures.venue(Map.of("BTC", Fixtures.flat(0.01, 0.005), "ETH", Fixtures.flat(0.01, 0.005),
                "SOL", Fixtures.flat(0.01, 0.005)), 0.0, 0, new LiquidationRules(0.01, 0.0, LiquidationMode.FULL, 1));
        Book book = new Book(java.util.List.of(Fixtures.cross("A", 6_000, Position.of("BTC", 1, 60_000))));
        return book.compile(venue, RandomBooks.MARKETS, RandomBooks.START, RunMode.CROSS);
    }

    @Test
    void aTenTimesLongIsSafeUntilItsBoundReachesMaintenance() {
        CompiledBook book = tenTimesLongBtc();
        PathState start = book.newState();
        SafeRadii radii = SafeRadii.of(start.kernel, book, start, SCALES);
        // The bound at radius t (BTC in [60,000 e^-t, 60,000 e^t], the long at the low, maintenance at the high):
        // f(t) = 6,000 - 60,000 (1 - e^-t) - 0.005 * 60,000 e^t. f(0.099) = +13.4, f(0.0993) = -3.0: the root,
        // by Newton from 0.099 on f'(t) = -60,000 e^-t - 300 e^t, is where the radius ends (the bound's rounding
        // margin, 1e-9 of about 126,000, moves it by about 2e-9).
        double t = 0.099;
        for (int i = 0; i < 20; i++) {
            double f = 6_000 - 60_000 * (1 - Math.exp(-t)) - 300 * Math.exp(t);
            t -= f / (-60_000 * Math.exp(-t) - 300 * Math.exp(t));
        }
        assertEquals(0.09924, t, 5e-5);
        assertEquals(t, radii.of(0), 1e-8);
    }

    @Test
    void aPathMovesAsFarAsItsLargestMoveInScales() {
        CompiledBook book = tenTimesLongBtc();
        PathState start = book.newState();
        // BTC up 5% then down to -3%; the rest unmoved: the move is ln(1.05) = 0.048790 in scale 1, twice in 0.5
        double[] prices = {1, 60_000, 3_000, 150, 1, 63_000, 3_000, 150, 1, 58_200, 3_000, 150};
        PriceRanges ranges = new PriceRanges(MARKETS);
        ranges.build(prices, 2);
        SafeRadii radii = SafeRadii.of(start.kernel, book, start, SCALES);
        assertEquals(Math.log(1.05), radii.distance(book, ranges.values(), ranges.offset(PriceRanges.root())),
                1e-15);
        SafeRadii halfScale = SafeRadii.of(start.kernel, book, start, new double[] {0.0, 0.5, 1.0, 1.0});
        assertEquals(2 * Math.log(1.05),
                halfScale.distance(book, ranges.values(), ranges.offset(PriceRanges.root())), 1e-15);
        // a market of scale 0 that moves (USDT off its peg by 0.1%) takes every shortcut away
        prices[8] = 0.999;
        ranges.build(prices, 2);
        assertEquals(Double.POSITIVE_INFINITY,
                radii.distance(book, ranges.values(), ranges.offset(PriceRanges.root())));
    }

    @Test
    void aUnitAlreadyAtMaintenanceHasNoRadius() {
        // 300 USDT behind 1 BTC long at 60,000: equity 300 = maintenance 300 at the start
        Venue venue = Fixtures.venue(Map.of("BTC", Fixtures.flat(0.01, 0.005)), 0.0, 0,
                new LiquidationRules(0.01, 0.0, LiquidationMode.FULL, 1));
        Book book = new Book(java.util.List.of(Fixtures.cross("A", 300, Position.of("BTC", 1, 60_000))));
        CompiledBook compiled = book.compile(venue, RandomBooks.MARKETS, RandomBooks.START, RunMode.CROSS);
        PathState start = compiled.newState();
        assertEquals(-1.0, SafeRadii.of(start.kernel, compiled, start, SCALES).of(0));
    }
}
