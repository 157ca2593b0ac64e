package org.crossmargin.simulation.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.crossmargin.core.book.RunMode;

/**
 * Cascade amplification of one margin mode (issue 7): what market impact adds, path by path, to the same paths run
 * with impact off, and the largest impact-driven price moves.
 *
 * @param mode                    the margin mode
 * @param extraLiquidatedAccounts accounts liquidated with impact minus without
 * @param extraShortfall          shortfall with impact minus without, quote currency
 * @param extraLiquidatedNotional liquidated notional with impact minus without, quote currency
 * @param maxImpact               per impacted market, in column order
 * @param cappedPaths             paths on which {@code max_rounds} stopped some step
 * @param paths                   number of paths
 */
public record CascadeSummary(RunMode mode, Amplification extraLiquidatedAccounts, Amplification extraShortfall,
                             Amplification extraLiquidatedNotional, List<ImpactMove> maxImpact, int cappedPaths,
                             int paths) {
    public CascadeSummary {
        Objects.requireNonNull(mode, "mode");
        maxImpact = List.copyOf(maxImpact);
        if (cappedPaths < 0 || cappedPaths > paths) {
            throw new IllegalArgumentException("capped_paths: expected 0.." + paths + ", got " + cappedPaths);
        }
    }

    /** The summary of {@code run}. */
    public static CascadeSummary of(CascadeRun run) {
        List<ImpactMove> moves = new ArrayList<>();
        for (int m = 0; m < run.markets().size(); m++) {
            moves.add(ImpactMove.of(run.markets().get(m), run.maxImpactUnsafe(m)));
        }
        int capped = 0;
        for (int steps : run.cappedStepsUnsafe()) {
            capped += steps > 0 ? 1 : 0;
        }
        return new CascadeSummary(run.mode(), Amplification.of(run.extraLiquidatedAccountsUnsafe()),
                Amplification.of(run.extraShortfallUnsafe()), Amplification.of(run.extraLiquidatedNotionalUnsafe()),
                moves, capped, run.paths());
    }
}
