package org.crossmargin.core.book;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.crossmargin.core.account.Account;
import org.crossmargin.core.account.Collateral;
import org.crossmargin.core.account.MarginMode;
import org.crossmargin.core.account.Position;

/** Invariants of the market-impact runner over random venues, books and paths ({@link RandomBooks}). */
class ImpactPathRunnerProperties {
    private static final int MARKETS = RandomBooks.MARKETS.size();

    @Provide
    Arbitrary<Venue> venues() {
        return RandomBooks.venues();
    }

    @Provide
    Arbitrary<Book> books() {
        return RandomBooks.books(false);
    }

    @Provide
    Arbitrary<double[][]> paths() {
        return RandomBooks.paths();
    }

    @Provide
    Arbitrary<RunMode> modes() {
        return Arbitraries.of(RunMode.class);
    }

    /** Square-root impact on BTC, ETH and SOL with a daily volume of {@code volume} and half-life 30 minutes. */
    private static MarketImpact strong(double volume, int latency) {
        List<ImpactMarket> markets = new ArrayList<>();
        markets.add(ImpactMarket.NONE);
        for (int m = 1; m < MARKETS; m++) {
            markets.add(ImpactMarket.squareRoot(0.8, volume, 0.05, 1_800));
        }
        return new MarketImpact(ImpactModel.SQUARE_ROOT, latency, 10, 60, markets);
    }

    @Property(tries = 200)
    void withoutImpactTheRunnerGivesTheCompiledBooksOutcomeBitForBit(
            @ForAll("books") Book book, @ForAll("venues") Venue venue, @ForAll("modes") RunMode mode,
            @ForAll("paths") double[][] rows, @ForAll @IntRange(min = 0, max = 3) int latency) {
        CompiledBook compiled = book.compile(venue, RandomBooks.MARKETS, rows[0], mode);
        double[] prices = RandomBooks.flatten(rows);
        PathState plain = compiled.newState();
        compiled.runPath(plain, prices, rows.length - 1);
        // model none, and a square-root model whose coefficients are all 0: I = 0, J = 0, fills times 1.0
        PathState none = compiled.newState();
        new ImpactPathRunner(compiled, MarketImpact.none(MARKETS, 60)).runPath(none, prices, rows.length - 1);
        List<ImpactMarket> zero = java.util.Collections.nCopies(MARKETS, ImpactMarket.squareRoot(0, 1e9, 0.05, 60));
        PathState zeroCoefficient = compiled.newState();
        new ImpactPathRunner(compiled, new MarketImpact(ImpactModel.SQUARE_ROOT, latency, 10, 60, zero))
                .runPath(zeroCoefficient, prices, rows.length - 1);
        assertEquals(plain.toOutcome(), none.toOutcome());
        assertEquals(plain.toOutcome(), zeroCoefficient.toOutcome());
    }

    @Property(tries = 200)
    void impactNeverChangesTheExogenousPath(@ForAll("books") Book book, @ForAll("venues") Venue venue,
                                            @ForAll("modes") RunMode mode, @ForAll("paths") double[][] rows,
                                            @ForAll @IntRange(min = 0, max = 2) int latency) {
        CompiledBook compiled = book.compile(venue, RandomBooks.MARKETS, rows[0], mode);
        double[] prices = RandomBooks.flatten(rows);
        double[] before = prices.clone();
        ImpactPathRunner runner = new ImpactPathRunner(compiled, strong(1e6, latency));
        PathState s = compiled.newState();
        runner.runPath(s, prices, rows.length - 1);
        assertArrayEquals(before, prices);
        // a second path on the same runner starts from no impact
        PathState again = compiled.newState();
        runner.runPath(again, prices, rows.length - 1);
        assertEquals(s.toOutcome(), again.toOutcome());
        // the report's totals after steps undone and rerun (the journal's rollbacks) still add up
        double[] totals = new double[2];
        final int last = (rows.length - 1) * RandomBooks.MARKETS.size();
        compiled.liveTotals(s, prices, last, totals);
        TotalsCheck.assertMatchesUnits(compiled, s, prices, last, totals);
        Statistics.label("liquidation").collect(s.liquidatedAccounts() > 0);
    }

