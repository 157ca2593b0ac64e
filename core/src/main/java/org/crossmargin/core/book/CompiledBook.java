package org.crossmargin.core.book;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.crossmargin.core.liquidation.LiquidationMode;
import org.crossmargin.core.liquidation.LiquidationRules;
import org.crossmargin.core.market.MarketIndex;

/**
 * A book compiled for the hot loop: immutable struct-of-arrays, one array per field, built by
 * {@link Book#compile(Venue, MarketIndex, double[], RunMode)} for one run mode at start prices.
 *
 * <p>Why this layout: a step touches every live unit, so its data must be contiguous primitives the CPU streams
 * through without pointer chasing or boxing. Positions are sorted by unit and units by account, so a unit is the
 * slice {@code firstPosition[u] .. firstPosition[u + 1]} (collateral likewise) and an account the slice of units
 * {@code firstUnit[a] .. firstUnit[a + 1]}; a position carries its price column, so a mark is
 * {@code prices[rowOffset + column[p]]}. Tier tables are flattened per market (caps, maintenance rates and amounts in
 * {@code tierFirst[m] .. tierFirst[m + 1]}), so a maintenance look-up is a short scan with no object in sight. The
 * per-path mutable state lives in a {@link PathState} owned by one worker, reset by array copies.
 *
 * <p>Results equal {@link ReferenceSimulation}'s on the same prices (jqwik-checked): sums run in the same order.
 * Amounts are quote currency.
 */
public final class CompiledBook {
    final RunMode mode;
    final int markets;
    final String[] accountId;
    final int[] firstUnit;
    final double[] freeBalance;
    final double[] startValue;
    final String[] unitLabel;
    final int[] unitAccount;
    final int[] firstPosition;
    final int[] firstCollateral;
    final double[] unitMargin;
    final int[] positionColumn;
    final double[] startQuantity;
    final double[] entryPrice;
    final int[] collateralColumn;
    final double[] collateralAmount;
    final int[] tierFirst;
    final double[] tierCap;
    final double[] tierRate;
    final double[] tierAmount;
    final double[] tierLow;
    final double[] tierHigh;
    final double feeRate;
    final double longFill;
    final double shortFill;
    final boolean partial;
    final double partialFraction;
    final double insuranceFundStart;
    final int maxPositionsPerUnit;
    private final double[] startPrices;
    /** The report's book-wide totals, built once from the start quantities. */
    private final ReportTotals reportTotals;

    CompiledBook(Book book, Venue venue, MarketIndex index, double[] start, RunMode mode) {
        final BookLayout layout = BookLayout.of(book, venue, index, start, mode);
        this.mode = mode;
        this.markets = index.size();
        this.startPrices = start.clone();
        final FlatUnits flat = new FlatUnits(book, layout);
        this.accountId = flat.accountId;
        this.firstUnit = flat.firstUnit;
        this.freeBalance = layout.freeBalance.clone();
        this.startValue = layout.startValue.clone();
        this.unitLabel = flat.unitLabel;
        this.unitAccount = flat.unitAccount;
        this.firstPosition = flat.firstPosition;
        this.firstCollateral = flat.firstCollateral;
        this.unitMargin = flat.unitMargin;
        this.maxPositionsPerUnit = flat.maxPositionsPerUnit;
        this.positionColumn = flat.positionColumn;
        this.startQuantity = flat.startQuantity;
        this.entryPrice = flat.entryPrice;
        this.collateralColumn = flat.collateralColumn;
        this.collateralAmount = flat.collateralAmount;
        final FlatTiers tiers = new FlatTiers(venue, index);
        this.tierFirst = tiers.first;
        this.tierCap = tiers.cap;
        this.tierRate = tiers.rate;
        this.tierAmount = tiers.amount;
        this.tierLow = tiers.low;
        this.tierHigh = tiers.high;
        final LiquidationRules rules = venue.liquidation();
        this.feeRate = rules.feeRate();
        this.longFill = 1.0 - rules.slippage();
        this.shortFill = 1.0 + rules.slippage();
        this.partial = rules.mode() == LiquidationMode.PARTIAL;
        this.partialFraction = rules.partialFraction();
        this.insuranceFundStart = venue.insuranceFund();
        this.reportTotals = new ReportTotals(this);
    }

    /** Per-worker scratch for this book, allocated once and reset per path. */
    public PathState newState() {
        return new PathState(this);
    }

    /** Fills {@code into[p]} with the first tier of position {@code p}'s market: a valid tier hint. */
    void firstTiers(int[] into) {
        for (int p = 0; p < into.length; p++) {
            into[p] = tierFirst[positionColumn[p]];
        }
    }

    void copyStartQuantities(double[] into) {
        System.arraycopy(startQuantity, 0, into, 0, startQuantity.length);
    }

    /**
     * Maintenance margin of a position of {@code notional} in market column {@code market}: the first tier whose
     * cap holds the notional, else the last ({@code MaintenanceSchedule.tierIndex}), {@code N rate - amount}.
     */
    double maintenance(int market, double notional) {
        final int k = tierIndex(market, notional);
        return notional * tierRate[k] - tierAmount[k];
    }

