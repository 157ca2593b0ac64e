package org.crossmargin.core.book;

/**
 * An undo log of one step of a {@link PathState}: the path totals and the fund as they stood before the step, and the
 * state of every unit (and its account) just before it was liquidated. With market impact a liquidation fills at
 * {@code mark * exp(I / 2)} where {@code I} is the impact of its own step's flow, known only after the step; the
 * {@link ImpactPathRunner} therefore runs a step, reads its flow, rolls it back with this log and runs it again with
 * the fills corrected. Only liquidations write here, so a step without one costs a few field copies.
 *
 * <p>Capacity: in one step each unit is visited once, so at most {@code units} entries and {@code positions}
 * quantities. Allocated once per worker; allocates nothing afterwards.
 */
final class LiquidationJournal {
    private final CompiledBook book;
    private final int[] unit;
    private final double[] cash;
    private final double[] kept;
    private final boolean[] accountLiquidated;
    private final int[] accountFirstStep;
    private final double[] accountFees;
    private final double[] accountShortfall;
    private final double[] quantity;
    private int entries;
    private int quantities;
    private double liquidatedNotional;
    private double fees;
    private double shortfall;
    private int liquidatedAccounts;
    private int firstLiquidationStep;
    private double fundBalance;
    private double fundSocialised;
    private boolean fundExhausted;
    /** The state's count of touched units at the mark: units first touched after it are untouched again. */
    private int touchedCount;
    private int deadCount;

    LiquidationJournal(CompiledBook book) {
        this.book = book;
        final int units = book.units();
        this.unit = new int[units];
        this.cash = new double[units];
        this.kept = new double[units];
        this.accountLiquidated = new boolean[units];
        this.accountFirstStep = new int[units];
        this.accountFees = new double[units];
        this.accountShortfall = new double[units];
        this.quantity = new double[book.positions()];
    }

    /** Starts a new log at the state of {@code s} now (before a step). */
    void mark(PathState s) {
        entries = 0;
        quantities = 0;
        liquidatedNotional = s.liquidatedNotional;
        fees = s.fees;
        shortfall = s.shortfall;
        liquidatedAccounts = s.liquidatedAccounts;
        firstLiquidationStep = s.firstLiquidationStep;
        fundBalance = s.fund.balance();
        fundSocialised = s.fund.socialisedLoss();
        fundExhausted = s.fund.exhausted();
        touchedCount = s.touchedCount;
        deadCount = s.deadCount;
    }

    /** Records unit {@code u} and its account as they are just before the unit's liquidation. */
    void record(PathState s, int u) {
        if (entries == unit.length) {
            throw new IllegalStateException("liquidation journal: more than " + unit.length
                    + " liquidations in one step; expected each unit at most once");
        }
        final int e = entries++;
        final int a = book.unitAccount[u];
        unit[e] = u;
        cash[e] = s.cash[u];
        kept[e] = s.kept[u];
        accountLiquidated[e] = s.accountLiquidated[a];
        accountFirstStep[e] = s.accountFirstStep[a];
        accountFees[e] = s.accountFees[a];
        accountShortfall[e] = s.accountShortfall[a];
        final int first = book.firstPosition[u];
        final int count = book.firstPosition[u + 1] - first;
        System.arraycopy(s.quantity, first, quantity, quantities, count);
        quantities += count;
    }

    /** Puts {@code s} back to where it was at {@link #mark}, newest entry first, and starts the log afresh. */
    void rollback(PathState s) {
        for (int e = entries - 1; e >= 0; e--) {
            final int u = unit[e];
            final int a = book.unitAccount[u];
            final int first = book.firstPosition[u];
            final int count = book.firstPosition[u + 1] - first;
            quantities -= count;
            System.arraycopy(quantity, quantities, s.quantity, first, count);
            s.cash[u] = cash[e];
            s.kept[u] = kept[e];
            s.accountLiquidated[a] = accountLiquidated[e];
            s.accountFirstStep[a] = accountFirstStep[e];
            s.accountFees[a] = accountFees[e];
            s.accountShortfall[a] = accountShortfall[e];
        }
        entries = 0;
        quantities = 0;
        s.liquidatedNotional = liquidatedNotional;
        s.fees = fees;
        s.shortfall = shortfall;
        s.liquidatedAccounts = liquidatedAccounts;
        s.firstLiquidationStep = firstLiquidationStep;
        s.fund.restore(fundBalance, fundSocialised, fundExhausted);
        s.untouchSince(touchedCount);
        s.reviveSince(deadCount);
    }
}
