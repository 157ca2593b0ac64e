package org.crossmargin.simulation.stats;

import java.util.List;
import java.util.Objects;
import org.crossmargin.core.book.RunMode;

/**
 * The per-path cascade measurements of one margin mode of a run with market impact, filled by the runner: the
 * difference between the run with impact and the same path with impact off (same exogenous prices), and the largest
 * impact-driven price move per impacted market. Like {@link ModeRun}, workers write distinct paths without a lock.
 * Money in quote currency; moves as fractions of the exogenous price (0.05 is 5%).
 */
public final class CascadeRun {
    private final RunMode mode;
    private final int paths;
    private final List<String> markets;
    private final double[] extraLiquidatedAccounts;
    private final double[] extraShortfall;
    private final double[] extraLiquidatedNotional;
    private final double[][] maxImpact;
    private final int[] cappedSteps;

    /** An empty record of {@code paths} paths of {@code mode}, with moves tracked for {@code markets}. */
    public CascadeRun(RunMode mode, int paths, List<String> markets) {
        this.mode = Objects.requireNonNull(mode, "mode");
        if (paths <= 0) {
            throw new IllegalArgumentException("paths: expected a number > 0, got " + paths);
        }
        this.paths = paths;
        this.markets = List.copyOf(markets);
        this.extraLiquidatedAccounts = new double[paths];
        this.extraShortfall = new double[paths];
        this.extraLiquidatedNotional = new double[paths];
        this.maxImpact = new double[this.markets.size()][paths];
        this.cappedSteps = new int[paths];
    }

    /**
     * Records one path.
     *
     * @param extraAccounts accounts liquidated with impact minus without
     * @param extraShortfall shortfall with impact minus without
     * @param extraNotional liquidated notional with impact minus without
     * @param maxImpact     per market of {@link #markets()}: the largest {@code |exp(J) - 1|} the prices saw, &gt;= 0
     * @param cappedSteps   steps where {@code max_rounds} stopped the rounds or the fill fixed point
     */
    public void recordPath(int path, int extraAccounts, double extraShortfall, double extraNotional,
                           double[] maxImpact, int cappedSteps) {
        if (!Double.isFinite(extraShortfall) || !Double.isFinite(extraNotional)) {
            throw new IllegalArgumentException("path " + path + ": extra shortfall and notional: expected finite "
                    + "numbers, got " + extraShortfall + ", " + extraNotional);
        }
        for (int m = 0; m < markets.size(); m++) {
            if (!(maxImpact[m] >= 0 && maxImpact[m] < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("path " + path + ": max impact of " + markets.get(m)
                        + ": expected a finite number >= 0, got " + maxImpact[m]);
            }
            this.maxImpact[m][path] = maxImpact[m];
        }
        this.extraLiquidatedAccounts[path] = extraAccounts;
        this.extraShortfall[path] = extraShortfall;
        this.extraLiquidatedNotional[path] = extraNotional;
        this.cappedSteps[path] = cappedSteps;
    }

    /** The margin mode. */
    public RunMode mode() {
        return mode;
    }

    /** Number of paths. */
    public int paths() {
        return paths;
    }

    /** The markets whose moves are tracked, in column order. */
    public List<String> markets() {
        return markets;
    }

    /** Extra liquidated accounts by path; zero-copy. */
    public double[] extraLiquidatedAccountsUnsafe() {
        return extraLiquidatedAccounts;
    }

    /** Extra shortfall by path, quote currency; zero-copy. */
    public double[] extraShortfallUnsafe() {
        return extraShortfall;
    }

    /** Extra liquidated notional by path, quote currency; zero-copy. */
    public double[] extraLiquidatedNotionalUnsafe() {
        return extraLiquidatedNotional;
    }

    /** Largest impact-driven move of market {@code m} of {@link #markets()} by path; zero-copy. */
    public double[] maxImpactUnsafe(int m) {
        return maxImpact[m];
    }

    /** Capped steps by path; zero-copy. */
    public int[] cappedStepsUnsafe() {
        return cappedSteps;
    }
}
