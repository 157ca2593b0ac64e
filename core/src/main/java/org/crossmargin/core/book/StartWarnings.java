package org.crossmargin.core.book;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The units of a {@link CompiledBook} already at or below maintenance at the start, for the run's warnings. Amounts
 * are quote currency.
 */
final class StartWarnings {
    private StartWarnings() {
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
