package org.crossmargin.simulation.engine;

/**
 * Per-account sums over a set of paths for one mode: liquidation count, shortfall and user loss. One instance per
 * block of paths; blocks are merged in block order so double sums do not depend on the thread count.
 */
final class AccountTotals {
    final long[] liquidations;
    final double[] shortfall;
    final double[] userLoss;

    AccountTotals(int accounts) {
        liquidations = new long[accounts];
        shortfall = new double[accounts];
        userLoss = new double[accounts];
    }

    /** Adds {@code other} into this, account by account. */
    void add(AccountTotals other) {
        for (int a = 0; a < liquidations.length; a++) {
            liquidations[a] += other.liquidations[a];
            shortfall[a] += other.shortfall[a];
            userLoss[a] += other.userLoss[a];
        }
    }

    void clear() {
        java.util.Arrays.fill(liquidations, 0);
        java.util.Arrays.fill(shortfall, 0);
        java.util.Arrays.fill(userLoss, 0);
    }
}
