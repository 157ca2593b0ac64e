package org.crossmargin.simulation.stats;

import java.util.Arrays;

/**
 * Per-account sums over a set of paths, for one margin mode: how many paths liquidated each account, and its summed
 * shortfall and user loss (quote currency). Mutable; one instance per block of paths, owned by one worker.
 *
 * <p>Why sums and not per-path values: accounts × paths doubles would not fit for large books. Why per block:
 * double addition is not associative, so the runner sums each block's paths in path order into the block's own
 * totals and then merges the blocks into the run's totals in block order ({@link ModeRun#mergeAccounts}); a fixed
 * block size then gives the same bits for any number of threads.
 */
public final class AccountTotals {
    private final long[] liquidationCount;
    private final double[] shortfallSum;
    private final double[] userLossSum;

    /** Zero totals for {@code accounts} accounts in book order. */
    public AccountTotals(int accounts) {
        if (accounts < 0) {
            throw new IllegalArgumentException("accounts: expected a count >= 0, got " + accounts);
        }
        liquidationCount = new long[accounts];
        shortfallSum = new double[accounts];
        userLossSum = new double[accounts];
    }

    /** Number of accounts. */
    public int accounts() {
        return liquidationCount.length;
    }

    /**
     * Adds one path's outcome of one account.
     *
     * @param account    account index in book order
     * @param liquidated whether the account was liquidated on the path (in isolated mode: any of its positions)
     * @param shortfall  the account's shortfall on the path, quote currency, &gt;= 0
     * @param userLoss   the account's user loss on the path, quote currency (negative is a gain)
     */
    public void add(int account, boolean liquidated, double shortfall, double userLoss) {
        if (liquidated) {
            liquidationCount[account]++;
        }
        shortfallSum[account] += shortfall;
        userLossSum[account] += userLoss;
    }

    /** Adds {@code other}'s totals to these, account by account (this += other). */
    public void addAll(AccountTotals other) {
        if (other.accounts() != accounts()) {
            throw new IllegalArgumentException("accounts: expected " + accounts() + ", got " + other.accounts());
        }
        for (int a = 0; a < liquidationCount.length; a++) {
            liquidationCount[a] += other.liquidationCount[a];
            shortfallSum[a] += other.shortfallSum[a];
            userLossSum[a] += other.userLossSum[a];
        }
    }

    /** Resets every total to zero, so a worker can reuse the instance for its next block. */
    public void clear() {
        Arrays.fill(liquidationCount, 0L);
        Arrays.fill(shortfallSum, 0.0);
        Arrays.fill(userLossSum, 0.0);
    }

    /** Number of paths on which {@code account} was liquidated. */
    public long liquidationCount(int account) {
        return liquidationCount[account];
    }

    /** Sum of {@code account}'s shortfall over the paths, quote currency. */
    public double shortfallSum(int account) {
        return shortfallSum[account];
    }

    /** Sum of {@code account}'s user loss over the paths, quote currency. */
    public double userLossSum(int account) {
        return userLossSum[account];
    }

    /** The liquidation counts by account, without a copy: callers must not modify it. */
    public long[] liquidationCountUnsafe() {
        return liquidationCount;
    }

    /** The shortfall sums by account, without a copy: callers must not modify it. */
    public double[] shortfallSumUnsafe() {
        return shortfallSum;
    }

    /** The user-loss sums by account, without a copy: callers must not modify it. */
    public double[] userLossSumUnsafe() {
        return userLossSum;
    }
}
