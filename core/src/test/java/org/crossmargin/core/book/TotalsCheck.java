package org.crossmargin.core.book;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The report's totals against the live units' own equity and maintenance added one by one. */
final class TotalsCheck {
    private TotalsCheck() {
    }

    /** {@code totals} (from {@link CompiledBook#liveTotals}) equal the unit-by-unit sums but for rounding. */
    static void assertMatchesUnits(CompiledBook book, PathState s, double[] prices, int off, double[] totals) {
        // the live units one by one, as a reader would add them
        double equity = 0.0;
        double maintenance = 0.0;
        double size = 0.0;
        for (int u = 0; u < book.units(); u++) {
            if (s.alive[u]) {
                final double unitEquity = book.unitEquity(s, u, prices, off);
                equity += unitEquity;
                size += Math.abs(unitEquity);
                maintenance += book.unitMaintenance(s, u, prices, off);
            }
        }
        // the totals start from every unit's start contribution and take the liquidated ones out: their magnitudes
        // count too (margins, collateral, start positions and their maintenance)
        double startMaintenance = 0.0;
        for (int u = 0; u < book.units(); u++) {
            size += Math.abs(book.unitMargin[u]) + Math.abs(s.cash[u]);
            for (int c = book.firstCollateral[u]; c < book.firstCollateral[u + 1]; c++) {
                size += Math.abs(book.collateralAmount[c]) * prices[off + book.collateralColumn[c]];
            }
        }
        for (int p = 0; p < book.positions(); p++) {
            final double mark = prices[off + book.positionColumn[p]];
            size += (Math.abs(s.quantity[p]) + Math.abs(book.startQuantity[p])) * (mark + book.entryPrice[p]);
            startMaintenance += book.maintenance(book.positionColumn[p], Math.abs(book.startQuantity[p]) * mark);
        }
        // rounding: each sum is off by at most (terms x 2^-53) of its terms' magnitudes; 1e-12 of them is far above
        assertEquals(equity, totals[0], 1e-12 * (size + 1));
        assertEquals(maintenance, totals[1], 1e-12 * (maintenance + startMaintenance + 1));
    }
}
