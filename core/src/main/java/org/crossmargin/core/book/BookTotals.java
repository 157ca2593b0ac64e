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

    /** Total equity of the live units at the row at {@code off}: per unit as {@link CompiledBook#unitEquity}. */
    static double equity(CompiledBook b, PathState s, double[] prices, int off) {
        double total = 0.0;
        for (int u = 0; u < b.units(); u++) {
            total += s.alive[u] ? b.unitEquity(s, u, prices, off) : 0.0;
        }
        return total;
    }

    /** Total maintenance margin of the live units at the row at {@code off}. */
    static double maintenance(CompiledBook b, PathState s, double[] prices, int off) {
        double total = 0.0;
        for (int u = 0; u < b.units(); u++) {
            total += s.alive[u] ? b.unitMaintenance(s, u, prices, off) : 0.0;
        }
        return total;
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