    /** Index into the flat tier arrays of the tier of market {@code market} that holds {@code notional}. */
    int tierIndex(int market, double notional) {
        final int last = tierFirst[market + 1] - 1;
        int k = tierFirst[market];
        while (k < last && notional > tierCap[k]) {
            k++;
        }
        return k;
    }

    /**
     * {@link #maintenance} of position {@code p}, bit for bit, starting from the tier cached in {@code tier[p]}:
     * notionals move little from step to step, so the cached tier almost always holds, and checking its range
     * {@code (low, high]} is two well-predicted compares instead of a scan that mispredicts wherever neighbouring
     * positions sit in different tiers. The cache is only a hint (any tier of the market is a valid start): a miss
     * scans and updates it. A NaN notional gives NaN with any tier, as in {@link #maintenance}.
     */
    double maintenance(int[] tier, int p, int market, double notional) {
        int k = tier[p];
        if (notional > tierHigh[k] || notional <= tierLow[k]) {
            k = tierIndex(market, notional);
            tier[p] = k;
        }
        return notional * tierRate[k] - tierAmount[k];
    }

    /** Equity of live unit {@code u} at the row at {@code off}: collateral, margin, cash, then positions. */
    double unitEquity(PathState s, int u, double[] prices, int off) {
        double equity = 0.0;
        for (int c = firstCollateral[u]; c < firstCollateral[u + 1]; c++) {
            equity += collateralAmount[c] * prices[off + collateralColumn[c]];
        }
        equity += unitMargin[u];
        equity += s.cash[u];
        final double[] q = s.quantity;
        for (int p = firstPosition[u]; p < firstPosition[u + 1]; p++) {
            if (q[p] != 0.0) {
                equity += q[p] * (prices[off + positionColumn[p]] - entryPrice[p]);
            }
        }
        return equity;
    }

    /** Maintenance margin of live unit {@code u} at the row at {@code off}. */
    double unitMaintenance(PathState s, int u, double[] prices, int off) {
        double total = 0.0;
        final double[] q = s.quantity;
        for (int p = firstPosition[u]; p < firstPosition[u + 1]; p++) {
            if (q[p] != 0.0) {
                total += maintenance(s.tier, p, positionColumn[p], Math.abs(q[p]) * prices[off + positionColumn[p]]);
            }
        }
        return total;
    }

    /**
     * Applies the marks {@code prices[rowOffset .. rowOffset + markets())} of step {@code step} (1-based) to every
     * live unit in book order, liquidates those at or below maintenance, then settles the insurance fund: the
     * exhaustive kernel ({@link ExhaustiveKernel}), the reference the screened {@link #runPath} equals bit for bit.
     * Allocates nothing.
     */
    public void step(PathState s, double[] prices, int rowOffset, int step) {
        s.sweep.step(s, prices, rowOffset, step);
    }

    /** Starts a step: no flow, fees or shortfall yet. */
    void beginStep(PathState s) {
        if (s.flowDirty) { // the flow is all zeros unless the last step liquidated: skip refilling zeros
            Arrays.fill(s.flow, 0.0);
            s.flowDirty = false;
        }
        s.stepFees = 0.0;
        s.stepShortfall = 0.0;
    }

    /** Ends a step: adds its fees and shortfall to the path's and settles the fund. */
    void endStep(PathState s) {
        s.fees += s.stepFees;
        s.shortfall += s.stepShortfall;
        s.fund.settle(s.stepFees, s.stepShortfall);
    }

    /** Values every account at the horizon row at {@code rowOffset}: end value and user loss. */
    public void finish(PathState s, double[] prices, int rowOffset) {
        // unitEquity written out with its arrays in locals: C1, which runs short runs, inlines neither
        final double[] q = s.quantity;
        final double[] cash = s.cash;
        final double[] kept = s.kept;
        final boolean[] alive = s.alive;
        final double[] endValue = s.accountEndValue;
        final double[] userLoss = s.accountUserLoss;
        for (int a = 0; a < accountId.length; a++) {
            double value = 0.0;
            for (int u = firstUnit[a]; u < firstUnit[a + 1]; u++) {
                if (!alive[u]) {
                    value += kept[u];
                    continue;
                }
                double equity = 0.0;
                for (int c = firstCollateral[u]; c < firstCollateral[u + 1]; c++) {
                    equity += collateralAmount[c] * prices[rowOffset + collateralColumn[c]];
                }
                equity += unitMargin[u];
                equity += cash[u];
                for (int p = firstPosition[u]; p < firstPosition[u + 1]; p++) {
                    if (q[p] != 0.0) {
                        equity += q[p] * (prices[rowOffset + positionColumn[p]] - entryPrice[p]);
                    }
                }
                value += equity;
            }
            value += freeBalance[a];
            endValue[a] = value;
            userLoss[a] = startValue[a] - Math.max(value, 0.0);
        }
    }

