package org.crossmargin.core.book;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Book-wide totals of a {@link CompiledBook} for reports (not the hot loop): total equity and maintenance margin of
 * the live units, and the units already at or below maintenance at the start. Amounts are quote currency.
 */
final class BookTotals {
    private BookTotals() {
    }

    /**
     * Total equity of the live units at the row at {@code off} into {@code into[0]}, their total maintenance margin
     * into {@code into[1]}: for the report's sampled steps, so in two flat passes rather than unit by unit (a
     * quarter of a calm run's time went into the per-unit sums). The units' margin, cash and collateral, then every
     * open position's PnL and maintenance; a dead unit has no open position (liquidation closes it whole), so the
     * position pass needs no look-up of its unit. The same state and row give the same bits, whichever kernel ran
     * the path; they differ from adding {@link CompiledBook#unitEquity} unit by unit only by rounding. Allocates
     * nothing.
     */
    static void live(CompiledBook b, PathState s, double[] prices, int off, double[] into) {
        final boolean[] alive = s.alive;
        final double[] cash = s.cash;
        final int[] firstCollateral = b.firstCollateral;
        double equity = 0.0;
        for (int u = 0; u < alive.length; u++) {
            if (alive[u]) {
                equity += b.unitMargin[u] + cash[u];
                for (int c = firstCollateral[u]; c < firstCollateral[u + 1]; c++) {
                    equity += b.collateralAmount[c] * prices[off + b.collateralColumn[c]];
                }
            }
        }
        final double[] q = s.quantity;
        final int[] tier = s.tier;
        final int[] column = b.positionColumn;
        final double[] entry = b.entryPrice;
        // two interleaved partial sums each: one chain of dependent adds would wait on the adder every position
        double pnlEven = 0.0;
        double pnlOdd = 0.0;
        double maintenanceEven = 0.0;
        double maintenanceOdd = 0.0;
        final int pairs = q.length & ~1;
        for (int p = 0; p < pairs; p += 2) {
            final double even = q[p];
            if (even != 0.0) {
                final double mark = prices[off + column[p]];
                pnlEven += even * (mark - entry[p]);
                maintenanceEven += b.maintenance(tier, p, column[p], Math.abs(even) * mark);
            }
            final double odd = q[p + 1];
            if (odd != 0.0) {
                final double mark = prices[off + column[p + 1]];
                pnlOdd += odd * (mark - entry[p + 1]);
                maintenanceOdd += b.maintenance(tier, p + 1, column[p + 1], Math.abs(odd) * mark);
            }
        }
        if (pairs < q.length && q[pairs] != 0.0) {
            final double mark = prices[off + column[pairs]];
            pnlEven += q[pairs] * (mark - entry[pairs]);
            maintenanceEven += b.maintenance(tier, pairs, column[pairs], Math.abs(q[pairs]) * mark);
        }
        into[0] = equity + (pnlEven + pnlOdd);
        into[1] = maintenanceEven + maintenanceOdd;
    }

    /** One warning per unit with positions at or below maintenance at {@code start} (a row of start prices). */
    static List<String> atOrBelowMaintenance(CompiledBook b, double[] start) {
        final PathState s = b.newState();
        final List<String> warnings = new ArrayList<>();
        for (int u = 0; u < b.units(); u++) {
            final double equity = b.unitEquity(s, u, start, 0);
            final double maintenance = b.unitMaintenance(s, u, start, 0);
            if (b.firstPosition[u + 1] > b.firstPosition[u] && equity <= maintenance) {
                warnings.add(String.format(Locale.US, "account %s: equity %,.2f <= maintenance %,.2f at t0",
                        b.unitLabel[u], equity, maintenance));
            }
        }
        return List.copyOf(warnings);
    }
}
