package org.crossmargin.simulation.paths;

import java.util.List;
import java.util.Map;
import org.crossmargin.simulation.scenario.MarketSpec;
import org.crossmargin.simulation.scenario.Recovery;
import org.crossmargin.simulation.scenario.Shock;

/**
 * The deterministic shocks of a scenario as a table of log-price offsets per step and market (DESIGN §4), computed
 * once per scenario and added by every model after its own increments.
 *
 * <p>A shock at {@code at} with move {@code m} over {@code over} adds {@code ln(1 + m) / n} to the log price in each
 * of the {@code n = max(1, ceil(over / step))} steps {@code s0 + 1 .. s0 + n}, {@code s0 = floor(at / step)}. Its
 * recovery regains {@code fraction} of the fall's price: the target is {@code P0 (1 + m (1 - fraction))}, so it adds
 * {@code (ln(1 + m (1 - fraction)) - ln(1 + m)) / n_r} in each of the {@code n_r = max(1, ceil(over_r / step))}
 * steps that follow the fall. Steps past the horizon are cut. Example: -30% over 15m at 2h, 50% back over 2h, step
 * 1m: row 120 is P0, row 135 is 0.7 P0, rows 255 on are 0.85 P0 (with zero volatility).
 */
final class ShockSchedule {
    private ShockSchedule() {
    }

    /**
     * The table {@code offsets[t * markets + m]}: the log move of market {@code m} during step {@code t}
     * ({@code t = 1..steps}; row 0 is zero), summed over all shocks.
     *
     * @param shocks      the scenario's shocks; their markets must be among {@code markets}
     * @param markets     the scenario's markets, in column order
     * @param steps       number of steps of a path
     * @param stepSeconds length of a step, seconds
     */
    static double[] offsets(List<Shock> shocks, List<MarketSpec> markets, int steps, long stepSeconds) {
        final int width = markets.size();
        double[] offsets = new double[(steps + 1) * width];
        for (int s = 0; s < shocks.size(); s++) {
            Shock shock = shocks.get(s);
            final long first = shock.atSeconds() / stepSeconds; // s0 = floor(at / step), the last untouched row
            final long fall = Math.max(1, ceilDiv(shock.overSeconds(), stepSeconds));
            for (Map.Entry<String, Double> move : shock.moves().entrySet()) {
                final int column = column(markets, move.getKey(), s);
                final double m = move.getValue();
                spread(offsets, width, column, steps, first + 1, fall, Math.log1p(m));
                if (shock.recovery().isPresent()) {
                    Recovery recovery = shock.recovery().get();
                    final long back = Math.max(1, ceilDiv(recovery.overSeconds(), stepSeconds));
                    // From (1 + m) P0 back to (1 + m (1 - f)) P0.
                    final double total = Math.log1p(m * (1 - recovery.fraction())) - Math.log1p(m);
                    spread(offsets, width, column, steps, first + fall + 1, back, total);
                }
            }
        }
        return offsets;
    }

    /** Adds {@code total / count} to steps {@code from .. from + count - 1} of one column, cut at {@code steps}. */
    private static void spread(double[] offsets, int width, int column, int steps, long from, long count,
                               double total) {
        final double perStep = total / count;
        final long last = Math.min(steps, from + count - 1);
        for (long t = from; t <= last; t++) {
            offsets[(int) t * width + column] += perStep;
        }
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }

    private static int column(List<MarketSpec> markets, String market, int shock) {
        for (int m = 0; m < markets.size(); m++) {
            if (markets.get(m).name().equals(market)) {
                return m;
            }
        }
        throw new IllegalArgumentException("shocks[" + shock + "].moves." + market
                + ": expected a market of the scenario, got " + market);
    }
}
