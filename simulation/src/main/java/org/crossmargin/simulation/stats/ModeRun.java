package org.crossmargin.simulation.stats;

import java.util.Arrays;
import java.util.Objects;
import org.crossmargin.core.book.RunMode;

/**
 * The raw results of one margin mode of a Monte Carlo run, filled by the runner: one value per path of each
 * per-path quantity (arrays indexed by path) and per-account totals. Mutable; {@link ModeStatistics#of} turns it
 * into a {@link ModeSummary} once every path is recorded.
 *
 * <p>How the runner fills it: workers call {@link #recordPath} for the paths of their own block (distinct paths
 * write distinct array elements, so workers need no lock; the runner's join publishes the writes), sum the
 * per-account outcomes of the block into an {@link AccountTotals} of their own, and the runner then calls
 * {@link #mergeAccounts(AccountTotals)} once per block in block order, so double sums are the same for any
 * thread count. Money is in quote currency, times in hours.
 */
public final class ModeRun {
    private final RunMode mode;
    private final int paths;
    private final int units;
    private final double[] shortfall;
    private final double[] userLoss;
    private final double[] liquidatedNotional;
    private final double[] fees;
    private final double[] socialisedLoss;
    private final double[] fundEnd;
    private final double[] firstLiquidationHours;
    private final int[] liquidatedAccounts;
    private final boolean[] fundExhausted;
    private final AccountTotals accountTotals;
    /** Whether path 2k+1 is the antithetic mirror of path 2k (standard errors then come from pair means). */
    private boolean antithetic;

    /**
     * An empty run of {@code mode} over {@code paths} paths and {@code accounts} accounts whose margin units are
     * the accounts themselves (cross mode: one pool per account).
     */
    public ModeRun(RunMode mode, int paths, int accounts) {
        this(mode, paths, accounts, accounts);
    }

    /**
     * An empty run of {@code mode} over {@code paths} paths and {@code accounts} accounts, with {@code units}
     * margin units (isolated mode: one per position; booked mode: one per cross account plus one per isolated
     * position).
     */
    public ModeRun(RunMode mode, int paths, int accounts, int units) {
        this.mode = Objects.requireNonNull(mode, "mode");
        if (paths <= 0) {
            throw new IllegalArgumentException("paths: expected a number > 0, got " + paths);
        }
        if (accounts < 0 || units < 0) {
            throw new IllegalArgumentException("accounts, units: expected counts >= 0, got " + accounts + ", "
                    + units);
        }
        this.paths = paths;
        this.units = units;
        shortfall = new double[paths];
        userLoss = new double[paths];
        liquidatedNotional = new double[paths];
        fees = new double[paths];
        socialisedLoss = new double[paths];
        fundEnd = new double[paths];
        firstLiquidationHours = new double[paths];
        Arrays.fill(firstLiquidationHours, Double.NaN);
        liquidatedAccounts = new int[paths];
        fundExhausted = new boolean[paths];
        accountTotals = new AccountTotals(accounts);
    }

