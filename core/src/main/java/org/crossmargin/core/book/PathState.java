package org.crossmargin.core.book;

import java.util.Arrays;
import org.crossmargin.core.liquidation.InsuranceFund;

/**
 * Per-worker scratch of one {@link CompiledBook}: the mutable state of one path (quantities, cash, live units,
 * per-account results, the fund, the last step's liquidation flow). Allocated once by
 * {@link CompiledBook#newState()}, restored per path by {@link #reset()} with array copies and fills: no allocation
 * per path or per step. Not thread-safe: one per worker.
 *
 * <p>Amounts are quote currency. Accessors allocate nothing.
 */
public final class PathState {
    final CompiledBook book;
    final double[] quantity;
    final double[] cash;
    final double[] kept;
    final boolean[] alive;
    final boolean[] accountLiquidated;
    final int[] accountFirstStep;
    final double[] accountShortfall;
    final double[] accountFees;
    final double[] accountEndValue;
    final double[] accountUserLoss;
    final double[] flow;
    /**
     * Per market: the factor a liquidation's fill is multiplied by before slippage, {@code exp(I / 2)} with market
     * impact (DESIGN §10), else 1.0 (and {@code x * 1.0 == x} in IEEE arithmetic, so fills are unchanged).
     */
    final double[] fillFactor;
    /** Set only by the market-impact runner: records each liquidation so that a step can be rolled back. */
    LiquidationJournal journal;
    /** Per position: a hint of its tier (an index into the book's flat tier arrays), see CompiledBook#maintenance. */
    final int[] tier;
    /** Per position: a hint of the tier of its start quantity, for the report's totals (ReportTotals). */
    final int[] startTier;
    /** Partial liquidation's visit order and its maintenance keys, sized for the largest unit. */
    final int[] order;
    final double[] orderKey;
    final InsuranceFund fund;
    /** The screened kernel's scratch (price ranges, flagged units). */
    final ScreenedKernel kernel;
    /** The exhaustive kernel's scratch (per-unit sums). */
    final ExhaustiveKernel sweep;
    /** The units liquidated since the path began, each once, in the order of their first event (for the totals). */
    final int[] touched;
    private final boolean[] isTouched;
    int touchedCount;
    /** The units that died since the path began, in the order they died (each dies once). */
    final int[] dead;
    int deadCount;
    /** The dead units' start contributions per market, for the report's totals. */
    final DeadUnitTotals deadTotals;
    double shortfall;
    double fees;
    double liquidatedNotional;
    int liquidatedAccounts;
    int firstLiquidationStep;
    double stepFees;
    /** True when {@link #flow} may hold nonzeros (a liquidation since it was last cleared). */
    boolean flowDirty;
    double stepShortfall;
    /** The last liquidation event of a unit (fees, shortfall, closed notional): returned through fields, not a new. */
    double eventFees;
    double eventShortfall;
    double eventNotional;

    PathState(CompiledBook book) {
        this.book = book;
        this.quantity = new double[book.positions()];
        this.cash = new double[book.units()];
        this.kept = new double[book.units()];
        this.alive = new boolean[book.units()];
        final int accounts = book.accounts();
        this.accountLiquidated = new boolean[accounts];
        this.accountFirstStep = new int[accounts];
        this.accountShortfall = new double[accounts];
        this.accountFees = new double[accounts];
        this.accountEndValue = new double[accounts];
        this.accountUserLoss = new double[accounts];
        this.flow = new double[book.markets()];
        this.fillFactor = new double[book.markets()];
        this.tier = new int[book.positions()];
        book.firstTiers(tier);
        this.startTier = new int[book.positions()];
        book.firstTiers(startTier);
        this.order = new int[book.maxPositionsPerUnit()];
        this.orderKey = new double[book.maxPositionsPerUnit()];
        this.fund = new InsuranceFund(book.insuranceFundStart());
        this.kernel = new ScreenedKernel(book);
        this.sweep = new ExhaustiveKernel(book);
        this.touched = new int[book.units()];
        this.isTouched = new boolean[book.units()];
        this.dead = new int[book.units()];
        this.deadTotals = new DeadUnitTotals(book);
        book.copyStartQuantities(quantity);
        Arrays.fill(alive, true);
        Arrays.fill(accountFirstStep, -1);
        reset();
    }

