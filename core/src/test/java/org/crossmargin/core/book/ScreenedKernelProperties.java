package org.crossmargin.core.book;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.crossmargin.core.account.Account;
import org.crossmargin.core.account.Collateral;
import org.crossmargin.core.account.Position;
import org.crossmargin.core.Fixtures;
import org.crossmargin.core.liquidation.LiquidationMode;
import org.crossmargin.core.liquidation.LiquidationRules;

/**
 * The screened kernel ({@link CompiledBook#runPath}) equals the exhaustive one ({@link CompiledBook#step} on every
 * step) to the bit, on random books over long paths that cross its block boundaries: calm, a crash with recovery,
 * volatility x8, a +120% pump, and whales (books scaled up to 40x) whose notionals cross tiers.
 */
class ScreenedKernelProperties {
    private static final int MARKETS = RandomBooks.MARKETS.size();

    /** The shapes of path the issue names. */
    enum Shape { CALM, CRASH_AND_RECOVERY, VOLATILITY_X8, PUMP_120 }

    @Provide
    Arbitrary<Venue> venues() {
        return RandomBooks.venues();
    }

    @Provide
    Arbitrary<RunMode> modes() {
        return Arbitraries.of(RunMode.class);
    }

    /** 1 to 30 random accounts, each scaled by 1, 5 or 40 (whales: notionals up to 6M cross the random tiers). */
    @Provide
    Arbitrary<Book> books() {
        Arbitrary<Account> scaled = net.jqwik.api.Combinators.combine(RandomBooks.accounts(false),
                Arbitraries.of(1.0, 5.0, 40.0)).as(ScreenedKernelProperties::scale);
        return scaled.list().ofMinSize(1).ofMaxSize(30).map(list -> {
            List<Account> accounts = new ArrayList<>();
            for (int a = 0; a < list.size(); a++) {
                Account account = list.get(a);
                accounts.add(new Account(String.format("A%04d", a), account.marginMode(), account.collateral(),
                        account.positions()));
            }
            return new Book(accounts);
        });
    }

    private static Account scale(Account account, double factor) {
        List<Collateral> collateral = account.collateral().stream()
                .map(c -> new Collateral(c.asset(), c.quantity() * factor)).toList();
        List<Position> positions = account.positions().stream()
                .map(p -> p.isolatedMargin().isPresent()
                        ? Position.isolated(p.market(), p.quantity() * factor, p.entryPrice(),
                        p.isolatedMargin().getAsDouble() * factor)
                        : Position.of(p.market(), p.quantity() * factor, p.entryPrice()))
                .toList();
        return new Account(account.id(), account.marginMode(), collateral, positions);
    }

    @Provide
    Arbitrary<double[]> paths() {
        return net.jqwik.api.Combinators.combine(Arbitraries.of(Shape.class), Arbitraries.integers().between(1, 700),
                Arbitraries.longs()).as(ScreenedKernelProperties::path);
    }