    /**
     * Runs one whole path with the screened kernel: reset, steps {@code 1..steps} over rows {@code 1..steps} of
     * {@code prices} ({@code double[(steps + 1) * markets()]}, row 0 the start prices), then {@link #finish}. The
     * same bits as {@link #step} on every step, skipping units an exact bound clears ({@link ScreenedKernel}).
     */
    public void runPath(PathState s, double[] prices, int steps) {
        runPath(s, prices, steps, null);
    }

    /**
     * {@link #runPath(PathState, double[], int)}, telling {@code observer} (when not null) after every step: for the
     * paths whose per-step aggregates a report samples. One screened run, the same bits as without an observer.
     */
    public void runPath(PathState s, double[] prices, int steps, StepObserver observer) {
        runPath(s, prices, steps, null, observer);
    }

    /**
     * {@link #runPath(PathState, double[], int, StepObserver)} against {@code ranges}, built by
     * {@link PriceRanges#build(double[], int)} from these prices and steps (null: built here): every margin mode run
     * on one path can share one, so the block ranges are computed once per path rather than once per mode.
     */
    public void runPath(PathState s, double[] prices, int steps, PriceRanges ranges, StepObserver observer) {
        s.reset();
        s.kernel.advance(s, prices, 1, steps, ranges, observer, true);
        finish(s, prices, steps * markets);
    }

    /**
     * Runs steps {@code first..last} (1-based, inclusive) of {@code prices} with the screened kernel, continuing the
     * path in {@code s}: the state afterwards is bit for bit what {@link #step} on each of those steps leaves.
     * Lets a caller stop at chosen steps (to sample totals) and go on. Allocates nothing.
     */
    public void advance(PathState s, double[] prices, int first, int last) {
        s.kernel.advance(s, prices, first, last, null, null, false);
    }

    /** The path's outcome as a record (allocates; for tests and reports). */
    public PathOutcome outcome(PathState s) {
        final List<AccountOutcome> outcomes = new ArrayList<>();
        for (int a = 0; a < accountId.length; a++) {
            outcomes.add(new AccountOutcome(accountId[a], s.accountLiquidated[a], s.accountFirstStep[a],
                    s.accountShortfall[a], s.accountFees[a], startValue[a], s.accountEndValue[a],
                    s.accountUserLoss[a]));
        }
        return new PathOutcome(outcomes, s.liquidatedAccounts, s.shortfall, s.fees, s.socialisedLoss(),
                s.insuranceFund(), s.liquidatedNotional, s.fundExhausted(), s.firstLiquidationStep);
    }

    /**
     * Total equity of the live units at the row at {@code off} into {@code into[0]} and their total maintenance
     * margin into {@code into[1]}, in one pass: for the report's sampled steps. Allocates nothing.
     */
    public void liveTotals(PathState s, double[] prices, int off, double[] into) {
        reportTotals.live(s, prices, off, into);
    }

    /** Total equity of the live units at the row at {@code off}: {@link #liveTotals}' first total. */
    public double totalEquity(PathState s, double[] prices, int off) {
        final double[] totals = new double[2];
        liveTotals(s, prices, off, totals);
        return totals[0];
    }

    /** Total maintenance margin of the live units at the row at {@code off}: {@link #liveTotals}' second total. */
    public double totalMaintenanceMargin(PathState s, double[] prices, int off) {
        final double[] totals = new double[2];
        liveTotals(s, prices, off, totals);
        return totals[1];
    }

    /**
     * Units at or below maintenance at the start prices (they are not liquidated at {@code t0}), one warning each:
     * {@code account A0001 (cross): equity 950.00 <= maintenance 1,000.00 at t0}.
     */
    public List<String> unitsAtOrBelowMaintenance() {
        return StartWarnings.atOrBelowMaintenance(this, startPrices);
    }

    /** Start price of market column {@code m}. */
    double startPrice(int m) {
        return startPrices[m];
    }

    /** Number of accounts. */
    public int accounts() {
        return accountId.length;
    }

    /** Number of units (cross accounts and isolated positions). */
    public int units() {
        return unitLabel.length;
    }

    /** Number of positions. */
    public int positions() {
        return startQuantity.length;
    }

    /** Number of markets (columns of a price row). */
    public int markets() {
        return markets;
    }

    /** The run mode compiled for. */
    public RunMode mode() {
        return mode;
    }

    /** Id of account {@code a} (book order). */
    public String accountId(int a) {
        return accountId[a];
    }

    /** Value of account {@code a} at the start prices, quote currency. */
    public double accountStartValue(int a) {
        return startValue[a];
    }

    /** Largest number of positions in one unit (sizes the partial-liquidation scratch). */
    int maxPositionsPerUnit() {
        return maxPositionsPerUnit;
    }

    /** The insurance fund at the start of every path. */
    double insuranceFundStart() {
        return insuranceFundStart;
    }
}
