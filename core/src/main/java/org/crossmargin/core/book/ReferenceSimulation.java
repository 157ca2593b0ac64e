package org.crossmargin.core.book;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.crossmargin.core.liquidation.InsuranceFund;
import org.crossmargin.core.liquidation.LiquidationEvent;
import org.crossmargin.core.liquidation.LiquidationPolicy;
import org.crossmargin.core.margin.MarginUnit;
import org.crossmargin.core.market.MarketIndex;

/**
 * The slow, obviously correct twin of {@link CompiledBook}: walks a price path over the records (one
 * {@link MarginUnit} per unit, a {@link LiquidationPolicy}, an {@link InsuranceFund}) and returns the same
 * {@link PathOutcome}. For tests and for checking a venue's own policy; never for the Monte Carlo.
 *
 * <p>Semantics (DESIGN §3, §5): liquidation is checked on every step {@code 1..T} after the price update, never at
 * {@code t0}; units in book order; after all units the fund takes the step's fees and absorbs its shortfall.
 */
public final class ReferenceSimulation {
    private final Book book;
    private final Venue venue;
    private final MarketIndex markets;
    private final RunMode mode;
    private final LiquidationPolicy policy;

    /** A simulation of {@code book} under {@code venue} in {@code mode}, with the venue's own policy. */
    public ReferenceSimulation(Book book, Venue venue, MarketIndex markets, RunMode mode) {
        this(book, venue, markets, mode, LiquidationPolicy.of(venue.liquidation()));
    }

    /** A simulation with another liquidation {@code policy} (a venue's own rules). */
    public ReferenceSimulation(Book book, Venue venue, MarketIndex markets, RunMode mode, LiquidationPolicy policy) {
        this.book = Objects.requireNonNull(book, "book");
        this.venue = Objects.requireNonNull(venue, "venue");
        this.markets = Objects.requireNonNull(markets, "markets");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** Runs one path: {@code rows[0]} are the start prices, {@code rows[1..T]} the marks of steps 1..T. */
    public PathOutcome run(double[][] rows) {
        return run(rows, null);
    }

    /**
     * Runs one path and, when {@code flows} is not null, writes each step's liquidation flow per market into
     * {@code flows[t]} (quote currency at mark; longs sold positive, shorts bought back negative).
     */
    public PathOutcome run(double[][] rows, double[][] flows) {
        if (rows.length < 1) {
            throw new IllegalArgumentException("rows: expected at least the start row, got none");
        }
        final BookLayout layout = BookLayout.of(book, venue, markets, rows[0], mode);
        final int accounts = book.accounts().size();
        final boolean[] liquidated = new boolean[accounts];
        final int[] firstStep = new int[accounts];
        java.util.Arrays.fill(firstStep, -1);
        final double[] accountShortfall = new double[accounts];
        final double[] accountFees = new double[accounts];
        final InsuranceFund fund = new InsuranceFund(venue.insuranceFund());
        double shortfall = 0.0;
        double fees = 0.0;
        double notional = 0.0;
        int pathFirstStep = -1;
        for (int t = 1; t < rows.length; t++) {
            final double[] row = layout.binding.checkRow("rows[" + t + "]", rows[t]);
            final double[] flow = new double[markets.size()];
            double stepFees = 0.0;
            double stepShortfall = 0.0;
            for (MarginUnit unit : layout.units) {
                if (!unit.isLiquidatable(row)) {
                    continue;
                }
                final LiquidationEvent event = policy.liquidate(unit, row, flow);
                final int a = unit.account();
                stepFees += event.fees();
                stepShortfall += event.shortfall();
                notional += event.closedNotional();
                accountFees[a] += event.fees();
                accountShortfall[a] += event.shortfall();
                if (!liquidated[a]) {
                    liquidated[a] = true;
                    firstStep[a] = t;
                }
                if (pathFirstStep < 0) {
                    pathFirstStep = t;
                }
            }
            fees += stepFees;
            shortfall += stepShortfall;
            fund.settle(stepFees, stepShortfall);
            if (flows != null) {
                System.arraycopy(flow, 0, flows[t], 0, flow.length);
            }
        }
        final double[] end = rows[rows.length - 1];
        final List<AccountOutcome> outcomes = new ArrayList<>();
        int liquidatedAccounts = 0;
        for (int a = 0; a < accounts; a++) {
            double value = 0.0;
            for (MarginUnit unit : layout.units) {
                if (unit.account() == a) {
                    value += unit.equity(end);
                }
            }
            value += layout.freeBalance[a];
            final double start = layout.startValue[a];
            outcomes.add(new AccountOutcome(book.accounts().get(a).id(), liquidated[a], firstStep[a],
                    accountShortfall[a], accountFees[a], start, value, start - Math.max(value, 0.0)));
            liquidatedAccounts += liquidated[a] ? 1 : 0;
        }
        return new PathOutcome(outcomes, liquidatedAccounts, shortfall, fees, fund.socialisedLoss(), fund.balance(),
                notional, fund.exhausted(), pathFirstStep);
    }
}
