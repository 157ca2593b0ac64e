package org.crossmargin.simulation.stats;

/** Computes the {@link ModeSummary} of a filled {@link ModeRun} (DESIGN §5). */
public final class ModeStatistics {
    private ModeStatistics() {
    }

    /** The statistics of {@code run}; every path must have been recorded and every block merged. */
    public static ModeSummary of(ModeRun run) {
        final int paths = run.paths();
        final int[] liquidated = run.liquidatedAccountsUnsafe();
        int anyLiquidation = 0;
        for (int count : liquidated) {
            if (count > 0) {
                anyLiquidation++;
            }
        }
        final boolean[] exhausted = run.fundExhaustedUnsafe();
        int exhaustedPaths = 0;
        for (boolean e : exhausted) {
            if (e) {
                exhaustedPaths++;
            }
        }
        // antithetic pairs: standard errors from pair means; time to first liquidation is over a subset, unpaired
        final boolean pairs = run.antithetic();
        return new ModeSummary(run.mode(), paths, run.accounts(), run.units(),
                (double) anyLiquidation / paths, WilsonInterval.of(anyLiquidation, paths),
                meanAccountLiquidationProbability(run),
                Distribution.of(liquidated, pairs), Distribution.of(run.shortfallUnsafe(), pairs),
                Distribution.of(run.userLossUnsafe(), pairs), Distribution.of(run.liquidatedNotionalUnsafe(), pairs),
                Distribution.of(run.feesUnsafe(), pairs), Distribution.of(run.socialisedLossUnsafe(), pairs),
                Distribution.of(run.fundEndUnsafe(), pairs),
                (double) exhaustedPaths / paths, WilsonInterval.of(exhaustedPaths, paths),
                Distribution.of(withoutNaN(run.firstLiquidationHoursUnsafe())));
    }

    /**
     * The mean over accounts of each account's liquidation probability, {@code sum_a count_a / (paths * accounts)};
     * NaN for an empty book.
     */
    static double meanAccountLiquidationProbability(ModeRun run) {
        final long[] counts = run.accountTotals().liquidationCountUnsafe();
        if (counts.length == 0) {
            return Double.NaN;
        }
        long total = 0;
        for (long count : counts) {
            total += count;
        }
        return (double) total / ((double) run.paths() * counts.length);
    }

    /** The values that are not NaN, in path order (the paths that have a first liquidation). */
    static double[] withoutNaN(double[] values) {
        int n = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                n++;
            }
        }
        final double[] kept = new double[n];
        int i = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                kept[i++] = v;
            }
        }
        return kept;
    }
}
