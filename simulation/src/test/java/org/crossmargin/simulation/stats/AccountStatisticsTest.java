package org.crossmargin.simulation.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.crossmargin.core.book.RunMode;
import org.junit.jupiter.api.Test;

class AccountStatisticsTest {
    private static final List<AccountInfo> INFOS = List.of(
            new AccountInfo("A1", 10_000, 50_000, "USDT"),
            new AccountInfo("A2", 2_000, 30_000, "USDT+BTC"),
            new AccountInfo("A3", -500, 1_000, ""));

    @Test
    void rowsCarryEachAccountsProbabilityIntervalAndMeans() {
        List<AccountStatistics> rows = AccountStatistics.of(TinyRuns.cross(), INFOS);
        assertEquals(3, rows.size());
        AccountStatistics first = rows.get(0);
        // Account A1: liquidated on 3 of 4 paths; shortfall 0 + 300 + 0 + 1000 = 1300 -> 325 per path;
        // user loss -50 + 300 + 200 + 500 = 950 -> 237.5.
        assertEquals("A1", first.account().id());
        assertEquals(RunMode.CROSS, first.mode());
        assertEquals(0.75, first.liquidationProbability(), 0.0);
        assertEquals(WilsonInterval.of(3, 4), first.ci95());
        assertEquals(325.0, first.meanShortfall(), 0.0);
        assertEquals(237.5, first.meanUserLoss(), 0.0);
        // A3: 1 of 4; user loss (-50 + 100) / 4 = 12.5.
        assertEquals(0.25, rows.get(2).liquidationProbability(), 0.0);
        assertEquals(12.5, rows.get(2).meanUserLoss(), 0.0);
    }

    @Test
    void leverageIsNotionalOverStartValueAndUndefinedWithoutPositiveValue() {
        assertEquals(5.0, INFOS.get(0).leverage(), 0.0);  // 50000 / 10000
        assertEquals(15.0, INFOS.get(1).leverage(), 0.0); // 30000 / 2000
        assertTrue(Double.isNaN(INFOS.get(2).leverage()));
    }

    @Test
    void aRunWhoseBlocksWereMergedTwiceIsCaught() {
        ModeRun run = TinyRuns.cross();
        run.mergeAccounts(copy(run.accountTotals()));
        // Account A1 now counts 6 liquidations over 4 paths.
        assertThrows(IllegalStateException.class, () -> AccountStatistics.of(run, INFOS));
        assertThrows(IllegalArgumentException.class, () -> AccountStatistics.of(TinyRuns.cross(), INFOS.subList(0, 2)));
    }

    private static AccountTotals copy(AccountTotals totals) {
        AccountTotals copy = new AccountTotals(totals.accounts());
        copy.addAll(totals);
        return copy;
    }
}