    /**
     * Restores the start of a path: compiled quantities, no cash, every unit alive, nothing liquidated. Only the
     * units a liquidation touched (and their accounts) can have left their start values, so only they are put back:
     * a calm path costs nothing here, where refilling every array cost about 3% of a canonical run.
     */
    public void reset() {
        final CompiledBook b = book;
        for (int i = 0; i < touchedCount; i++) {
            final int u = touched[i];
            isTouched[u] = false;
            final int first = b.firstPosition[u];
            System.arraycopy(b.startQuantity, first, quantity, first, b.firstPosition[u + 1] - first);
            cash[u] = 0.0;
            kept[u] = 0.0;
            alive[u] = true;
            final int a = b.unitAccount[u];
            accountLiquidated[a] = false;
            accountFirstStep[a] = -1;
            accountShortfall[a] = 0.0;
            accountFees[a] = 0.0;
        }
        touchedCount = 0;
        deadCount = 0;
        deadTotals.clear();
        Arrays.fill(accountEndValue, 0.0);
        Arrays.fill(accountUserLoss, 0.0);
        Arrays.fill(flow, 0.0);
        Arrays.fill(fillFactor, 1.0);
        flowDirty = false;
        fund.reset(book.insuranceFundStart());
        shortfall = 0.0;
        fees = 0.0;
        liquidatedNotional = 0.0;
        liquidatedAccounts = 0;
        firstLiquidationStep = -1;
        stepFees = 0.0;
        stepShortfall = 0.0;
    }

    /** Notes that unit {@code u}'s quantities, cash or life may have left their start values. */
    void touch(int u) {
        if (!isTouched[u]) {
            isTouched[u] = true;
            touched[touchedCount++] = u;
        }
    }

    /** Forgets the units first touched after the first {@code count} (a rolled-back step's). */
    void untouchSince(int count) {
        for (int i = count; i < touchedCount; i++) {
            isTouched[touched[i]] = false;
        }
        touchedCount = count;
    }

    /** Ends the life of unit {@code u} (its positions are closed). */
    void die(int u) {
        alive[u] = false;
        dead[deadCount++] = u;
    }

    /** Revives the units that died after the first {@code count} deaths (a rolled-back step's). */
    void reviveSince(int count) {
        for (int i = count; i < deadCount; i++) {
            alive[dead[i]] = true;
        }
        deadCount = count;
        deadTotals.forgetSince(count);
    }

    /** Shortfall (bad debt) summed over the path so far. */
    public double shortfall() {
        return shortfall;
    }

    /** Liquidation fees summed over the path so far. */
    public double fees() {
        return fees;
    }

    /** Shortfall the insurance fund could not absorb, summed over the path so far. */
    public double socialisedLoss() {
        return fund.socialisedLoss();
    }

    /** The insurance fund now. */
    public double insuranceFund() {
        return fund.balance();
    }

    /** Notional closed by liquidations so far, at mark. */
    public double liquidatedNotional() {
        return liquidatedNotional;
    }

    /** Accounts with at least one liquidation event so far. */
    public int liquidatedAccounts() {
        return liquidatedAccounts;
    }

    /** True once some shortfall has been socialised on this path. */
    public boolean fundExhausted() {
        return fund.exhausted();
    }

    /** Step (1-based) of the path's first liquidation, -1 when none. */
    public int firstLiquidationStep() {
        return firstLiquidationStep;
    }

    /** True when account {@code a} (book order) had a liquidation event. */
    public boolean accountLiquidated(int a) {
        return accountLiquidated[a];
    }

    /** Step of account {@code a}'s first liquidation event, -1 when none. */
    public int accountFirstLiquidationStep(int a) {
        return accountFirstStep[a];
    }

    /** Shortfall left by account {@code a}'s units. */
    public double accountShortfall(int a) {
        return accountShortfall[a];
    }

    /** Liquidation fees paid by account {@code a}'s units. */
    public double accountFees(int a) {
        return accountFees[a];
    }

    /** User loss of account {@code a}: start value minus max(end value, 0); set by {@link CompiledBook#finish}. */
    public double accountUserLoss(int a) {
        return accountUserLoss[a];
    }

    /** Value of account {@code a} at the horizon; set by {@link CompiledBook#finish}. */
    public double accountEndValue(int a) {
        return accountEndValue[a];
    }

    /**
     * The liquidation flow per market of the last step, quote currency at mark (longs sold positive, shorts bought
     * back negative). The live array, refilled each step: read it, do not keep or change it.
     */
    public double[] liquidationFlowUnsafe() {
        return flow;
    }

    /** The path's outcome as a record (allocates; for tests and reports). */
    public PathOutcome toOutcome() {
        return book.outcome(this);
    }
}
