package org.crossmargin.simulation.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.crossmargin.core.book.RunMode;
import org.junit.jupiter.api.Test;

class ModeRunTest {
    private static final int ACCOUNTS = 7;
    private static final int PATHS = 1000;
    private static final int BLOCK = 64;

    /** Account outcome of (path, account), a function of the pair alone, as the runner's are. */
    private static double shortfall(int path, int account, boolean dyadic) {
        UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(path * 1_000L + account);
        double u = rng.nextDouble() * 1000;
        return dyadic ? Math.floor(u) / 4 : u; // quarters add exactly in any order
    }

    private static AccountTotals block(int from, int to, boolean dyadic) {
        AccountTotals totals = new AccountTotals(ACCOUNTS);
        for (int p = from; p < to; p++) {
            for (int a = 0; a < ACCOUNTS; a++) {
                double s = shortfall(p, a, dyadic);
                totals.add(a, s > 700, s, s - 100);
            }
        }
        return totals;
    }

    private static ModeRun mergedSequentially(boolean dyadic) {
        ModeRun run = new ModeRun(RunMode.CROSS, PATHS, ACCOUNTS);
        for (int from = 0; from < PATHS; from += BLOCK) {
            run.mergeAccounts(block(from, Math.min(PATHS, from + BLOCK), dyadic));
        }
        return run;
    }

    @Test
    void mergingBlocksInBlockOrderEqualsOnePassOverThePaths() {
        // With quarter values every partial sum is exact, so any association gives the one-pass sums exactly.
        ModeRun merged = mergedSequentially(true);
        AccountTotals onePass = block(0, PATHS, true);
        assertArrayEquals(onePass.liquidationCountUnsafe(), merged.accountTotals().liquidationCountUnsafe());
        assertArrayEquals(onePass.shortfallSumUnsafe(), merged.accountTotals().shortfallSumUnsafe(), 0.0);
        assertArrayEquals(onePass.userLossSumUnsafe(), merged.accountTotals().userLossSumUnsafe(), 0.0);
    }

    @Test
    void blocksComputedOnManyThreadsMergeToTheSameBits() throws Exception {
        ModeRun sequential = mergedSequentially(false);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<AccountTotals>> parts = new ArrayList<>();
            for (int from = PATHS - PATHS % BLOCK; from >= 0; from -= BLOCK) { // submitted in reverse on purpose
                final int start = from;
                parts.add(0, pool.submit(() -> block(start, Math.min(PATHS, start + BLOCK), false)));
            }
            ModeRun parallel = new ModeRun(RunMode.CROSS, PATHS, ACCOUNTS);
            for (Future<AccountTotals> part : parts) {
                parallel.mergeAccounts(part.get());
            }
            assertArrayEquals(sequential.accountTotals().shortfallSumUnsafe(),
                    parallel.accountTotals().shortfallSumUnsafe(), 0.0);
            assertArrayEquals(sequential.accountTotals().userLossSumUnsafe(),
                    parallel.accountTotals().userLossSumUnsafe(), 0.0);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void recordPathStoresEveryQuantityAtItsPath() {
        ModeRun run = new ModeRun(RunMode.ISOLATED, 3, 2, 4);
        run.recordPath(1, 2, 10.0, -5.0, 300.0, 4.0, 1.0, 0.0, true, 0.25);
        assertEquals(2, run.liquidatedAccountsUnsafe()[1]);
        assertEquals(10.0, run.shortfallUnsafe()[1], 0.0);
        assertEquals(-5.0, run.userLossUnsafe()[1], 0.0);
        assertEquals(300.0, run.liquidatedNotionalUnsafe()[1], 0.0);
        assertEquals(4.0, run.feesUnsafe()[1], 0.0);
        assertEquals(1.0, run.socialisedLossUnsafe()[1], 0.0);
        assertTrue(run.fundExhaustedUnsafe()[1]);
        assertEquals(0.25, run.firstLiquidationHoursUnsafe()[1], 0.0);
        assertTrue(Double.isNaN(run.firstLiquidationHoursUnsafe()[0]), "unrecorded paths have no liquidation");
        assertEquals(4, run.units());
    }

    @Test
    void recordPathRejectsImpossibleOutcomes() {
        ModeRun run = new ModeRun(RunMode.CROSS, 3, 2);
        assertThrows(IllegalArgumentException.class,
                () -> run.recordPath(0, 3, 0, 0, 0, 0, 0, 0, false, Double.NaN)); // 3 of 2 accounts
        assertThrows(IllegalArgumentException.class,
                () -> run.recordPath(0, 0, -1, 0, 0, 0, 0, 0, false, Double.NaN));
        assertThrows(IllegalArgumentException.class,
                () -> run.recordPath(0, 0, Double.NaN, 0, 0, 0, 0, 0, false, Double.NaN));
        assertThrows(IllegalArgumentException.class,
                () -> run.recordPath(0, 1, 0, 0, 0, 0, 0, 0, false, -1.0));
        assertThrows(IllegalArgumentException.class, () -> new ModeRun(RunMode.CROSS, 0, 2));
    }

    @Test
    void mergingARunOfAnotherModeIsRejected() {
        ModeRun cross = new ModeRun(RunMode.CROSS, 3, 2);
        assertThrows(IllegalArgumentException.class, () -> cross.mergeAccounts(new ModeRun(RunMode.ISOLATED, 3, 2)));
        assertThrows(IllegalArgumentException.class, () -> cross.mergeAccounts(new AccountTotals(3)));
    }
}
