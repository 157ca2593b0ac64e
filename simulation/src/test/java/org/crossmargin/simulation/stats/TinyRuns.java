package org.crossmargin.simulation.stats;

import org.crossmargin.core.book.RunMode;

/**
 * Two hand-built runs of a 3-account book over 4 paths, cross and isolated on the same paths, with a venue fund of
 * 1000 at the start of every path. Cross path 3: fees 37.5 enter the fund (1037.5), shortfall 1500 takes it to
 * -462.5, so 462.5 is socialised and the fund ends at 0, exhausted.
 */
public final class TinyRuns {
    private TinyRuns() {
    }

    public static ModeRun cross() {
        ModeRun run = new ModeRun(RunMode.CROSS, 4, 3);
        //           path liq shortfall user  notional fees  social fundEnd exhausted first
        run.recordPath(0, 0, 0.0, -100.0, 0.0, 0.0, 0.0, 1000.0, false, Double.NaN);
        run.recordPath(1, 2, 300.0, 500.0, 2000.0, 25.0, 0.0, 725.0, false, 2.5);
        run.recordPath(2, 1, 0.0, 200.0, 1000.0, 12.5, 0.0, 1012.5, false, 6.0);
        run.recordPath(3, 3, 1500.0, 900.0, 3000.0, 37.5, 462.5, 0.0, true, 1.0);
        AccountTotals totals = new AccountTotals(3);
        // account 0 liquidated on paths 1, 2, 3; account 1 on 1 and 3; account 2 on 3.
        totals.add(0, false, 0.0, -50.0);
        totals.add(0, true, 300.0, 300.0);
        totals.add(0, true, 0.0, 200.0);
        totals.add(0, true, 1000.0, 500.0);
        totals.add(1, true, 0.0, 200.0);
        totals.add(1, true, 500.0, 300.0);
        totals.add(2, false, 0.0, -50.0);
        totals.add(2, true, 0.0, 100.0);
        run.mergeAccounts(totals);
        return run;
    }

    public static ModeRun isolated() {
        ModeRun run = new ModeRun(RunMode.ISOLATED, 4, 3, 5);
        run.recordPath(0, 0, 0.0, -100.0, 0.0, 0.0, 0.0, 1000.0, false, Double.NaN);
        run.recordPath(1, 1, 100.0, 300.0, 1000.0, 12.5, 0.0, 912.5, false, 2.5);
        run.recordPath(2, 1, 0.0, 200.0, 1000.0, 12.5, 0.0, 1012.5, false, 6.0);
        run.recordPath(3, 3, 1700.0, 900.0, 3000.0, 37.5, 662.5, 0.0, true, 1.0);
        return run;
    }
}