    /**
     * A path of {@code steps} steps: log-normal moves of 0.4% per step (x8 for {@link Shape#VOLATILITY_X8}), BTC,
     * ETH, SOL correlated through one common draw; a crash of -40% over 10 steps a third in, half regained over 30
     * steps; or a +120% pump over 20 steps. USDT stays at 1. Flattened {@code double[(steps + 1) * 4]}.
     */
    static double[] path(Shape shape, int steps, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] rows = new double[(steps + 1) * MARKETS];
        System.arraycopy(RandomBooks.START, 0, rows, 0, MARKETS);
        final double sigma = shape == Shape.VOLATILITY_X8 ? 0.032 : 0.004;
        final int at = steps / 3;
        double[] x = new double[MARKETS];
        for (int t = 1; t <= steps; t++) {
            final double common = gaussian(random);
            double shock = 0.0;
            if (shape == Shape.CRASH_AND_RECOVERY && t > at && t <= at + 10) {
                shock = Math.log(0.6) / 10;
            } else if (shape == Shape.CRASH_AND_RECOVERY && t > at + 10 && t <= at + 40) {
                shock = (Math.log(0.8) - Math.log(0.6)) / 30;
            } else if (shape == Shape.PUMP_120 && t > at && t <= at + 20) {
                shock = Math.log(2.2) / 20;
            }
            rows[t * MARKETS] = 1.0;
            for (int m = 1; m < MARKETS; m++) {
                x[m] += sigma * (0.8 * common + 0.6 * gaussian(random)) + shock;
                rows[t * MARKETS + m] = RandomBooks.START[m] * Math.exp(x[m]);
            }
        }
        return rows;
    }

    /** Box-Muller, enough for a test's price noise. */
    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    @Property(tries = 400, edgeCases = EdgeCasesMode.NONE)
    void screenedKernelEqualsExhaustiveKernelToTheBit(@ForAll("books") Book book, @ForAll("venues") Venue venue,
                                                      @ForAll("modes") RunMode mode, @ForAll("paths") double[] prices) {
        final int steps = prices.length / MARKETS - 1;
        CompiledBook compiled = book.compile(venue, RandomBooks.MARKETS, RandomBooks.START, mode);
        PathState exhaustive = compiled.newState();
        for (int t = 1; t <= steps; t++) {
            compiled.step(exhaustive, prices, t * MARKETS, t);
        }
        compiled.finish(exhaustive, prices, steps * MARKETS);
        PathState screened = compiled.newState();
        compiled.runPath(screened, prices, steps);
        assertSameState(exhaustive, screened);
        // shared ranges whose scales let the root clear units by their safe radii: the path's own volatility
        // (USDT 0), one that understates it x10, and one that overstates it x10 change nothing either
        for (double factor : new double[] {1.0, 0.1, 10.0}) {
            final double sigma = factor * ("shocked or x8".equals(shapeOf(prices)) ? 0.032 : 0.004);
            PriceRanges ranges = new PriceRanges(MARKETS, new double[] {0.0, sigma, sigma, sigma});
            ranges.build(prices, steps);
            PathState shared = compiled.newState();
            compiled.runPath(shared, prices, steps, ranges, null);
            assertSameState(exhaustive, shared);
        }
        // the property proves little unless units are liquidated after having been screened out for a while
        boolean late = false;
        for (int a = 0; a < compiled.accounts(); a++) {
            late |= exhaustive.accountFirstLiquidationStep(a) > 2 * PriceRanges.LEAF;
        }
        Statistics.label("an account liquidated after two leaf blocks").collect(late);
        Statistics.label("shape").collect(shapeOf(prices));
    }

    @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
    void advancingInPiecesEqualsOneRun(@ForAll("books") Book book, @ForAll("venues") Venue venue,
                                       @ForAll("modes") RunMode mode, @ForAll("paths") double[] prices) {
        final int steps = prices.length / MARKETS - 1;
        CompiledBook compiled = book.compile(venue, RandomBooks.MARKETS, RandomBooks.START, mode);
        PathState whole = compiled.newState();
        compiled.runPath(whole, prices, steps);
        PathState pieces = compiled.newState();
        // stops every 12 steps, as the report's sampling does (its stride is steps / 120)
        for (int first = 1; first <= steps; first += 12) {
            compiled.advance(pieces, prices, first, Math.min(steps, first + 11));
        }
        compiled.finish(pieces, prices, steps * MARKETS);
        assertSameState(whole, pieces);
    }

    @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
    void anObserverSeesTheExhaustiveStateAfterEveryStep(@ForAll("books") Book book, @ForAll("venues") Venue venue,
                                                        @ForAll("modes") RunMode mode,
                                                        @ForAll("paths") double[] prices) {
        final int steps = prices.length / MARKETS - 1;
        CompiledBook compiled = book.compile(venue, RandomBooks.MARKETS, RandomBooks.START, mode);
        // what the report samples: total equity and maintenance of the live units, the fund, liquidated accounts
        double[][] expected = new double[steps + 1][];
        PathState exhaustive = compiled.newState();
        for (int t = 1; t <= steps; t++) {
            compiled.step(exhaustive, prices, t * MARKETS, t);
            expected[t] = aggregates(compiled, exhaustive, prices, t);
        }
        double[][] seen = new double[steps + 1][];
        PathState screened = compiled.newState();
        compiled.runPath(screened, prices, steps, (state, rows, t) -> seen[t] = aggregates(compiled, state, rows, t));
        for (int t = 1; t <= steps; t++) {
            assertArrayEquals(expected[t], seen[t], "step " + t);
        }
    }

    private static double[] aggregates(CompiledBook book, PathState s, double[] prices, int step) {
        double[] totals = new double[2];
        book.liveTotals(s, prices, step * MARKETS, totals);
        TotalsCheck.assertMatchesUnits(book, s, prices, step * MARKETS, totals);
        return new double[] {totals[0], totals[1], s.insuranceFund(), s.liquidatedAccounts()};
    }

    @Test
    void screenedRunPathAllocatesNothingOnLongPaths() {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        // BTC 2021 brackets (tiered), partial liquidation; leverage 2x to 30x, longs and shorts, one whale
        Venue venue = Fixtures.venue(java.util.Map.of("BTC", Fixtures.btc2021(), "ETH", Fixtures.eth2021(),
                "SOL", Fixtures.flat(0.02, 0.01)), 0.05, 100_000, new LiquidationRules(0.01, 0.002,
                LiquidationMode.PARTIAL, 0.5));
        List<Account> accounts = new ArrayList<>();
        for (int a = 0; a < 30; a++) {
            double collateral = 10_000 + 1_000 * a;
            double leverage = 2 + a;
            double side = a % 2 == 0 ? 1 : -1;
            Position btc = Position.of("BTC", side * leverage * collateral / 2 / 60_000, 60_000);
            Position eth = Position.of("ETH", -side * leverage * collateral / 2 / 3_000, 3_000);
            accounts.add(a % 3 == 0 ? Fixtures.isolated("A" + a, collateral, btc, eth)
                    : Fixtures.cross("A" + a, collateral, btc, eth));
        }
        accounts.add(Fixtures.cross("W", 2_000_000, Position.of("BTC", 300, 60_000)));
        Book book = new Book(accounts);
        CompiledBook compiled = book.compile(venue, RandomBooks.MARKETS, RandomBooks.START, RunMode.BOOKED);
        PathState s = compiled.newState();
        // 700 steps: the screen recurses to depth 3; a crash makes it walk, and liquidate
        double[][] prices = {path(Shape.CRASH_AND_RECOVERY, 700, 1), path(Shape.VOLATILITY_X8, 700, 2)};
        // the report's totals read every 10th step, as a reservoir path is sampled (after the liquidations too)
        double[] totals = new double[2];
        StepObserver sampler = (state, rows, t) -> {
            if (t % 10 == 0) {
                compiled.liveTotals(state, rows, t * MARKETS, totals);
            }
        };
        for (int i = 0; i < 4_000; i++) {
            compiled.runPath(s, prices[i & 1], 700, sampler); // warm up: class loading, JIT, the per-depth lists
        }
        long thread = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(thread);
        for (int i = 0; i < 2_000; i++) {
            compiled.runPath(s, prices[i & 1], 700, sampler);
        }
        long allocated = threads.getThreadAllocatedBytes(thread) - before;
        // 2,000 paths: any per-path allocation would show as >= 32,000 bytes; allow the measurement's own bytes
        assertTrue(allocated < 4_096, "allocated " + allocated + " bytes");
        assertTrue(s.liquidatedAccounts() > 0, "the crash liquidates, so the walk and liquidation ran too");
    }

    /** The largest one-step move of BTC, bucketed: tells the shapes apart in the statistics. */
    private static String shapeOf(double[] prices) {
        double largest = 0.0;
        for (int t = MARKETS; t < prices.length; t += MARKETS) {
            largest = Math.max(largest, Math.abs(Math.log(prices[t + 1] / prices[t + 1 - MARKETS])));
        }
        return largest > 0.03 ? "shocked or x8" : "calm";
    }

    /** Every observable of the path, to the bit: outcome records (exact double equality), flow, quantities, cash. */
    static void assertSameState(PathState expected, PathState actual) {
        assertEquals(expected.toOutcome(), actual.toOutcome());
        assertArrayEquals(expected.flow, actual.flow);
        assertArrayEquals(expected.quantity, actual.quantity);
        assertArrayEquals(expected.cash, actual.cash);
        assertArrayEquals(expected.kept, actual.kept);
        assertEquals(Double.doubleToRawLongBits(expected.fees()), Double.doubleToRawLongBits(actual.fees()));
    }
}
