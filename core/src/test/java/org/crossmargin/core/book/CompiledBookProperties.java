package org.crossmargin.core.book;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.crossmargin.core.account.Account;
import org.crossmargin.core.account.Position;
import org.crossmargin.core.margin.CrossMargin;
import org.crossmargin.core.margin.IsolatedAllocation;
import org.crossmargin.core.margin.IsolatedMargin;
import org.crossmargin.core.margin.MarketBinding;
import org.crossmargin.core.market.TierTable;

/** Invariants over random venues, books and price paths (generators in {@link RandomBooks}). */
class CompiledBookProperties {
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
    Arbitrary<Book> stableBooks() {
        return RandomBooks.books(true);
    }

    @Provide
    Arbitrary<double[][]> paths() {
        return RandomBooks.paths();
    }

    @Provide
    Arbitrary<TierTable> tables() {
        return RandomBooks.tables();
    }

    @Provide
    Arbitrary<RunMode> modes() {
        return Arbitraries.of(RunMode.class);
    }

    static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, 1e-9 * Math.max(1.0, Math.max(Math.abs(expected), Math.abs(actual))), what);
    }

    /** Compiled and reference outcomes agree: counts and flags exactly, amounts to 1e-9 relative. */
    static void assertSameOutcome(PathOutcome expected, PathOutcome actual) {
        assertEquals(expected.accounts().size(), actual.accounts().size());
        for (int a = 0; a < expected.accounts().size(); a++) {
            AccountOutcome e = expected.accounts().get(a);
            AccountOutcome c = actual.accounts().get(a);
            String who = "account " + e.account();
            assertEquals(e.account(), c.account());
            assertEquals(e.liquidated(), c.liquidated(), who + " liquidated");
            assertEquals(e.firstLiquidationStep(), c.firstLiquidationStep(), who + " first step");
            assertClose(e.shortfall(), c.shortfall(), who + " shortfall");
            assertClose(e.fees(), c.fees(), who + " fees");
            assertClose(e.startValue(), c.startValue(), who + " start value");
            assertClose(e.endValue(), c.endValue(), who + " end value");
            assertClose(e.userLoss(), c.userLoss(), who + " user loss");
        }
        assertEquals(expected.liquidatedAccounts(), actual.liquidatedAccounts(), "liquidated accounts");
        assertEquals(expected.fundExhausted(), actual.fundExhausted(), "fund exhausted");
        assertEquals(expected.firstLiquidationStep(), actual.firstLiquidationStep(), "first step");
        assertClose(expected.shortfall(), actual.shortfall(), "shortfall");
        assertClose(expected.fees(), actual.fees(), "fees");
        assertClose(expected.socialisedLoss(), actual.socialisedLoss(), "socialised");
        assertClose(expected.insuranceFundEnd(), actual.insuranceFundEnd(), "fund end");
        assertClose(expected.liquidatedNotional(), actual.liquidatedNotional(), "liquidated notional");
    }

    @Property(tries = 600)
    void compiledBookEqualsReferenceSimulationStepByStep(@ForAll("books") Book book, @ForAll("venues") Venue venue,
                                                         @ForAll("modes") RunMode mode,
                                                         @ForAll("paths") double[][] rows) {
        double[][] flows = new double[rows.length][MARKETS];
        PathOutcome expected = new ReferenceSimulation(book, venue, RandomBooks.MARKETS, mode).run(rows, flows);
        CompiledBook compiled = book.compile(venue, RandomBooks.MARKETS, rows[0], mode);
        PathState state = compiled.newState();
        double[] prices = RandomBooks.flatten(rows);
        for (int t = 1; t < rows.length; t++) {
            compiled.step(state, prices, t * MARKETS, t);
            double[] flow = state.liquidationFlowUnsafe();
            for (int m = 0; m < MARKETS; m++) {
                assertClose(flows[t][m], flow[m], "flow of market " + m + " at step " + t);
            }
        }
        compiled.finish(state, prices, (rows.length - 1) * MARKETS);
        assertSameOutcome(expected, state.toOutcome());
        // the generators must reach the rare branches, or this property proves little
        Statistics.label("liquidation").collect(expected.liquidatedAccounts() > 0);
        Statistics.label("shortfall").collect(expected.shortfall() > 0);
        Statistics.label("fund exhausted").collect(expected.fundExhausted());
        Statistics.label("mode").collect(venue.liquidation().mode() + " " + mode);
    }

    @Property(tries = 200)
    void runPathOnAUsedStateGivesTheSameOutcomeAsAFreshOne(@ForAll("books") Book book, @ForAll("venues") Venue venue,
                                                           @ForAll("modes") RunMode mode,
                                                           @ForAll("paths") double[][] rows,
                                                           @ForAll("paths") double[][] other) {
        CompiledBook compiled = book.compile(venue, RandomBooks.MARKETS, rows[0], mode);
        PathState fresh = compiled.newState();
        compiled.runPath(fresh, RandomBooks.flatten(rows), rows.length - 1);
        PathState used = compiled.newState();
        compiled.runPath(used, RandomBooks.flatten(other), other.length - 1);
        compiled.runPath(used, RandomBooks.flatten(rows), rows.length - 1);
        assertEquals(fresh.toOutcome(), used.toOutcome()); // reset restores everything: equal to the bit
        // and field by field: reset puts back only what liquidations touched, which must be all that moved
        used.reset();
        PathState start = compiled.newState();
        assertArrayEquals(start.quantity, used.quantity);
        assertArrayEquals(start.cash, used.cash);
        assertArrayEquals(start.kept, used.kept);
        assertArrayEquals(start.alive, used.alive);
        assertArrayEquals(start.accountLiquidated, used.accountLiquidated);
        assertArrayEquals(start.accountFirstStep, used.accountFirstStep);
        assertArrayEquals(start.accountShortfall, used.accountShortfall);
        assertArrayEquals(start.accountFees, used.accountFees);
    }

    @Property(tries = 300)
    void liquidationNeitherCreatesNorDestroysMoney(@ForAll("books") Book book, @ForAll("venues") Venue venue,
                                                   @ForAll("modes") RunMode mode, @ForAll("paths") double[][] rows) {
        CompiledBook compiled = book.compile(venue, RandomBooks.MARKETS, rows[0], mode);
        PathState s = compiled.newState();
        compiled.runPath(s, RandomBooks.flatten(rows), rows.length - 1);
        // final fund = start + sum fees - sum shortfall + socialised (DESIGN §3 conservation)
        assertClose(venue.insuranceFund() + s.fees() - s.shortfall() + s.socialisedLoss(), s.insuranceFund(),
                "fund conservation");
        assertTrue(s.insuranceFund() >= 0 && s.socialisedLoss() <= s.shortfall() + 1e-9);
        assertEquals(s.socialisedLoss() > 0, s.fundExhausted());
        double shortfall = 0.0;
        double fees = 0.0;
        for (int a = 0; a < compiled.accounts(); a++) {
            shortfall += s.accountShortfall(a);
            fees += s.accountFees(a);
        }
        assertClose(s.shortfall(), shortfall, "account shortfalls add up");
        assertClose(s.fees(), fees, "account fees add up");
    }

    @Property(tries = 300)
    void isolatedAccountsNeverLoseTheirFreeBalance(@ForAll("books") Book book, @ForAll("venues") Venue venue,
                                                   @ForAll("paths") double[][] rows) {
        CompiledBook compiled = book.compile(venue, RandomBooks.MARKETS, rows[0], RunMode.ISOLATED);
        PathState s = compiled.newState();
        compiled.runPath(s, RandomBooks.flatten(rows), rows.length - 1);
        MarketBinding binding = venue.bind(RandomBooks.MARKETS);
        for (int a = 0; a < compiled.accounts(); a++) {
            // every live unit ends above 0 (else it was liquidated at step T), a dead one keeps >= 0
            double free = IsolatedAllocation.of(book.accounts().get(a), binding, rows[0]).freeBalance();
            assertTrue(s.accountEndValue(a) >= free - 1e-9 * Math.max(1, free), "account " + a);
        }
    }

    @Property
    void crossEquityEqualsSumOfIsolatedEquitiesPlusFreeBalance(@ForAll("stableBooks") Book book,
                                                               @ForAll("venues") Venue venue,
                                                               @ForAll("paths") double[][] rows) {
        MarketBinding binding = venue.bind(RandomBooks.MARKETS);
        double[] marks = rows[rows.length - 1];
        for (Account account : book.accounts()) {
            IsolatedAllocation allocation = IsolatedAllocation.of(account, binding, rows[0]);
            double value = CrossMargin.of(binding).collateralValue(account, rows[0]);
            double explicit = account.positions().stream()
                    .mapToDouble(p -> p.isolatedMargin().orElse(0.0)).sum();
            if (explicit > value) {
                continue; // the allocation honours explicit margins beyond the collateral: not the same money
            }
            double isolated = allocation.freeBalance();
            for (int i = 0; i < account.positions().size(); i++) {
                Position position = account.positions().get(i);
                isolated += IsolatedMargin.of(binding).equity(position, allocation.margin(i), marks);
            }
            assertClose(CrossMargin.of(binding).equity(account, marks), isolated, account.id());
        }
    }

    @Property
    void maintenanceIsContinuousAndNonDecreasingInNotional(@ForAll("tables") TierTable table,
                                                           @ForAll("notionals") double a,
                                                           @ForAll("notionals") double b) {
        double low = Math.min(a, b);
        double high = Math.max(a, b);
        assertTrue(table.maintenanceMargin(low) <= table.maintenanceMargin(high) + 1e-9 * high);
        for (int k = 0; k < table.tierCount() - 1; k++) {
            double cap = table.cap(k);
            // across a cap, MM moves by at most the steeper rate times the step: no jump
            double step = cap * 1e-9;
            double jump = table.maintenanceMargin(cap + step) - table.maintenanceMargin(cap);
            assertTrue(jump >= -1e-9 && jump <= table.maintenanceRate(k + 1) * step + 1e-9, "cap " + cap);
        }
    }

    @Provide
    Arbitrary<Double> notionals() {
        return Arbitraries.doubles().between(0, 2_000_000);
    }

    @Property(tries = 300)
    void compiledStartValueEqualsTheRecordsAtStartPrices(@ForAll("books") Book book, @ForAll("venues") Venue venue) {
        MarketBinding binding = venue.bind(RandomBooks.MARKETS);
        CompiledBook compiled = book.compile(venue, RandomBooks.MARKETS, RandomBooks.START, RunMode.CROSS);
        for (int a = 0; a < compiled.accounts(); a++) {
            // cross: value = haircut collateral + unrealised PnL over the records
            assertClose(CrossMargin.of(binding).equity(book.accounts().get(a), RandomBooks.START),
                    compiled.accountStartValue(a), compiled.accountId(a));
        }
        // in cross mode each account is one unit, so the live total at start is the sum of the start values
        double sum = 0.0;
        for (int a = 0; a < compiled.accounts(); a++) {
            sum += compiled.accountStartValue(a);
        }
        assertClose(sum, compiled.totalEquity(compiled.newState(), RandomBooks.START, 0), "total equity");
    }
}