    /**
     * Records the book-level outcome of one path.
     *
     * @param path                  path index in [0, paths)
     * @param liquidatedAccounts    accounts liquidated on the path (isolated: accounts with a liquidated position)
     * @param shortfall             the venue's bad debt on the path, &gt;= 0
     * @param userLoss              users' loss summed over accounts (DESIGN §5; negative is a gain)
     * @param liquidatedNotional    notional closed by liquidations, at mark, &gt;= 0
     * @param fees                  liquidation fees paid into the insurance fund, &gt;= 0
     * @param socialisedLoss        shortfall the insurance fund could not absorb, &gt;= 0
     * @param fundEnd               insurance fund at the horizon
     * @param fundExhausted         whether some shortfall could not be absorbed on the path
     * @param firstLiquidationHours hours from the start to the first liquidation, NaN when none
     */
    public void recordPath(int path, int liquidatedAccounts, double shortfall, double userLoss,
                           double liquidatedNotional, double fees, double socialisedLoss, double fundEnd,
                           boolean fundExhausted, double firstLiquidationHours) {
        if (liquidatedAccounts < 0 || liquidatedAccounts > accountTotals.accounts()) {
            throw new IllegalArgumentException("path " + path + ": liquidated accounts: expected 0.."
                    + accountTotals.accounts() + ", got " + liquidatedAccounts);
        }
        checkNonNegative(path, "shortfall", shortfall);
        checkNonNegative(path, "liquidated notional", liquidatedNotional);
        checkNonNegative(path, "fees", fees);
        checkNonNegative(path, "socialised loss", socialisedLoss);
        if (!Double.isFinite(userLoss) || !Double.isFinite(fundEnd)) {
            throw new IllegalArgumentException("path " + path + ": user loss and fund: expected finite numbers, got "
                    + userLoss + ", " + fundEnd);
        }
        if (!(Double.isNaN(firstLiquidationHours) || firstLiquidationHours >= 0
                && firstLiquidationHours < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("path " + path + ": first liquidation: expected hours >= 0 or NaN, got "
                    + firstLiquidationHours);
        }
        this.liquidatedAccounts[path] = liquidatedAccounts;
        this.shortfall[path] = shortfall;
        this.userLoss[path] = userLoss;
        this.liquidatedNotional[path] = liquidatedNotional;
        this.fees[path] = fees;
        this.socialisedLoss[path] = socialisedLoss;
        this.fundEnd[path] = fundEnd;
        this.fundExhausted[path] = fundExhausted;
        this.firstLiquidationHours[path] = firstLiquidationHours;
    }

    private static void checkNonNegative(int path, String field, double value) {
        if (!(value >= 0 && value < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("path " + path + ": " + field + ": expected a finite number >= 0, got "
                    + value);
        }
    }

    /** Adds one block's per-account totals; call once per block, in block order. */
    public void mergeAccounts(AccountTotals blockPart) {
        accountTotals.addAll(blockPart);
    }

    /** Adds the per-account totals of {@code blockPart} (a run of the same mode over one block of paths). */
    public void mergeAccounts(ModeRun blockPart) {
        if (blockPart.mode != mode) {
            throw new IllegalArgumentException("mode: expected " + mode.label() + ", got " + blockPart.mode.label());
        }
        accountTotals.addAll(blockPart.accountTotals);
    }

    /** True when path 2k+1 is the antithetic mirror of path 2k. */
    public boolean antithetic() {
        return antithetic;
    }

    /** Marks this run's paths as antithetic pairs (2k, 2k+1), as the scenario's {@code antithetic: true} makes them. */
    public ModeRun withAntitheticPairs(boolean pairs) {
        this.antithetic = pairs;
        return this;
    }

    /** The margin mode. */
    public RunMode mode() {
        return mode;
    }

    /** Number of paths. */
    public int paths() {
        return paths;
    }

    /** Number of accounts of the book. */
    public int accounts() {
        return accountTotals.accounts();
    }

    /** Number of margin units in this mode (accounts in cross, positions in isolated). */
    public int units() {
        return units;
    }

    /** The per-account totals over the merged paths, without a copy (the runner may add to them directly). */
    public AccountTotals accountTotals() {
        return accountTotals;
    }

    /** Shortfall by path, quote currency; zero-copy, read-only for callers other than the runner. */
    public double[] shortfallUnsafe() {
        return shortfall;
    }

    /** User loss (summed over accounts) by path, quote currency; zero-copy. */
    public double[] userLossUnsafe() {
        return userLoss;
    }

    /** Liquidated notional by path, quote currency; zero-copy. */
    public double[] liquidatedNotionalUnsafe() {
        return liquidatedNotional;
    }

    /** Liquidation fees by path, quote currency; zero-copy. */
    public double[] feesUnsafe() {
        return fees;
    }

    /** Socialised loss by path, quote currency; zero-copy. */
    public double[] socialisedLossUnsafe() {
        return socialisedLoss;
    }

    /** Insurance fund at the horizon by path, quote currency; zero-copy. */
    public double[] fundEndUnsafe() {
        return fundEnd;
    }

    /** Hours to the first liquidation by path, NaN where none; zero-copy. */
    public double[] firstLiquidationHoursUnsafe() {
        return firstLiquidationHours;
    }

    /** Liquidated accounts by path; zero-copy. */
    public int[] liquidatedAccountsUnsafe() {
        return liquidatedAccounts;
    }

    /** Whether the insurance fund was exhausted, by path; zero-copy. */
    public boolean[] fundExhaustedUnsafe() {
        return fundExhausted;
    }
}