    @Property(tries = 300)
    void aRolledBackStepRerunsToTheSameState(@ForAll("books") Book book, @ForAll("venues") Venue venue,
                                             @ForAll("modes") RunMode mode, @ForAll("paths") double[][] rows) {
        CompiledBook compiled = book.compile(venue, RandomBooks.MARKETS, rows[0], mode);
        double[] prices = RandomBooks.flatten(rows);
        PathState plain = compiled.newState();
        compiled.runPath(plain, prices, rows.length - 1);
        // every step run, undone and run again: the journal must restore every field a liquidation touches
        PathState s = compiled.newState();
        LiquidationJournal journal = new LiquidationJournal(compiled);
        s.journal = journal;
        for (int t = 1; t < rows.length; t++) {
            journal.mark(s);
            compiled.step(s, prices, t * MARKETS, t);
            journal.rollback(s);
            compiled.step(s, prices, t * MARKETS, t);
        }
        compiled.finish(s, prices, (rows.length - 1) * MARKETS);
        assertEquals(plain.toOutcome(), s.toOutcome());
        Statistics.label("liquidation").collect(plain.liquidatedAccounts() > 0);
        Statistics.label("fund exhausted").collect(plain.fundExhausted());
    }

    @Provide
    Arbitrary<Book> longBooks() {
        Arbitrary<Account> account = net.jqwik.api.Combinators.combine(Arbitraries.doubles().between(500, 20_000),
                Arbitraries.doubles().between(5_000, 200_000)).as((usdt, notional) -> new Account("A",
                MarginMode.CROSS, List.of(new Collateral("USDT", usdt)),
                List.of(Position.of("BTC", notional / 60_000, 60_000))));
        return account.list().ofMinSize(1).ofMaxSize(8).map(list -> {
            List<Account> accounts = new ArrayList<>();
            for (int a = 0; a < list.size(); a++) {
                accounts.add(new Account(String.format("L%02d", a), MarginMode.CROSS, list.get(a).collateral(),
                        list.get(a).positions()));
            }
            return new Book(accounts);
        });
    }

    @Provide
    Arbitrary<double[][]> falls() {
        // BTC never rises: each step falls by 0 to 8%
        return Arbitraries.doubles().between(0, 0.08).list().ofMinSize(1).ofMaxSize(20).map(steps -> {
            double[][] rows = new double[steps.size() + 1][];
            rows[0] = RandomBooks.START.clone();
            for (int t = 1; t <= steps.size(); t++) {
                rows[t] = rows[t - 1].clone();
                rows[t][1] = rows[t - 1][1] * Math.exp(-steps.get(t - 1));
            }
            return rows;
        });
    }

    @Property(tries = 300)
    void inABookOfLongsUnderAFallImpactOnlyAddsLiquidations(@ForAll("longBooks") Book book,
                                                          @ForAll("venues") Venue venue,
                                                          @ForAll("falls") double[][] rows,
                                                          @ForAll @IntRange(min = 0, max = 2) int latency) {
        // full or partial, any venue: only longs, so every flow is a sale, J <= 0 and each mark is at most the
        // exogenous one; a cross long on stable collateral is liquidatable below a price, so whoever falls
        // without impact falls with it, at the same step or earlier
        CompiledBook compiled = book.compile(venue, RandomBooks.MARKETS, rows[0], RunMode.CROSS);
        double[] prices = RandomBooks.flatten(rows);
        PathState without = compiled.newState();
        compiled.runPath(without, prices, rows.length - 1);
        ImpactPathRunner runner = new ImpactPathRunner(compiled, strong(5e4, latency));
        PathState with = compiled.newState();
        runner.begin(with, prices);
        for (int t = 1; t < rows.length; t++) {
            runner.step(with, prices, t);
            assertTrue(runner.impactState(1) <= 0.0);
            assertTrue(runner.rowUnsafe()[1] <= prices[t * MARKETS + 1]);
        }
        runner.finish(with);
        assertTrue(with.liquidatedAccounts() >= without.liquidatedAccounts());
        for (int a = 0; a < book.accounts().size(); a++) {
            if (without.accountLiquidated(a)) {
                assertTrue(with.accountLiquidated(a));
                assertTrue(with.accountFirstLiquidationStep(a) <= without.accountFirstLiquidationStep(a));
            }
        }
        Statistics.label("amplified").collect(with.liquidatedAccounts() > without.liquidatedAccounts());
    }
}
